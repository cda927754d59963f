// TerminalChartTests.swift: bars and sparklines at a terminal. Positions are
// measured in display cells on the rendered lines (a Chinese character is
// two), never in characters.
import BaogaoQuery
import Testing

@testable import BaogaoShell

@Suite struct TerminalChartTests {
  /// Labels of mixed width: Chinese, Latin, and both.
  static let areas = ResultTable(
    columns: ["area", "count"],
    rows: [
      [.string("城市建设"), .number(43)],
      [.string("经济发展"), .number(23)],
      [.string("民生"), .number(9)],
      [.string("GDP 增速"), .number(1)],
      [.string("其他"), .number(0)],
    ])

  static let declines = ResultTable(
    columns: ["indicator", "gap", "unit"],
    rows: [
      [.string("地区生产总值"), .number(1.2), .string("%")],
      [.string("一般公共预算收入"), .number(-5.4), .string("%")],
      [.string("能耗"), .number(0.4), .string("%")],
    ])

  static let barGlyphs: Set<Character> = ["█", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "#"]

  func drawn(_ table: ResultTable, style: ChartStyle? = nil, _ tableStyle: TableStyle) throws
    -> [Substring]
  {
    let chart = try Chart.drawing(table, style: style).get()
    return TerminalChart.text(chart, style: tableStyle).split(separator: "\n")
  }

  /// The display column where the first character of `set` stands; nil when none does.
  func column(of set: Set<Character>, in line: Substring, width: CellWidth = CellWidth()) -> Int? {
    var at = 0
    for character in line {
      if set.contains(character) { return at }
      at += width.of(String(character))
    }
    return nil
  }

  @Test(arguments: [60, 80])
  func barsStartInOneColumnAndFitTheWidth(columns: Int) throws {
    let lines = try drawn(TerminalChartTests.areas, TableStyle(maxWidth: columns))
    #expect(lines.first == "area     count")  // the header names both axes
    let bars = Array(lines.dropFirst())
    #expect(bars.count == 5)
    // Every label is padded to one width: 城市建设 and "GDP 增速" are both 8 cells.
    let starts = bars.compactMap { column(of: TerminalChartTests.barGlyphs, in: $0) }
    #expect(starts.count == 4)  // 其他's 0 has no bar
    #expect(Set(starts) == [9])
    #expect(bars.allSatisfy { DisplayWidth.of($0) <= columns })
    // The largest number's bar fills the width, its number at the end.
    #expect(DisplayWidth.of(bars[0]) == columns)
    #expect(bars[0].hasSuffix("█ 43") && bars[2].hasSuffix(" 9"))
    // 其他's number stands where the bars start.
    #expect(bars[4] == "其他     0")
    // Bars are proportional: 23/43 of the longest, to an eighth of a cell.
    let long = bars[0].filter { TerminalChartTests.barGlyphs.contains($0) }.count
    let mid = bars[1].filter { TerminalChartTests.barGlyphs.contains($0) }.count
    #expect(abs(Double(mid) / Double(long) - 23.0 / 43.0) < 0.05)
  }

  @Test func aDeclineIsDrawnLeftOfTheAxis() throws {
    let lines = try drawn(TerminalChartTests.declines, TableStyle(maxWidth: 60))
    let rows = Array(lines.dropFirst())
    let axes = rows.map { column(of: ["│"], in: $0) }
    #expect(Set(axes).count == 1 && axes[0] != nil)
    let axis = try #require(axes[0])
    for (row, falls) in zip(rows, [false, true, false]) {
      let bar = try #require(column(of: TerminalChartTests.barGlyphs, in: row))
      #expect((bar < axis) == falls, "\(row)")
    }
    // The decline's number stands before its bar, the others' after theirs.
    #expect(rows[1].contains("-5.4% █") && rows[1].hasSuffix("█│"))
    #expect(rows[0].hasSuffix(" 1.2%"))
    #expect(rows.allSatisfy { DisplayWidth.of($0) <= 60 })
  }

  @Test func colourOnlyWhenTheStyleAllowsIt() throws {
    let plain = try drawn(TerminalChartTests.declines, TableStyle(maxWidth: 60))
    #expect(!plain.joined().contains("\u{1B}"))
    let coloured = try drawn(
      TerminalChartTests.declines, TableStyle(maxWidth: 60, usesColour: true))
    #expect(coloured.joined().contains("\u{1B}[31m"))  // the decline in red
    // Colour changes no position: without escapes the lines are the same.
    let stripped = coloured.map { withoutColour($0) }
    #expect(stripped == plain.map(String.init))
  }

  @Test func wideAmbiguousTerminalsGetASCIIBars() throws {
    let width = CellWidth(ambiguousIsWide: true)
    let lines = try drawn(TerminalChartTests.declines, TableStyle(maxWidth: 60, width: width))
    #expect(!lines.joined().contains("█") && lines.joined().contains("#"))
    #expect(lines.allSatisfy { width.of($0) <= 60 })
  }

  @Test func longLabelsAreCutToAThirdOfTheWidth() throws {
    let table = ResultTable(
      columns: ["name", "value"],
      rows: [[.string(String(repeating: "城市建设", count: 10)), .number(5)]])
    let lines = try drawn(table, TableStyle(maxWidth: 60))
    // 20 cells: 9 characters and the ellipsis, then a space to fill.
    #expect(lines[1].hasPrefix("城市建设城市建设城…  █"))
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
  }

  @Test func sparklinesShareOneScale() throws {
    let table = ResultTable(
      columns: ["place", "year", "value"],
      rows: [
        [.string("海拉尔区"), .number(2016), .number(8)],
        [.string("海拉尔区"), .number(2017), .number(7)],
        [.string("海拉尔区"), .number(2018), .number(6.5)],
        [.string("安国市"), .number(2016), .number(6.5)],
        [.string("安国市"), .number(2018), .number(8)],
      ])
    let lines = try drawn(table, style: .line, TableStyle(maxWidth: 80))
    #expect(lines[0] == "place" + String(repeating: " ", count: 10) + "value, year 2016–2018")
    #expect(lines[1] == "海拉尔区 value █▃▁  2016 8 → 2018 6.5")
    // A year without the figure is a gap.
    #expect(lines[2] == "安国市 value   ▁ █  2016 6.5 → 2018 8")
  }
}

/// The text without SGR colour sequences (`ESC [ … m`).
func withoutColour(_ text: some StringProtocol) -> String {
  var out = ""
  var inEscape = false
  for character in text {
    if character == "\u{1B}" {
      inEscape = true
    } else if inEscape {
      if character == "m" { inEscape = false }
    } else {
      out.append(character)
    }
  }
  return out
}
