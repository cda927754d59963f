// TableLayoutTests.swift: tables fit the screen: long text wraps by the
// Chinese line-breaking rules, short columns keep their words whole, empty
// columns take no room, and what cannot fit turns vertical.
import BaogaoIngest
import BaogaoQuery
import Testing

@testable import BaogaoShell

@Suite struct TableLayoutTests {
  static let widths = [60, 80, 100, 160]

  /// Every line of the rendered text, the row-count footer included.
  func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

  @Test func chineseLineBreakingRules() {
    // Punctuation that may not start a line sits right where a break would
    // fall at these widths.
    let text = "城市建设加快推进。全面完成“三改一拆”任务，新建（改造）道路12公里、桥梁3座；“十三五”规划！"
    for limit in 4...30 {
      for line in TextWrap.lines(text, limit: limit) {
        #expect(DisplayWidth.of(line) <= limit)
        if let first = line.first { #expect(!TextWrap.noLineStart.contains(first), "\(line)") }
        if let last = line.last { #expect(!TextWrap.noLineEnd.contains(last), "\(line)") }
      }
      #expect(TextWrap.lines(text, limit: limit).joined() == text)
    }
  }

  @Test func wordsAreUnitsAndClosersCling() {
    #expect(TextWrap.units(of: "增长8.6%。").map(\.text) == ["增", "长", "8.6%。"])
    #expect(TextWrap.units(of: "（一）growth").map(\.text) == ["（一）", "growth"])
    #expect(TextWrap.widestUnit("indicators growth 城市") == 10)
  }

  @Test func shortColumnsNeverBreakInsideAWord() {
    let table = ResultTable(
      columns: ["kind", "span"],
      rows: [[.string("growth"), .string(String(repeating: "地区生产总值增长百分之八", count: 4))]])
    for width in 20...40 {
      let text = Render.text(table, as: .table, style: TableStyle(maxWidth: width))
      #expect(text.contains("growth"), "\(text)")
      #expect(lines(text).allSatisfy { DisplayWidth.of($0) <= width }, "\(text)")
    }
  }

  @Test func emptyColumnsTakeNoRoom() {
    let table = ResultTable(
      columns: ["id", "projects", "span"],
      rows: [
        [.string("T1"), .string(""), .string("城市建设")], [.string("T2"), .null, .string("民生")],
      ])
    let text = Render.text(table, as: .table, style: TableStyle(maxWidth: 80))
    #expect(!text.contains("projects │"))
    #expect(text.hasSuffix("(2 rows; empty: projects)\n"))
    // Files and pipes get every column.
    #expect(Render.text(table, as: .table).contains("│ projects │"))
  }

  @Test func tooWideTurnsVertical() {
    let columns = (1...12).map { "column\($0)" }
    let row = columns.map { Value.string($0 + " 城市建设") }
    let table = ResultTable(columns: columns, rows: [row, row])
    let text = Render.text(table, as: .table, style: TableStyle(maxWidth: 60, isNumbered: true))
    #expect(text.hasPrefix("─[ #1 ]"))
    #expect(text.contains("column12 │ column12 城市建设"))
    #expect(text.contains("─[ #2 ]"))
    #expect(lines(text).allSatisfy { DisplayWidth.of($0) <= 60 })
  }

  @Test func headersOffAndNullText() {
    let table = ResultTable(columns: ["id", "parent"], rows: [[.string("S1"), .null]])
    let style = TableStyle(showsHeader: false, nullText: "NULL")
    #expect(Render.text(table, as: .csv, style: style) == "S1,NULL\r\n")
    #expect(Render.text(table, as: .tsv, style: style) == "S1\tNULL\n")
    let boxed = Render.text(table, as: .table, style: style)
    #expect(!boxed.contains("parent") && boxed.contains("│ S1 │ NULL │"))
  }

  /// The bundled report's and the hailaer pair's real results, at every width.
  @Test(arguments: widths)
  func realResultsFitEveryWidth(_ width: Int) throws {
    let graphs = [try #require(BundledGraph.graph), try #require(TableLayoutTests.pair)]
    let style = TableStyle(maxWidth: width, isNumbered: true)
    for graph in graphs {
      for query in [
        "targets", "indicators", "reconciliations", "sections", "places", "projects",
        "targets where main = true", "count targets group by area",
      ] {
        for outcome in QueryEngine.run(Source(name: "-c", text: query), in: graph) {
          let table = try outcome.result.get()
          let text = Render.text(table, as: .table, style: style)
          let wide = lines(text).filter { DisplayWidth.of($0) > width }
          #expect(wide.isEmpty, "\(query) at \(width): \(wide.prefix(3))")
        }
      }
    }
  }

  /// Two consecutive years of one place, read once: reconciliations exist.
  static let pair = try? ReportFile.loadGraph(
    paths: ["hailaer-2016", "hailaer-2017"].map { fixtures + "/" + $0 + ".txt" })

  static let fixtures: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) }
    return path + "/Fixtures/reports"
  }()
}
