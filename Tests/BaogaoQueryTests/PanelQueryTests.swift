// PanelQueryTests.swift: queries over every shared report at once, checked
// against the per-report gold (Tests/Fixtures/gold/reports/*.json): the GDP
// growth target of each report in one query, declines found by direction.
import BaogaoGraph
import BaogaoIngest
import Foundation
import Testing

@testable import BaogaoQuery

@Suite struct PanelQueryTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  static let reportIDs = [
    "anguo-2022", "baoding-2021", "boye-2024", "chongqing-2026", "dinghai-2018", "fujian-2026",
    "hailaer-2016", "hailaer-2017", "hebei-2019", "yunnan-2026",
  ]

  static let graph: Graph = {
    let inputs = reportIDs.map { id in
      let url = fixtures.appendingPathComponent("reports/\(id).txt")
      return ((try? [UInt8](Data(contentsOf: url))) ?? [], id, id)
    }
    return (try? Ingest.graph(of: inputs)) ?? Graph()
  }()

  /// The gold's GDP growth item of a report: value and qualifiers.
  static func goldGDPGrowth(_ id: String) throws -> (value: Double, qualifiers: [String])? {
    let url = fixtures.appendingPathComponent("gold/reports/\(id).json")
    guard let data = try? Data(contentsOf: url) else { return nil }
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let items = try #require(json["main_targets"] as? [[String: Any]])
    for item in items where item["kind"] as? String == "growth" {
      let name = item["indicator"] as? String ?? ""
      guard ["地区生产总值", "生产总值", "全省生产总值"].contains(name),
        let value = item["value"] as? Double
      else { continue }
      // The gold keeps wording that is no qualifier word in `qualifiers` too.
      let words = (item["qualifiers"] as? [String] ?? []).filter { $0.count <= 2 }
      return (value, words)
    }
    return nil
  }

  @Test func oneQueryGivesTheGDPGrowthTargetOfEveryReport() throws {
    let query = """
      select report, report.place, report.year, value, unit, qualifiers from indicators \
      where main = true and indicator = 地区生产总值 and kind = growth order by report
      """
    guard case .success(let table) = QueryTesting.run(query, in: Self.graph) else {
      Issue.record("query failed")
      return
    }
    let reports = table.rows.map { $0[0].text }
    #expect(reports == Self.reportIDs)
    var checked = 0
    for row in table.rows {
      guard let gold = try Self.goldGDPGrowth(row[0].text) else { continue }
      #expect(row[3].text == Value.number(gold.value).text, "\(row[0].text)")
      #expect(row[4].text == "%")
      guard case .list(let qualifiers) = row[5] else { continue }
      #expect(qualifiers.map(\.text) == gold.qualifiers, "\(row[0].text)")
      checked += 1
    }
    #expect(checked == 9)
  }

  @Test func reportsOfOnePlaceShareTheirCode() {
    let codes = QueryTesting.column(
      "code", of: "select id, code from reports where place = 海拉尔区", in: Self.graph)
    #expect(codes == ["150702", "150702"])
    let provinces = QueryTesting.column(
      "report.province",
      of: "count targets group by report.province",
      in: Self.graph)
    #expect(Set(provinces) == ["河北省", "福建省", "内蒙古自治区", "重庆市", "浙江省", "云南省"])
  }

  @Test func directionDownFindsEveryDeclineOfAReport() {
    let graph = Self.graph
    let declines = graph.indicators.filter { figure in
      figure.report == "hebei-2019"
        && ["下降", "减少", "降低"].contains {
          figure.span.contains($0 + Value.number(figure.value).text)
        }
    }
    #expect(!declines.isEmpty)
    let found = Set(
      QueryTesting.column(
        "id", of: "indicators where report = hebei-2019 and direction = down", in: graph))
    for figure in declines { #expect(found.contains(figure.id), "\(figure.span)") }
  }

  @Test func orderByAmountPutsWanYuanBelowYiYuan() throws {
    guard
      case .success(let table) = QueryTesting.run(
        "select value, unit, amount from indicators where base_unit = 元 order by amount desc",
        in: Self.graph)
    else {
      Issue.record("query failed")
      return
    }
    let rows = table.rows.map { (value: Double($0[0].text) ?? 0, unit: $0[1].text) }
    let firstYi = try #require(rows.firstIndex { $0.unit == "亿元" })
    let lastYi = try #require(rows.lastIndex { $0.unit == "亿元" })
    // Every 万元 figure below 10,000 sorts after every 亿元 figure of 1 or more,
    // though its value as written is larger (5600万元 < 1.2亿元).
    for (index, row) in rows.enumerated() where row.unit == "万元" && row.value < 10_000 {
      for yi in firstYi...lastYi where rows[yi].unit == "亿元" && rows[yi].value >= 1 {
        #expect(yi < index)
      }
    }
    #expect(rows.contains { $0.unit == "万元" && $0.value > 100 })
  }
}
