// TargetsTests.swift: targets of the plan part, and the main expected targets
// list of every bundled report with its values, units and qualifiers.
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

/// A report of Tests/Fixtures/reports read into a graph.
func fixtureGraph(_ name: String) throws -> BaogaoGraph.Graph {
  let path = Scoring.fixtures.appendingPathComponent("reports").appendingPathComponent(
    name + ".txt")
  return try ReportFile.loadGraph(paths: [path.path])
}

@Suite struct TargetsTests {
  /// Each report's main list as (value, unit, qualifiers), in the order written.
  static let mainLists: [(String, [(Double, String, [String])])] = [
    (
      "dinghai-2018",
      [(8, "%", []), (6, "%", []), (18.1, "亿元", []), (8, "%", ["分别"]), (8.3, "%", ["分别"])]
    ),
    (
      "anguo-2022",
      [
        (8, "%", ["左右"]), (8, "%", ["左右"]), (9, "%", ["左右"]), (9, "%", ["左右"]),
        (8.5, "%", ["左右"]), (5, "%", ["左右"]), (8.5, "%", ["左右"]),
      ]
    ),
    (
      "baoding-2021",
      [
        (8, "%", ["以上"]), (6.5, "%", ["以上"]), (10, "%", ["左右"]), (10, "%", ["左右"]),
        (9, "%", ["左右"]), (5, "%", ["左右"]), (5, "%", ["左右"]), (8.5, "%", ["左右"]),
      ]
    ),
    (
      "boye-2024",
      [
        (6, "%", ["以上"]), (15, "%", ["以上"]), (8, "%", ["以上"]), (7, "%", ["左右"]),
        // 城乡居民人均可支配收入增长7%左右: the urban and the rural income.
        (6, "%", ["左右"]), (5, "%", ["左右"]), (7, "%", ["左右"]), (7, "%", ["左右"]),
      ]
    ),
    (
      "hailaer-2016",
      [
        (7.5, "%", []), (309, "亿元", []), (5, "%", []), (15.8, "亿元", []), (13, "%", []),
        (9, "%", []), (8, "%", []), (8, "%", []),
      ]
    ),
    (
      "hailaer-2017",
      [
        (7.5, "%", []), (326.4, "亿元", []), (7.5, "%", []), (10, "%", []), (110.7, "亿元", []),
        (10, "%", []), (164.1, "亿元", []), (8, "%", []), (35578, "元", []), (7.5, "%", []),
        (25617, "元", []),
      ]
    ),
    (
      "hebei-2019",
      [
        (6.5, "%", ["左右"]), (6, "%", ["左右"]), (4.5, "%", ["左右"]), (6, "%", ["以上"]),
        (9.5, "%", ["左右"]), (5, "%", ["左右"]), (4.5, "%", ["以内"]), (7, "%", ["左右"]),
        (7, "%", ["左右"]), (3, "%", ["左右"]), (35, "%", []), (5, "%", ["以上"]), (3.6, "%", []),
      ]
    ),
  ]

  @Test(arguments: mainLists.map { $0.0 })
  func mainListHasItsValues(report: String) throws {
    let graph = try fixtureGraph(report)
    let expected = try #require(Self.mainLists.first { $0.0 == report }?.1)
    let main = graph.targets.filter(\.main)
    let figures = main.flatMap(\.indicators).compactMap { graph.indicator(id: $0) }
    #expect(figures.map(\.value) == expected.map { $0.0 })
    #expect(figures.map(\.unit) == expected.map { $0.1 })
    #expect(figures.map(\.qualifiers) == expected.map { $0.2 })
    #expect(main.allSatisfy { $0.area == Areas.overall })
    #expect(figures.allSatisfy { $0.part == .plan })
  }

  @Test(arguments: mainLists.map { $0.0 })
  func everyReportIngestsWithSensibleCounts(report: String) throws {
    let graph = try fixtureGraph(report)
    #expect(graph.indicators.count >= 50, "\(graph.indicators.count) figures")
    #expect(graph.indicators.count <= 600)
    #expect(graph.targets.contains { $0.main })
    for target in graph.targets {
      #expect(!target.span.isEmpty)
      #expect(target.indicators.allSatisfy { graph.indicator(id: $0) != nil })
    }
  }

  @Test func quantitativeTargetsMeasureTheirFigures() throws {
    let graph = try ReportFile.loadGraph(paths: [])
    let target = try #require(graph.targets.first { $0.span == "全年改造92.4万平方米以上" })
    #expect(target.area == "城市建设")
    let figure = try #require(target.indicators.first.flatMap { graph.indicator(id: $0) })
    #expect(figure.value == 92.4 && figure.unit == "万平方米")
    #expect(
      graph.outgoing(target.id).contains { $0.rel == .measures && $0.to == figure.id })
  }

  @Test(arguments: [
    ("确保浙石化库区项目、光汇石油储运工程建成投产", true),
    ("争创省级生态文明建设示范区", true),
    ("启动实施乡村人居环境整治三年行动", true),
    ("谋划建设大桥亮化工程和中国大桥风景旅游区", false),
    ("探索打造金塘海铁联运枢纽中心", false),
    ("加快提升开放支撑能力", false),
    ("完善模拟审批和联合竣工验收制度", false),
    // A vague ending behind closing quotes and censor marks is still the object's.
    ("加快建设园区“服务体系”", false), ("加快建设园区服务体系**", false),
    ("加快建设园区“服务体系”*”", false), ("加快建设园区“服务中心”", true),
  ])
  func commitment(clause: String, expected: Bool) {
    #expect(Verbs.isCommitment(clause) == expected)
  }

  @Test func verbIsTheEarliestLongest() {
    #expect(Verbs.verb(in: "开工建设安置房81.5万平方米") == "开工建设")
    #expect(Verbs.verb(in: "确保五星事项比例达到20%以上") == "确保")
  }
}

@Suite struct TargetLinkTests {
  @Test func targetsLinkPlacesButNotTheReportsOwnGround() throws {
    let graph = try ReportFile.loadGraph(paths: [])
    let names = Set(graph.targets.flatMap(\.places).compactMap { graph.place(id: $0)?.name })
    #expect(!names.contains("定海") && !names.contains("舟山") && !names.contains("中国"))
    let target = try #require(graph.targets.first { $0.span == "加快金塘螺杆小镇建设" })
    #expect(target.places.compactMap { graph.place(id: $0)?.name } == ["金塘"])
    #expect(graph.outgoing(target.id).contains { $0.rel == .mentions })
  }
}

/// The graph of a report given as text.
func graph(ofText text: String, id: String = "test-2024") throws -> BaogaoGraph.Graph {
  try Ingest.graph(of: [(Array(text.utf8), id, "test")])
}

@Suite struct MainListLayoutTests {
  static let review = "一、2023年工作回顾\n过去一年，地区生产总值增长5.2%，一般公共预算收入增长3%。\n"

  func mainValues(_ text: String) throws -> [(Double, String, [String])] {
    let graph = try graph(ofText: text)
    return graph.targets.filter(\.main).flatMap(\.indicators).compactMap {
      graph.indicator(id: $0).map { ($0.value, $0.unit, $0.qualifiers) }
    }
  }

  @Test func oneItemALine() throws {
    let values = try mainValues(
      Self.review + "二、2024年工作安排\n今年经济社会发展的主要预期目标是：\n地区生产总值增长6%左右；\n"
        + "一般公共预算收入增长5%以上；\n城镇登记失业率控制在5.5%以内。\n做好今年工作，要突出抓好以下几个方面。\n")
    #expect(values.map(\.0) == [6, 5, 5.5])
    #expect(values.map(\.2) == [["左右"], ["以上"], ["以内"]])
  }

  @Test func listAfterIsWithoutColon() throws {
    let values = try mainValues(
      Self.review + "二、2024年工作安排\n今年主要预期目标是地区生产总值增长6%左右，居民收入增长6%。\n")
    #expect(values.map(\.0) == [6, 6])
  }

  @Test func headingNamesTheList() throws {
    let values = try mainValues(
      Self.review + "二、2024年主要预期目标\n地区生产总值增长6.5%左右；\n固定资产投资增长8%。\n三、2024年重点工作\n加快建设产业园区。\n")
    #expect(values.map(\.0) == [6.5, 8])
  }

  @Test func qualitativeAimsAreNotTheList() throws {
    let values = try mainValues(
      Self.review + "二、2024年工作安排\n今年工作的主要目标是实现高质量发展。\n"
        + "经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    #expect(values.map(\.0) == [6])
  }
}

@Suite struct MainListPartTests {
  @Test func listInASectionTakenForReviewIsStillFound() throws {
    let graph = try graph(
      ofText: "一、2023年工作回顾\n过去一年，地区生产总值增长5.2%。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    let main = graph.targets.filter(\.main)
    #expect(main.count == 1)
    #expect(
      main.first.flatMap { $0.indicators.first }.flatMap { graph.indicator(id: $0) }?.part == .plan)
  }
}
