// StringBytesTests.swift: the byte search the cache's string table finds
// runs with (StringBytes.offset) agrees with a plain scan of the bytes, from
// any starting hint: the first place at or after the hint, else the first
// before it.
import Testing

@testable import BaogaoIngest

@Suite struct StringBytesTests {
  /// The answer by a plain scan of every start.
  static func scanned(_ needle: String, in haystack: String, from hint: Int) -> Int? {
    let (pattern, text) = (Array(needle.utf8), Array(haystack.utf8))
    guard !pattern.isEmpty else { return 0 }
    let starts = text.count >= pattern.count ? Array(0...(text.count - pattern.count)) : []
    let matches = starts.filter { Array(text[$0..<$0 + pattern.count]) == pattern }
    return matches.first { $0 >= hint } ?? matches.first
  }

  @Test func theOffsetFromEveryHintIsThePlainScans() {
    let texts = StringSearchTests.texts + ["城市建设城市建设", "aaaa", "a"]
    let words = StringSearchTests.words + ["", "a", "aa", "城市建设", "设城"]
    for text in texts {
      for word in words {
        for hint in 0...(text.utf8.count + 1) {
          #expect(
            StringBytes.offset(of: word, in: text, from: hint)
              == Self.scanned(word, in: text, from: hint), "\(word) in \(text) from \(hint)")
        }
      }
    }
  }
}
