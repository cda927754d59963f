// RenderTests.swift: renderers line up Chinese text by display width, fit the
// terminal, number rows and never pass control characters through.
import BaogaoQuery
import Testing

@testable import BaogaoShell

@Suite struct RenderTests {
  static let table = ResultTable(
    columns: ["id", "title", "area"],
    rows: [
      [.string("S1"), .string("攻坚推进品质城市建设,切实提升城市化水平"), .string("城市建设")],
      [.string("S22"), .string("ab “引号” — ①"), .string("民生")],
      [.string("S3"), .string("全面实施富民惠民安民工程,不断提升群众获得感幸福感安全感"), .null],
    ])

  /// Every line of a boxed table (the row count aside) has the same width,
  /// and every border character stands at the same display column.
  func assertAligned(_ text: String, width: CellWidth = CellWidth()) {
    let lines = text.split(separator: "\n").filter { !$0.hasPrefix("(") }
    #expect(Set(lines.map { width.of($0) }).count == 1, "\(text)")
    func borderColumns(_ line: Substring) -> [Int] {
      var columns: [Int] = []
      var at = 0
      for c in line {
        if "│┼├┤┬┴┌┐└┘|+".contains(c) { columns.append(at) }
        at += width.of(String(c))
      }
      return columns
    }
    #expect(Set(lines.map(borderColumns)).count == 1, "\(text)")
  }

  @Test func tableBordersLineUpWithChinese() {
    assertAligned(Render.text(RenderTests.table, as: .table))
  }

  @Test func wideTableIsWrappedToTheTerminal() {
    let style = TableStyle(maxWidth: 40, isNumbered: true)
    let text = Render.text(RenderTests.table, as: .table, style: style)
    assertAligned(text)
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 })
    #expect(text.contains("│ 1 │"))
    #expect(text.contains("安全感"))  // wrapped, not lost
  }

  @Test func longCellsAreCutAfterAFewLines() {
    let long = String(repeating: "城市建设", count: 100)
    let table = ResultTable(columns: ["span"], rows: [[.string(long)]])
    let text = Render.text(table, as: .table, style: TableStyle(maxWidth: 30, maxCellLines: 3))
    assertAligned(text)
    // Top rule, header, rule, 3 cell lines, bottom rule, row count.
    #expect(text.split(separator: "\n").count == 8)
    #expect(text.contains("…"))
  }

  @Test func wideAmbiguousCharactersUseASCIIBorders() {
    let width = CellWidth(ambiguousIsWide: true)
    let text = Render.text(RenderTests.table, as: .table, style: TableStyle(width: width))
    #expect(!text.contains("─"))
    assertAligned(text, width: width)
  }

  @Test func controlCharactersNeverReachTheTerminal() {
    let table = ResultTable(columns: ["text"], rows: [[.string("a\u{1B}[31mred\u{07}\u{202E}b")]])
    let text = Render.text(table, as: .table)
    #expect(
      !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
  }

  @Test func ambiguousWidthTable() {
    #expect(CellWidth().of("“①”") == 3)
    #expect(CellWidth(ambiguousIsWide: true).of("“①”") == 6)
    #expect(CellWidth(ambiguousIsWide: true).of("城a") == 3)
  }

  @Test func csvQuotesCommasAndQuotes() {
    let table = ResultTable(columns: ["span"], rows: [[.string("增长8%,\"好\"")]])
    #expect(Render.text(table, as: .csv) == "span\r\n\"增长8%,\"\"好\"\"\"\r\n")
  }

  @Test func textWrapsByDisplayWidth() {
    let lines = TextWrap.lines("城市建设abc defgh", limit: 8)
    #expect(lines == ["城市建设", "abc", "defgh"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
  }
}

@Suite struct TextWrapTests {
  @Test func numbersStayWhole() {
    let lines = TextWrap.lines("全年改造92.4万平方米", limit: 10)
    #expect(lines == ["全年改造", "92.4万平方", "米"])
  }

  @Test func escapesTakeNoCells() {
    let text = "城市\u{1B}[1;33m建设\u{1B}[0m好"
    let lines = TextWrap.lines(text, limit: 8)
    #expect(lines == ["城市\u{1B}[1;33m建设\u{1B}[0m", "好"])
  }

  @Test func neverWiderThanTheLimit() {
    let text = String(repeating: "城市建设abc defghijklmnop 92.4%,", count: 20)
    for limit in [2, 3, 7, 20] {
      #expect(TextWrap.lines(text, limit: limit).allSatisfy { DisplayWidth.of($0) <= limit })
    }
  }
}
