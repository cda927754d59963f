// IdeographsTests.swift: the fast Ideographic test answers as the Unicode
// property does for every scalar.
import Testing

@testable import BaogaoIngest

@Suite struct IdeographsTests {
  @Test func everyScalarAnswersAsTheProperty() {
    var differing: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if scalar.isIdeographic != scalar.properties.isIdeographic { differing.append(value) }
    }
    #expect(differing.isEmpty, "\(differing.prefix(10))")
  }

  @Test func knownScalars() {
    #expect(("定" as Unicode.Scalar).isIdeographic)
    #expect(("〇" as Unicode.Scalar).isIdeographic)
    #expect(!("a" as Unicode.Scalar).isIdeographic)
    #expect(!("。" as Unicode.Scalar).isIdeographic)
  }
}
