// LinksTests.swift: the byte tests a place's names are made with agree with
// String's own: a suffix by bytes, as Characters, and the stem left.
import Testing

@testable import BaogaoQuery

@Suite struct LinksTests {
  /// Names against type words: plain ones, a name that is only the word,
  /// one where the word's bytes end another character's cluster (a Prepend
  /// before it, U+0600), a combining mark after it, ASCII before it, and a
  /// word that does not begin with an ideograph.
  static let cases: [(String, String)] = [
    ("金塘镇", "镇"), ("镇", "镇"), ("新镇", "镇"), ("定海区", "区"), ("金塘", "镇"),
    ("A镇", "镇"), ("\u{0600}镇", "镇"), ("金\u{0600}镇", "镇"), ("金塘镇\u{0301}", "镇"),
    ("岑港街道", "街道"), ("金塘e\u{0301}", "e\u{0301}"), ("金塘\u{0301}", "\u{0301}"),
    ("한국", "국"), ("금塘镇", "镇"), ("\u{1F468}\u{200D}镇", "镇"), ("", "镇"),
  ]

  @Test func theBytesDecideAsStringWould() {
    for (name, word) in LinksTests.cases {
      let bytes = Array(name.utf8).reversed().starts(with: Array(word.utf8).reversed())
      #expect(Links.endsWith(name, word) == bytes, "\(name) \(word)")
      if bytes {
        #expect(Links.endsWithCharacters(name, word) == name.hasSuffix(word), "\(name) \(word)")
      }
    }
  }

  @Test func aPrependBeforeTheWordIsNoCharacterEnd() {
    #expect(!"\u{0600}镇".hasSuffix("镇"))
    #expect(!Links.endsWithCharacters("\u{0600}镇", "镇"))
    #expect(Links.endsWithCharacters("金塘镇", "镇"))
  }
}
