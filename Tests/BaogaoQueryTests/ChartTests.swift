// ChartTests.swift: `chart` in the query language (Parser, CheckerChart,
// Charting, ChartData): which columns a chart draws, and its errors, shown
// whole with the caret under the part of the statement that gives no numbers.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct ChartTests {
  func chart(_ text: String, previous: ResultTable? = nil) -> Chart? {
    let outcomes = QueryEngine.run(
      Source(name: "-c", text: text), in: SampleGraph.graph, previous: previous)
    guard case .success(let table) = outcomes.last?.result else { return nil }
    return table.chart
  }

  @Test func countGroupByDrawsOneBarPerGroup() throws {
    let table = try QueryTesting.run("count targets group by area").get()
    let drawn = try #require(chart("chart count targets group by area"))
    #expect(drawn.style == .bars)
    #expect(drawn.title == "count targets group by area")
    #expect(drawn.labelHeading == "area" && drawn.valueHeading == "count")
    #expect(drawn.bars.map(\.label) == table.rows.map { $0[0].text })
    #expect(drawn.bars.map(\.value) == table.rows.map { $0[1].numbers.first })
  }

  @Test func chartKeepsTheRowsForTheOtherFormats() throws {
    let plain = try QueryTesting.run("count targets group by area").get()
    let charted = try QueryTesting.run("chart count targets group by area").get()
    #expect(charted.columns == plain.columns && charted.rows == plain.rows)
  }

  @Test func aNumberColumnByALabelColumn() throws {
    let drawn = try #require(chart("chart select name, value, unit from indicators limit 3"))
    let table = try QueryTesting.run("select name, value, unit from indicators limit 3").get()
    #expect(drawn.valueHeading == "value" && drawn.labelHeading == "name")
    #expect(drawn.bars.map(\.label) == table.rows.map { $0[0].text })
    // The unit is written after each number.
    #expect(drawn.bars.map(\.text) == table.rows.map { $0[1].text + $0[2].text })
  }

  @Test func aYearColumnIsWhereTheLinePoints() throws {
    let table = ResultTable(
      columns: ["place", "year", "value", "unit"],
      rows: [
        [.string("海拉尔区"), .number(2016), .number(7.5), .string("%")],
        [.string("海拉尔区"), .number(2017), .number(7), .string("%")],
      ])
    let drawn = try Chart.drawing(table).get()
    #expect(drawn.style == .line)
    #expect(drawn.points == ["2016", "2017"] && drawn.unit == "%")
    #expect(drawn.lines.map(\.label) == ["海拉尔区"])
    #expect(drawn.lines[0].values == [7.5, 7] && drawn.lines[0].texts == ["7.5%", "7%"])
    // Asked for, the same rows are bars, labelled by place and year.
    let bars = try Chart.drawing(table, style: .bars).get()
    #expect(bars.bars.map(\.label) == ["海拉尔区 2016", "海拉尔区 2017"])
  }

  @Test func chartAloneDrawsTheLastResult() throws {
    let previous = try QueryTesting.run("count targets group by area").get()
    let drawn = try #require(chart("chart bars", previous: previous))
    #expect(drawn.bars.count == previous.rows.count)
    #expect(chart("count places; chart")?.bars.map(\.value) == [3])
  }

  @Test func anEmptyResultIsAChartWithoutBars() throws {
    let drawn = try #require(chart("chart count targets where area = 民生xyz group by area"))
    #expect(drawn.bars.isEmpty)
  }

  @Test(arguments: [
    (
      "chart show T1",
      """
      -c:1:7: error: nothing to chart: 'show' gives one node's fields, not numbers; chart a query such as 'chart count targets group by area'
       1 | chart show T1
         |       ^^^^
      """
    ),
    (
      "chart line search 旅游",
      """
      -c:1:12: error: nothing to chart: 'search' gives text, not numbers; chart a query such as 'chart count targets group by area'
       1 | chart line search 旅游
         |            ^^^^^^
      """
    ),
    (
      "chart targets(area, verb) where verb = 推进",
      """
      -c:1:15: error: nothing to chart: the columns of targets hold no numbers; choose a number column, or count: 'chart count targets group by FIELD'
       1 | chart targets(area, verb) where verb = 推进
         |               ^^^^^^^^^^
      """
    ),
    (
      "chart chart count targets",
      """
      -c:1:7: error: expected a query after 'chart' (not another chart), found 'chart'
       1 | chart chart count targets
         |       ^^^^^
      """
    ),
    (
      "chart",
      """
      -c:1:1: error: nothing to chart yet: 'chart' alone draws the last result; give it a query, such as 'chart count targets group by area'
       1 | chart
         | ^^^^^
      """
    ),
    (
      "chart count 目标 group by area",
      """
      -c:1:13: error: unknown kind '目标'; kinds are reports, sections, indicators, targets, places, projects, organizations, reconciliations, junk
       1 | chart count 目标 group by area
         |             ^^^^
      """
    ),
    (
      "chart bars count targets group by area limit",
      """
      -c:1:45: error: incomplete input: expected a number after 'limit'
       1 | chart bars count targets group by area limit
         |                                             ^
      """
    ),
  ])
  func errorsPointAtWhatGivesNoNumbers(_ query: String, _ expected: String) {
    #expect(QueryTesting.error(query) == expected)
  }

  @Test func aStatementThatStopsEarlyAsksForMore() {
    #expect(!QueryEngine.isComplete("chart count"))
    #expect(!QueryEngine.isComplete("chart line compare"))
    #expect(QueryEngine.isComplete("chart"))
    #expect(QueryEngine.isComplete("chart bars count targets group by area"))
  }

  @Test func aResultWithoutNumbersCannotBeDrawn() throws {
    let table = ResultTable(columns: ["path", "title"], rows: [[.string("一"), .string("回顾")]])
    guard case .failure(let problem) = Chart.drawing(table) else {
      Issue.record("a table of text was drawn")
      return
    }
    #expect(problem.message == "nothing to chart: no column holds numbers (columns path, title)")
  }

  @Test func drawsChartsWrapsEveryStatement() throws {
    let outcomes = QueryEngine.run(
      Source(name: "-c", text: "count targets group by area"), in: SampleGraph.graph,
      options: QueryOptions(drawsCharts: true))
    let table = try #require(try? outcomes.first?.result.get())
    #expect(table.chart?.title == "count targets group by area")
  }
}
