// WordAutomatonTests.swift: the one-pass word counter gives, for every word,
// what a search for that word alone gives (`occurrences(of:)`), on invented
// overlaps and on the bundled reports' text; and the earliest word
// (`WordList.earliest`) what trying every word at every byte gives.
import Testing

@testable import BaogaoIngest

@Suite struct WordAutomatonTests {
  static let words = [
    "aa", "a", "aaa", "ab", "过去", "过去一年", "一年", "年来", "一年来", "了", "了了", "过去", "市", "城市",
  ]

  static func expectSameCounts(_ text: String, _ words: [String] = Self.words) {
    let counts = WordAutomaton(words).counts(in: text)
    for (index, word) in words.enumerated() {
      #expect(counts[index] == text.occurrences(of: word), "\(word) in \(text)")
    }
  }

  @Test(arguments: [
    "", "a", "aaaa", "aaaaa", "abab", "过去一年来，过去的一年", "一年来了了了", "城市市城市", "xyz",
    "过去过去一年一年来",
  ])
  func countsMatchOneWordSearch(_ text: String) {
    Self.expectSameCounts(text)
  }

  @Test func countsMatchOnReports() throws {
    for id in Fixtures.reportIDs {
      let text = try Decode.text(from: Fixtures.bytes(id + ".txt"))
      Self.expectSameCounts(
        text,
        PartCues.reviewWords + PartCues.planWords + PartCues.strongReviewWords
          + PartCues.strongPlanWords)
    }
  }

  @Test func aWordGivenTwiceCountsTwice() {
    #expect(WordAutomaton(["城市", "城市", "市"]).counts(in: "城市建设城市") == [2, 2, 2])
  }

  @Test func emptyWordNeverCounts() {
    #expect(WordAutomaton(["", "a"]).counts(in: "aa") == [0, 2])
  }

  /// The earliest word by trying every word at every byte: what
  /// `WordList.earliest` gives, the longest where several start at one place.
  static func naiveEarliest(_ text: [UInt8], _ words: [String]) -> (offset: Int, word: String)? {
    let bytes = words.map { Array($0.utf8) }
    for offset in text.indices {
      let found = words.indices.filter {
        !bytes[$0].isEmpty && Bytes.has(bytes[$0], in: text, at: offset)
      }
      if let k = found.max(by: { bytes[$0].count < bytes[$1].count }) { return (offset, words[k]) }
    }
    return nil
  }

  @Test(arguments: [
    "", "a", "aaaa", "bab", "过去一年来，过去的一年", "一年来了了了", "城市市城市", "xyz", "年来一年来",
  ])
  func earliestMatchesTryingEveryWord(_ text: String) {
    let list = WordList(Self.words)
    let found = list.earliest(in: Array(text.utf8))
    let expected = Self.naiveEarliest(Array(text.utf8), Self.words)
    #expect(found?.offset == expected?.offset && found?.word == expected?.word, "\(text)")
    #expect(list.occurs(in: Array(text.utf8)) == (expected != nil))
  }

  @Test func earliestMatchesOnReportClauses() throws {
    for id in Fixtures.reportIDs {
      let text = try Decode.text(from: Fixtures.bytes(id + ".txt"))
      for clause in text.split(whereSeparator: { "，。；\n".contains($0) }) {
        let bytes = Array(clause.utf8)
        let found = Verbs.commitmentList.earliest(in: bytes)
        let expected = Self.naiveEarliest(bytes, Verbs.commitment)
        #expect(found?.offset == expected?.offset && found?.word == expected?.word, "\(clause)")
      }
    }
  }
}
