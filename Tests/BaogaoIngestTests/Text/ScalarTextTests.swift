// ScalarTextTests.swift: ScalarText builds the same Strings as
// String.UnicodeScalarView does, for scalars of every UTF-8 length, for
// slices in the middle of an array, and for empty input; and decodes the
// same scalars as `Array(text.unicodeScalars)`.
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

  @Test func decodesTheSameScalarsAsTheScalarView() {
    for text in ["", "a", "定海区2018年", "é\u{301}𠀀Ω，“舟山”\n", String(repeating: "城市建设", count: 50)] {
      #expect(ScalarText.scalars(text) == Array(text.unicodeScalars))
      // A substring's copy is a String of its own, decoded the same way.
      let tail = String(text.dropFirst())
      #expect(ScalarText.scalars(tail) == Array(tail.unicodeScalars))
    }
  }
}
