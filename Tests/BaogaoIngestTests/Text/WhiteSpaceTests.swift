// WhiteSpaceTests.swift: the fast White_Space test answers as the Unicode
// property does for every scalar, and as Character.isWhitespace does.
import Testing

@testable import BaogaoIngest

@Suite struct WhiteSpaceTests {
  @Test func everyScalarAnswersAsTheProperty() {
    let differing = scalars(where: { $0.isWhiteSpace }, differsFrom: { $0.properties.isWhitespace })
    #expect(differing.isEmpty, "\(differing.prefix(10))")
  }

  @Test func charactersAnswerAsCharacterIsWhitespace() {
    let characters: [Character] = [
      " ", "\t", "\r\n", "\u{3000}", "\u{A0}", "定", "a", "。", "e\u{301}",
    ]
    for character in characters {
      #expect(
        character.isWhiteSpace == character.isWhitespace, "\(character.unicodeScalars.map(\.value))"
      )
    }
  }
}
