// WordAutomatonTests.swift: the one-pass word counter gives, for every word,
// what a search for that word alone gives (`occurrences(of:)`), on invented
// overlaps and on the bundled reports' text.
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
}
