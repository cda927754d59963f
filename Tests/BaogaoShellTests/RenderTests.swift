// RenderTests.swift: renderers line up Chinese text by display width.
import BaogaoQuery
import Testing

@testable import BaogaoShell

@Suite struct RenderTests {
  @Test func tableBordersLineUpWithChinese() {
    let table = ResultTable(
      columns: ["id", "title"],
      rows: [[.string("S1"), .string("城市建设")], [.string("S22"), .string("ab")]])
    let lines = Render.text(table, as: .table).split(separator: "\n").dropLast()
    let widths = Set(lines.map { DisplayWidth.of($0) })
    #expect(widths.count == 1)
  }

  @Test func csvQuotesCommasAndQuotes() {
    let table = ResultTable(columns: ["span"], rows: [[.string("增长8%,\"好\"")]])
    #expect(Render.text(table, as: .csv) == "span\r\n\"增长8%,\"\"好\"\"\"\r\n")
  }
}
