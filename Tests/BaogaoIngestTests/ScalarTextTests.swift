// ScalarTextTests.swift: ScalarText builds the same Strings as
// String.UnicodeScalarView does, for scalars of every UTF-8 length, for
// slices in the middle of an array, and for empty input.
import Testing

@testable import BaogaoIngest

@Suite struct ScalarTextTests {
  /// The reference: the slow path ScalarText replaces.
  func viaView(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    String(String.UnicodeScalarView(scalars))
  }

  @Test func matchesTheScalarViewForEveryLength() {
    // One, two, three and four UTF-8 bytes, and a combining mark after e.
    let text = Array("a定海é\u{301}区𠀀Ω 2018年，“舟山”".unicodeScalars)
    for start in 0...text.count {
      for end in start...text.count {
        let slice = text[start..<end]
        #expect(ScalarText.string(slice) == viaView(slice))
        #expect(ScalarText.string(slice).utf8.elementsEqual(viaView(slice).utf8))
      }
    }
  }

  @Test func emptyInputGivesEmptyString() {
    #expect(ScalarText.string([Unicode.Scalar]()) == "")
  }
}
