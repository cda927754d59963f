// StringSearchTests.swift: the recognisers' byte search finds what the
// standard library's Character search finds, in strings and in substrings,
// and the same words at either end.
import Testing

@testable import BaogaoIngest

@Suite struct StringSearchTests {
  static let texts = [
    "确保9个低收入社区年收入达到30万元以上", "力争三年改造任务两年完成", "abcabcabd", "城市建设城市", "",
    "新建“美丽乡村”,改造道路12公里", "ab",
  ]
  static let words = ["收入", "以上", "确保", "abd", "abc", "城市", "市", "“", "公里", "x", "abcabcabdz"]

  @Test func rangeOfMatchesFirstRange() {
    for text in Self.texts {
      for word in Self.words {
        #expect(text.range(of: word) == text.firstRange(of: word), "\(word) in \(text)")
        #expect(text.contains(word) == (text.firstRange(of: word) != nil))
        // A substring keeps its base's indices.
        let tail = text.dropFirst(2)
        #expect(tail.range(of: word) == tail.firstRange(of: word), "\(word) in \(tail)")
      }
    }
  }

  @Test func wordAtEitherEndMatchesHasPrefixAndHasSuffix() {
    for text in Self.texts {
      for word in Self.words + [""] {
        #expect(text.startsWithWord(word) == text.hasPrefix(word), "\(word) starts \(text)")
        #expect(text.endsWithWord(word) == text.hasSuffix(word), "\(word) ends \(text)")
        let tail = text.dropFirst(2)
        #expect(tail.startsWithWord(word) == tail.hasPrefix(word), "\(word) starts \(tail)")
        #expect(tail.endsWithWord(word) == tail.hasSuffix(word), "\(word) ends \(tail)")
      }
    }
  }

  @Test func emptyWordIsNotFound() {
    #expect("城市".range(of: "") == nil)
  }

  @Test func componentsKeepEmptyPieces() {
    #expect("城镇和农渔村".components(separatedBy: "和") == ["城镇", "农渔村"])
    #expect("和a和".components(separatedBy: "和") == ["", "a", ""])
    #expect("abc".components(separatedBy: "x") == ["abc"])
  }
}
