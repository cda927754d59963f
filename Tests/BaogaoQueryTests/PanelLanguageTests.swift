// PanelLanguageTests.swift: the language for many reports: aggregates, several
// group by fields, order by an aggregate, distinct, !~, field paths through
// links, readable default columns, and compare. On SampleGraph and on a small
// two-report graph built here, so every expected number can be checked by hand.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct PanelLanguageTests {
  /// Two years of one place: a plan figure per year, and the first year's
  /// target checked against the second year's review.
  static let twoYears: Graph = {
    var b = GraphBuilder()
    for (id, year) in [("a-2016", 2016), ("a-2017", 2017)] {
      b.reports.append(
        Report(id: id, title: "\(year)年A区政府工作报告", place: "A区", year: year, source: "test"))
    }
    b.sections.append(
      Section(
        id: "S1", report: "a-2016", path: "一", title: "回顾", part: .review,
        text: "旅游收入增长9%。城市建设加快。\n第二段没有那个词。"))
    b.sections.append(Section(id: "S2", report: "a-2016", path: "二", title: "安排", part: .plan))
    b.sections.append(
      Section(
        id: "S3", report: "a-2016", path: "二.(一)", title: "产业", parent: "S2", part: .plan,
        level: 2, text: "发展全域旅游。"))
    b.sections.append(
      Section(id: "S4", report: "a-2017", path: "一", title: "回顾", part: .review, text: "旅游人数增长。"))
    func figure(
      _ id: String, _ report: String, _ section: String, _ value: Double, _ unit: String,
      _ kind: IndicatorKind, _ part: Part, _ qualifiers: [String] = [],
      direction: Direction? = nil
    ) {
      b.indicators.append(
        Indicator(
          id: id, report: report, section: section, name: "地区生产总值", value: value, unit: unit,
          kind: kind, qualifiers: qualifiers, part: part, span: "地区生产总值",
          measure: Measure(direction: direction)))
    }
    figure("I1", "a-2016", "S3", 7.5, "%", .growth, .plan, ["左右"], direction: .up)
    figure("I2", "a-2016", "S3", 309, "亿元", .level, .plan)
    // The outcome fell: 下降7.2%.
    figure("I3", "a-2017", "S4", 7.2, "%", .growth, .review, direction: .down)
    b.targets.append(
      Target(
        id: "T1", report: "a-2016", section: "S3", area: "产业", span: "地区生产总值增长7.5%左右",
        main: true, indicators: ["I1", "I2"]))
    b.reconciliations.append(
      Reconciliation(id: "C1", target: "T1", result: "I3", verdict: .notMet))
    return b.build()
  }()

  func run(_ text: String, in graph: Graph = SampleGraph.graph, readable: Bool = false)
    -> ResultTable?
  {
    let outcomes = QueryEngine.run(
      Source(name: "-c", text: text), in: graph,
      options: QueryOptions(hidesSingleReport: readable))
    guard let first = outcomes.first, case .success(let table) = first.result else { return nil }
    return table
  }

  func texts(_ text: String, in graph: Graph = SampleGraph.graph) -> [[String]] {
    run(text, in: graph)?.rows.map { $0.map(\.text) } ?? [["<failed>"]]
  }

  @Test func aggregatesOverEveryRow() {
    // The "%" figures of SampleGraph: 8.6, 8.8, 9.1 (review) and 7 (plan).
    #expect(
      texts(
        "select count(*), sum(value), avg(value), min(value), max(value) from indicators "
          + "where unit = '%'") == [["4", "33.5", "8.375", "7", "9.1"]])
    #expect(
      texts("select count(distinct name), count(distinct unit) from figures") == [["4", "2"]])
    #expect(texts("count distinct name from indicators") == [["4"]])
    // Over no rows: a count of 0, no sum.
    #expect(texts("select count(*), sum(value) from indicators where value > 1000") == [["0", ""]])
  }

  @Test func severalGroupFieldsInOrderOfFirstAppearance() {
    #expect(
      texts("select part, kind, count(*), sum(value) from indicators group by part, kind") == [
        ["review", "growth", "3", "26.5"], ["review", "level", "1", "260.5"],
        ["plan", "growth", "1", "7"],
      ])
    // `count … group by` ranks by count, groups without a value last; a list
    // field counts each of its items.
    #expect(
      texts("count indicators group by part, qualifiers") == [
        ["review", "同比", "1"], ["plan", "左右", "1"], ["review", "", "3"],
      ])
  }

  @Test func orderByAnAggregateOrItsAlias() {
    let byTotal =
      "select unit, sum(value) as total from indicators group by unit order by total desc"
    #expect(texts(byTotal) == [["亿元", "260.5"], ["%", "33.5"]])
    let hidden = "select unit from indicators group by unit order by count(*) desc, unit"
    #expect(texts(hidden) == [["%"], ["亿元"]])
    #expect(texts("count targets group by area order by area") == [["产业", "1"], ["城市建设", "3"]])
  }

  @Test func groupingErrorsPointAtTheColumn() {
    #expect(
      QueryTesting.error("select name, count(*) from indicators group by unit").contains(
        "column 'name' is neither grouped nor aggregated"))
    #expect(
      QueryTesting.error("select avg(unit) from indicators").contains(
        "avg needs a number field; 'unit' is text"))
    #expect(
      QueryTesting.error("select sum(valu) from indicators").contains("did you mean 'value'?"))
    #expect(QueryTesting.error("select sum(value from indicators").contains("expected ')'"))
  }

  @Test func distinctAndNotContains() {
    #expect(texts("select distinct unit from indicators") == [["%"], ["亿元"]])
    #expect(
      texts("indicators(distinct part, kind) order by part") == [
        ["plan", "growth"], ["review", "growth"], ["review", "level"],
      ])
    #expect(texts("count indicators where name !~ 收入") == [["3"]])
    #expect(texts("count targets where places !~ 金塘") == [["3"]])
  }

  @Test func fieldPathsInEveryClause() {
    #expect(texts("targets(section.path) where area = 城市建设 limit 1") == [["二.(三)"]])
    #expect(texts("targets(id) where projects.name ~ 码头") == [["T2"]])
    #expect(texts("count indicators where section.title ~ 产业") == [["1"]])
    #expect(texts("count indicators group by section.path") == [["一", "4"], ["二.(一)", "1"]])
    #expect(texts("targets(indicators.value) where indicators.value > 5") == [["7"]])
    #expect(texts("select id from targets order by places.name desc limit 1") == [["T2"]])
    #expect(
      QueryTesting.error("targets where section.pth = 二").contains("did you mean 'section.path'?"))
    #expect(
      QueryTesting.error("targets(area.name)").contains("'area' of targets is text, not a link"))
  }

  @Test func everyKindTakesTheReportFields() {
    for kind in Schema.kindNames {
      for field in ["report.place", "report.year", "report.title", "report.id"] {
        #expect(
          QueryTesting.error("\(kind)(\(field)) where \(field) is not null limit 1").isEmpty,
          "\(kind) \(field)")
      }
    }
    #expect(
      texts("select report.place, count(*) from targets group by report.place") == [["定海区", "4"]])
  }

  @Test func defaultColumnsReadAsNames() {
    guard let table = run("targets where verb = 确保", readable: true) else {
      Issue.record("failed")
      return
    }
    // One report, a reader's format: no report column.
    #expect(!table.columns.contains("report"))
    let row = Dictionary(uniqueKeysWithValues: zip(table.columns, table.rows[0].map(\.text)))
    #expect(row["section"] == "二.(三)")
    #expect(row["projects"] == "金塘港区集装箱码头")
    #expect(row["places"] == "金塘镇")
    #expect(table.rowIDs == ["T2"])
    // Formats for other tools keep every field of the export.
    #expect(run("targets limit 1")?.columns.contains("report") == true)
    // Several reports: the report column is back.
    #expect(
      run("sections limit 1", in: PanelLanguageTests.twoYears, readable: true)?.columns.contains(
        "report") == true)
  }

  @Test func readingStatements() {
    let graph = PanelLanguageTests.twoYears
    #expect(
      texts("search 旅游", in: graph) == [
        ["a-2016", "一", "旅游收入增长9%。"], ["a-2016", "二.(一)", "发展全域旅游。"],
        ["a-2017", "一", "旅游人数增长。"],
      ])
    #expect(texts("search 旅游 in a-2017", in: graph) == [["a-2017", "一", "旅游人数增长。"]])
    #expect(texts("search 旅游 where report.year = 2016 limit 1", in: graph).count == 1)
    #expect(texts("text 二 in a-2016", in: graph).map { $0[1] } == ["二", "二.(一)"])
    #expect(
      texts("text 一 in a-2016", in: graph).map { $0[3] } == ["旅游收入增长9%。城市建设加快。", "第二段没有那个词。"])
    #expect(texts("outline in A区 where level = 2", in: graph) == [["a-2016", "二.(一)", "产业"]])
    #expect(run("search 旅游", in: graph)?.rowIDs == ["S1", "S3", "S4"])
    #expect(QueryTesting.error("text 九.(九)").contains("no section has path or title '九.(九)'"))
    #expect(
      QueryTesting.error("search 旅游 in rr").contains("no report 'rr' is loaded; did you mean 'r'?"))
    #expect(!QueryEngine.isComplete("search"))
    #expect(QueryEngine.isComplete("search 旅游 in a-2016"))
  }

  @Test func compareOneIndicatorAcrossReports() {
    let graph = PanelLanguageTests.twoYears
    guard let table = run("compare 地区生产总值", in: graph) else {
      Issue.record("failed")
      return
    }
    #expect(
      table.columns == [
        "report", "place", "level", "year", "indicator", "value", "unit", "qualifiers", "result",
        "verdict", "direction",
      ])
    // 2016: the growth target with its checked result (a decline, signed in
    // its label), the level target (no result of its kind); 2017 has no plan
    // figure, and still its row.
    #expect(
      table.rows.map { $0.map(\.text) } == [
        ["a-2016", "A区", "", "2016", "地区生产总值", "7.5", "%", "左右", "-7.2%", "not met", "up"],
        ["a-2016", "A区", "", "2016", "地区生产总值", "309", "亿元", "", "", "", ""],
        ["a-2017", "A区", "", "2017", "", "", "", "", "", "", ""],
      ])
    #expect(
      QueryTesting.error("compare 地区生产总值 where kind = growth in r").contains(
        "expected 'and', 'or' or ';', found 'in'"))
    #expect(texts("compare 地区生产总值 in a-2016 where kind = growth", in: graph).count == 1)
    #expect(
      QueryTesting.error("compare 地区生产总直").contains("did you mean '地区生产总值'?"))
  }

  /// issue 11: one query gives the GDP growth target of every shared report,
  /// one row each, value and qualifiers as the gold has them.
  @Test func compareGivesTheGDPGrowthTargetOfEverySharedReport() throws {
    let query = "compare 地区生产总值 where kind = growth"
    guard case .success(let table) = QueryTesting.run(query, in: PanelQueryTests.graph) else {
      Issue.record("query failed")
      return
    }
    #expect(table.rows.map { $0[0].text } == PanelQueryTests.reportIDs)
    let value = try #require(table.columns.firstIndex(of: "value"))
    let qualifiers = try #require(table.columns.firstIndex(of: "qualifiers"))
    var checked = 0
    for row in table.rows {
      guard let gold = try PanelQueryTests.goldGDPGrowth(row[0].text) else { continue }
      #expect(row[value].text == Value.number(gold.value).text, "\(row[0].text)")
      #expect(row[qualifiers].texts == gold.qualifiers, "\(row[0].text)")
      checked += 1
    }
    #expect(checked == 9)
  }
}
