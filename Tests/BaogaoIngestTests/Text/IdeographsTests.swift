// IdeographsTests.swift: the fast Ideographic test answers as the Unicode
// property does for every scalar.
import Testing

@testable import BaogaoIngest

@Suite struct IdeographsTests {
  @Test func everyScalarAnswersAsTheProperty() {
    let differing = scalars(
      where: { $0.isIdeographic }, differsFrom: { $0.properties.isIdeographic })
    #expect(differing.isEmpty, "\(differing.prefix(10))")
  }

  @Test func knownScalars() {
    #expect(("定" as Unicode.Scalar).isIdeographic)
    #expect(("〇" as Unicode.Scalar).isIdeographic)
    #expect(!("a" as Unicode.Scalar).isIdeographic)
    #expect(!("。" as Unicode.Scalar).isIdeographic)
  }
}
