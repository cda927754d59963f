// LongLinesTests.swift: the cut of over-long lines, and that every other line
// comes back byte for byte (the lines are found on UTF-8 bytes).
import Testing

@testable import BaogaoIngest

@Suite struct LongLinesTests {
  /// A flattened report line: indented paragraphs, each a few sentences.
  static func flattened(paragraphs: Int) -> String {
    String(repeating: "　　全力推进城市建设。确保增长8%！", count: paragraphs)
  }

  @Test func textWithoutLongLinesIsReturnedAsIs() {
    let text = String(repeating: "一、2018年工作安排\n今年要全力推进城市建设。\n", count: 600)
    #expect(text.utf8.count > LongLines.maxLine)
    #expect(LongLines.split(text) == text)
  }

  @Test func longLineIsCutAtIndentsAndSentenceEnds() {
    let long = Self.flattened(paragraphs: 700)
    #expect(long.unicodeScalars.count > LongLines.maxLine)
    let out = LongLines.split("标题\n" + long + "\n结尾")
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "标题")
    #expect(lines.last == "结尾")
    #expect(lines.contains("全力推进城市建设。"))
    #expect(lines.contains("确保增长8%！"))
    #expect(lines.allSatisfy { $0.unicodeScalars.count <= LongLines.maxLine })
  }

  /// A line counts scalars, not bytes: 4,000 Chinese characters are 12,000
  /// bytes but no over-long line.
  @Test func lineLengthIsInScalars() {
    let text = String(repeating: "城", count: 4_000) + "\n" + String(repeating: "a", count: 9_000)
    #expect(text.utf8.count > LongLines.maxLine)
    #expect(LongLines.split(text) == text)
  }

  /// "\r\n" is one Character: it does not end a line, as in the Character
  /// split this replaced, so the two halves count as one long line.
  @Test func crlfDoesNotEndALine() {
    let half = String(repeating: "城市建设。", count: 1_100)
    let text = half + "\r\n" + half
    let out = LongLines.split(text)
    #expect(out != text)
    #expect(out.hasPrefix("城市建设。\n城市建设。\n"))
  }
}
