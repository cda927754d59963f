// SuggestionTests.swift: "did you mean" picks near names and refuses far ones.
import Testing

@testable import BaogaoQuery

@Suite struct SuggestionTests {
  @Test(
    arguments: [
      ("aera", ["id", "area", "verb"], "area"),
      ("tagets", ["targets", "places"], "targets"),
      ("城市建", ["民生", "城市建设"], "城市建设"),
      ("城市", ["民生", "城市建设"], "城市建设"),
      ("VERB", ["verb"], nil),
      ("xyz", ["area", "verb"], nil),
      // Both one edit away: the value that holds the word is nearer.
      ("亿", ["%", "万元", "亿元"], "亿元"),
    ] as [(String, [String], String?)])
  func nearest(_ word: String, _ candidates: [String], _ expected: String?) {
    #expect(Suggestion.nearest(to: word, among: candidates) == expected)
  }

  @Test func swapsCostOne() {
    #expect(Suggestion.distance(Array("aera"), Array("area")) == 1)
    #expect(Suggestion.distance(Array(""), Array("abc")) == 3)
  }

  @Test func hugeWordsAreNotCompared() {
    #expect(Suggestion.nearest(to: String(repeating: "a", count: 100_000), among: ["a"]) == nil)
  }
}
