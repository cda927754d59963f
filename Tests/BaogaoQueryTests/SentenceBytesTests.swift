// SentenceBytesTests.swift: `search` and `text` on bytes give what the
// Character path gives: on every fixture report, and on random texts made of
// the scalars that make bytes and Characters differ (combining marks after a
// sentence end, CR LF, Prepend, ZWJ, spaces of several kinds, full width).
import BaogaoTestSupport
import Foundation
import Testing

@testable import BaogaoQuery

@Suite struct SentenceBytesTests {
  static let reports: [String] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/reports")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map {
        String(decoding: $0, as: UTF8.self)
      }
    }
  }()

  /// Scalars that break grapheme clusters unusually, beside plain ones.
  static let alphabet: [String] = [
    "收", "入", "增", "长", "。", "！", "？", "\n", "\r", " ", "\u{3000}", "\u{A0}", "\t",
    "\u{301}", "\u{200D}", "\u{FF9E}", "\u{302A}", "\u{600}", "\u{1F1E6}", "가", "\u{1161}",
    "A", "ａ", "Ｂ", "b", "%", "％", "\u{2003}", "\u{85}", "é", "e\u{301}", "\u{FE0F}", "\u{1F600}",
  ]

  func check(_ text: String, _ needle: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folded = Array(Fold.text(needle).utf8)
    #expect(
      ReportText.sentences(of: text, containing: folded, limit: .max)
        == ReportText.sentencesByCharacter(of: text, containing: folded),
      "needle \(needle.debugDescription) in \(text.prefix(80).debugDescription)",
      sourceLocation: sourceLocation)
  }

  @Test func fixtureReportsSearchAsByCharacters() {
    #expect(!Self.reports.isEmpty)
    var random = SeededRandom(seed: 15)
    for report in Self.reports {
      let characters = Array(report)
      for needle in ["收入", "增长", "建设", "GDP", "gdp", "%", "5G", "。", "一、", "（三）", ""] {
        check(report, needle)
      }
      for _ in 0..<40 {
        let at = random.below(max(1, characters.count - 4))
        check(report, String(characters[at..<min(characters.count, at + 1 + random.below(3))]))
      }
      #expect(ReportText.paragraphs(of: report) == ReportText.paragraphsByCharacter(of: report))
    }
  }

  @Test func randomTextsSearchAsByCharacters() {
    var random = SeededRandom(seed: 1015)
    for _ in 0..<4000 {
      let text = (0..<random.below(40)).map { _ in Self.alphabet[random.below(Self.alphabet.count)]
      }
      .joined()
      let needle = (0..<(1 + random.below(2))).map { _ in
        Self.alphabet[random.below(Self.alphabet.count)]
      }.joined()
      check(text, needle)
      check(text, "收入")
      #expect(
        ReportText.paragraphs(of: text) == ReportText.paragraphsByCharacter(of: text),
        "\(text.debugDescription)")
    }
  }

  @Test func limitKeepsTheFirstSentences() {
    let text = "收入一。收入二！收入三？\n收入四"
    let needle = Array("收入".utf8)
    #expect(ReportText.sentences(of: text, containing: needle, limit: 2) == ["收入一。", "收入二！"])
    #expect(ReportText.sentences(of: text, containing: needle, limit: .max).count == 4)
  }

  @Test func combiningMarkAfterAnEndKeepsTheSentenceWhole() {
    // 。 with a combining mark is not the Character 。: one sentence, as before.
    let text = "收入。\u{301}增长。"
    #expect(
      ReportText.sentences(of: text, containing: Array("增长".utf8), limit: .max)
        == ["收入。\u{301}增长。"])
  }
}
