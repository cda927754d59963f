// EvaluatorTests.swift: what queries answer on a hand-built graph, one
// operator, relation and clause at a time.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct EvaluatorTests {
  func ids(_ text: String) -> [String] { QueryTesting.column("id", of: text) }

  @Test func areaEquality() {
    #expect(ids("targets where area = 城市建设") == ["T2", "T3", "T4"])
    #expect(ids("targets where area = 城市建设 and verb = 确保") == ["T2"])
  }

  @Test func singularAndAliasKinds() {
    #expect(ids("target where verb = 建成") == ["T3"])
    #expect(ids("figures where part = plan") == ["I5"])
    #expect(ids("figure where part = plan") == ids("indicators where part = plan"))
  }

  @Test func containsOrderAndLimit() {
    #expect(ids("indicators where name ~ 收入") == ["I2", "I3"])
    #expect(
      ids(#"indicators where part = review and unit = "%" order by value desc limit 2"#) == [
        "I3", "I2",
      ])
    #expect(ids("places order by mentions desc limit 2") == ["P3", "P1"])
    #expect(ids("places order by mentions limit 1 offset 1") == ["P1"])
    #expect(ids("places order by mentions desc limit 10 offset 10") == [])
  }

  @Test func fullSortAgreesWithTopRows() {
    // limit 100 takes the full sort; limit 3 the short buffer.
    #expect(
      ids("indicators order by value desc, id limit 100").prefix(3)
        == ids("indicators order by value desc, id limit 3")[...])
  }

  @Test func numericComparisons() {
    #expect(ids("indicators where value > 8.6") == ["I2", "I3", "I4"])
    #expect(ids("indicators where value >= 8.6 and value <= 9") == ["I1", "I2"])
    #expect(ids("indicators where value = 7.0") == ["I5"])
    #expect(ids("indicators where value in (7, 8.60)") == ["I1", "I5"])
    #expect(ids("indicators where value != 7") == ["I1", "I2", "I3", "I4"])
  }

  @Test func relationsCompareWithNames() {
    #expect(ids("projects where place = 金塘") == ["J1"])
    #expect(ids("projects where place = 金塘镇") == ["J1"])
    #expect(ids("targets where project ~ 码头") == ["T2"])
    #expect(ids("targets where places ~ 岛") == ["T4"])
    #expect(ids("targets where indicator = 地区生产总值") == ["T1"])
    #expect(ids("places where project ~ 公路") == ["P2"])
    #expect(ids("places where target ~ 规划") == ["P3"])
  }

  @Test func sectionComparesWithPathOrTitleOfItselfOrAnEnclosingSection() {
    #expect(ids("targets where section = 二.(三)") == ["T2", "T3", "T4"])
    #expect(ids("targets where section = 二.（三）") == ["T2", "T3", "T4"])
    #expect(ids("targets where section = 推进品质城市建设") == ["T2", "T3", "T4"])
    #expect(ids("targets where section = 二") == ["T1", "T2", "T3", "T4"])
    #expect(ids("indicators where section ~ 回顾") == ["I1", "I2", "I3", "I4"])
  }

  @Test func nullsListsAndBools() {
    #expect(ids("sections where area is null") == ["S1", "S2"])
    #expect(ids("sections where area is not null") == ["S3", "S4"])
    #expect(ids("targets where places is null") == ["T1"])
    #expect(ids("indicators where qualifiers = 左右") == ["I5"])
    #expect(ids("indicators where qualifier in (同比, 左右)") == ["I3", "I5"])
    #expect(ids("targets where main = true") == ["T1"])
    #expect(ids("targets where main = 否") == ["T2", "T3", "T4"])
  }

  @Test func notAndParentheses() {
    #expect(ids("targets where not (area = 城市建设 or verb = 力争)") == [])
    #expect(ids("targets where area = 城市建设 and not verb in (确保, 建成)") == ["T4"])
    #expect(ids("targets where verb not in (确保, 建成)") == ["T1", "T4"])
    #expect(ids("targets where verb != 确保") == ["T1", "T3", "T4"])
  }

  @Test func textOrderingComparisons() {
    #expect(ids("sections where path >= '二.('") == ["S3", "S4"])
  }

  @Test func caseAndWidthDoNotMatter() {
    #expect(ids("TARGETS WHERE AREA = 城市建设 ORDER BY ID DESC LIMIT 1") == ["T4"])
    #expect(ids("indicators where unit = ％ and part = REVIEW") == ["I1", "I2", "I3"])
  }

  @Test func columnsChosen() {
    guard
      case .success(let a) = QueryTesting.run("select name, value from figures where value > 100"),
      case .success(let b) = QueryTesting.run("indicators(name, value) where value > 100")
    else {
      Issue.record("failed")
      return
    }
    #expect(a == b)
    #expect(a.columns == ["name", "value"])
    #expect(a.rows == [[Value.string("固定资产投资"), Value.number(260.5)]])
    #expect(a.rowIDs == ["I4"])
  }

  @Test func defaultColumnsAreTheExportFields() {
    guard case .success(let t) = QueryTesting.run("targets limit 1") else {
      Issue.record("failed")
      return
    }
    #expect(
      t.columns == [
        "id", "report", "section", "area", "span", "main", "indicators", "verb", "projects",
        "places",
      ])
    // Links read as names: the section as its path, the figure as written.
    #expect(t.rows[0][2] == Value.string("二.(一)"))
    #expect(t.rows[0][6] == Value.list([Value.string("7%左右")]))
    #expect(QueryTesting.column("indicators.id", of: "targets(indicators.id) limit 1") == ["I5"])
  }

  @Test func countAndGroups() {
    #expect(QueryTesting.column("count", of: "count targets") == ["4"])
    #expect(QueryTesting.column("count", of: "count targets where area = 城市建设") == ["3"])
    #expect(QueryTesting.column("area", of: "count targets group by area") == ["城市建设", "产业"])
    #expect(QueryTesting.column("count", of: "count targets group by area") == ["3", "1"])
    #expect(
      QueryTesting.column("places", of: "count targets group by places") == [
        "金塘镇", "岑港街道", "舟山岛", "",
      ])
    #expect(QueryTesting.column("count", of: "count targets group by area limit 1") == ["3"])
  }

  @Test func showListsFieldsPathAndNeighbours() {
    guard case .success(let t) = QueryTesting.run("show t2") else {
      Issue.record("failed")
      return
    }
    var rows: [String: String] = [:]
    for row in t.rows where rows[row[0].text] == nil { rows[row[0].text] = row[1].text }
    #expect(rows["area"] == "城市建设")
    #expect(rows["places"] == "P1 金塘镇")
    #expect(rows["in"] == "二 2018年工作安排 › 二.(三) 推进品质城市建设")
    #expect(rows["→ mentions"] == "J1 金塘港区集装箱码头")
    #expect(t.rowIDs.contains("P1"))
  }

  @Test(arguments: [
    (
      "tagets where area = 城市建设",
      """
      -c:1:1: error: unknown kind 'tagets'; did you mean 'targets'?
       1 | tagets where area = 城市建设
         | ^^^^^^
      """
    ),
    (
      "targets where aera = 城市建设",
      """
      -c:1:15: error: targets have no field 'aera'; did you mean 'area'? fields of targets: id, report, section, area, span, main, indicators, verb, projects, places, sentence, name, qualifiers, report.*
       1 | targets where aera = 城市建设
         |               ^^^^
      """
    ),
    (
      "targets where 区域 = 城市建设",
      """
      -c:1:15: error: targets have no field '区域'; fields of targets: id, report, section, area, span, main, indicators, verb, projects, places, sentence, name, qualifiers, report.*
       1 | targets where 区域 = 城市建设
         |               ^^^^
      """
    ),
    (
      "targets where area = 城市建 and verb = 确保",
      """
      -c:1:22: error: no targets have area '城市建'; did you mean '城市建设'?
       1 | targets where area = 城市建 and verb = 确保
         |                      ^^^^^^
      """
    ),
    (
      "projects where place = 金唐镇",
      """
      -c:1:24: error: no projects have places '金唐镇'; did you mean '金塘镇'?
       1 | projects where place = 金唐镇
         |                        ^^^^^^
      """
    ),
    (
      "indicators where 名称 ~ 收入 and value > 大",
      """
      -c:1:18: error: indicators have no field '名称'; fields of indicators: id, report, section, name, value, unit, kind, qualifiers, part, span, place, upper, sentence, indicator, scope, direction, amount, base_unit, main, report.*
       1 | indicators where 名称 ~ 收入 and value > 大
         |                  ^^^^
      """
    ),
    (
      "indicators where name ~ 收入 and value > 大",
      """
      -c:1:40: error: 'value' is a number; '大' is not
       1 | indicators where name ~ 收入 and value > 大
         |                                          ^^
      """
    ),
    (
      "targets where main = 也许",
      """
      -c:1:22: error: 'main' is true or false; '也许' is not
       1 | targets where main = 也许
         |                      ^^^^
      """
    ),
    (
      "targets order by 面积",
      """
      -c:1:18: error: targets have no field '面积'; fields of targets: id, report, section, area, span, main, indicators, verb, projects, places, sentence, name, qualifiers, report.*
       1 | targets order by 面积
         |                  ^^^^
      """
    ),
    (
      "show T99",
      """
      -c:1:6: error: no node has id 'T99'
       1 | show T99
         |      ^^^
      """
    ),
    (
      "indicators where value < 1e400",
      """
      -c:1:26: error: number '1e400' is out of range
       1 | indicators where value < 1e400
         |                          ^^^^^
      """
    ),
  ])
  func checkErrors(_ query: String, _ expected: String) {
    #expect(QueryTesting.error(query) == expected)
  }

  @Test func unknownValueWithoutNeighbourIsAnEmptyAnswer() {
    #expect(ids("targets where area = 国防") == [])
  }

  @Test func hugeInfiniteValuesInEqualityAreErrors() {
    #expect(QueryTesting.error("targets where area = 1e400").contains("out of range"))
  }
}

@Suite struct GroupTests {
  @Test func groupByAListCountsEachItem() {
    #expect(
      QueryTesting.column("qualifiers", of: "count figures group by qualifiers") == [
        "同比", "左右", "",
      ])
    #expect(
      QueryTesting.column("count", of: "count figures group by qualifiers") == ["1", "1", "3"])
  }

  @Test func groupByANumber() {
    #expect(
      QueryTesting.column("value", of: "count figures where value < 8.7 group by value") == [
        "8.6", "7",
      ])
  }

  @Test func groupBySectionUsesItsDisplayName() {
    #expect(
      QueryTesting.column("section", of: "count targets group by section") == [
        "二.(三) 推进品质城市建设", "二.(一) 推动产业发展",
      ])
  }

  @Test func groupIgnoresWidthAndCaseLikeEquality() {
    #expect(
      QueryTesting.column("count", of: "count figures where part = review group by unit") == [
        "3", "1",
      ])
  }
}

@Suite struct PlaceNameTests {
  @Test func aPlaceIsFoundWithItsTypeSuffixToo() {
    var b = GraphBuilder()
    b.places.append(Place(id: "P1", report: "r", name: "白泉", type: .town, mentions: 1))
    b.projects.append(Project(id: "J1", report: "r", name: "白泉高铁新城", kind: "新城", places: ["P1"]))
    let graph = b.build()
    #expect(QueryTesting.column("id", of: "projects where place = 白泉镇", in: graph) == ["J1"])
    #expect(QueryTesting.column("id", of: "projects where place = 白泉", in: graph) == ["J1"])
  }
}
