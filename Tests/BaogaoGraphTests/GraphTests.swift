// GraphTests.swift: the store and its indexes: ids from the builder, nodes by
// id, edges by end, lookups by kind, display names, and the memo that builds
// each derived index once.
import BaogaoGraph
import Testing

@Suite struct GraphTests {
  static func sample() -> Graph {
    var builder = GraphBuilder()
    let report = builder.newID(.report)
    let top = builder.newID(.section)
    let city = builder.newID(.section)
    let place = builder.newID(.place)
    let target = builder.newID(.target)
    builder.reports = [Report(id: report, title: "定海区政府工作报告", source: "bundled")]
    builder.sections = [
      Section(id: top, report: report, path: "二", title: "2018年工作安排"),
      Section(id: city, report: report, path: "二.(三)", title: "城市建设", parent: top, level: 2),
    ]
    builder.places = [Place(id: place, report: report, name: "金塘", type: .town, mentions: 3)]
    builder.targets = [
      Target(id: target, report: report, section: city, area: "城市建设", span: "建成金塘大桥")
    ]
    builder.edges = [
      Edge(from: city, to: target, rel: .contains), Edge(from: target, to: place, rel: .mentions),
    ]
    return builder.build()
  }

  @Test func builderGivesIdsByKindPrefix() {
    var builder = GraphBuilder()
    #expect(builder.newID(.target) == "T1")
    #expect(builder.newID(.target) == "T2")
    #expect(builder.newID(.project) == "J1")
    #expect(NodeKind.allCases.map(\.idPrefix).count == Set(NodeKind.allCases.map(\.idPrefix)).count)
  }

  @Test func everyNodeIsFoundByItsId() {
    let graph = GraphTests.sample()
    #expect(graph.nodeCount == 5)
    #expect(graph.byID.count == 5)
    #expect(graph.byID["S2"]?.kind == .section)
    #expect(graph.byID["S2"]?.index == 1)
    #expect(graph.byID["T1"]?.kind == .target)
    #expect(graph.byID["nothing"] == nil)
    #expect(graph.section(id: "S2")?.parent == "S1")
    #expect(graph.place(id: "P1")?.name == "金塘")
    #expect(graph.target(id: "T1")?.area == "城市建设")
    #expect(graph.section(id: "T1") == nil)
  }

  @Test func edgesAreIndexedByBothEnds() {
    let graph = GraphTests.sample()
    #expect(graph.outgoing("T1").map(\.to) == ["P1"])
    #expect(graph.incoming("T1").map(\.from) == ["S2"])
    #expect(graph.incoming("P1").map(\.rel) == [.mentions])
    #expect(graph.outgoing("P1").isEmpty)
    #expect(graph.outgoing("nothing").isEmpty)
  }

  @Test func edgesKeepTheirOrderAtEachEnd() {
    var builder = GraphBuilder()
    let section = builder.newID(.section)
    let figures = (0..<3).map { _ in builder.newID(.indicator) }
    let target = builder.newID(.target)
    builder.sections = [Section(id: section, report: "r", path: "一", title: "回顾")]
    builder.indicators = figures.map {
      Indicator(
        id: $0, report: "r", section: section, name: "生产总值", value: 6, unit: "%",
        kind: .growth, part: .plan, span: "增长6%")
    }
    builder.targets = [
      Target(id: target, report: "r", section: section, area: "经济发展", span: "增长6%")
    ]
    builder.edges =
      figures.reversed().map { Edge(from: target, to: $0, rel: .measures) }
      + [
        Edge(from: section, to: target, rel: .contains),
        Edge(from: "gone", to: target, rel: .mentions),
      ]
    let graph = builder.build()
    #expect(graph.outgoing(target).map(\.to) == ["I3", "I2", "I1"])
    // An edge from an id that names no node still enters the target; only
    // nodes have edges of their own.
    #expect(graph.incoming(target).map(\.from) == ["S1", "gone"])
    #expect(graph.outgoing("gone").isEmpty)
    #expect(graph.incoming("I2").map(\.from) == ["T1"])
    #expect(graph.outgoing(section).map(\.rel) == [.contains])
  }

  @Test func displayNamesSaySectionsByPathAndTitle() {
    let graph = GraphTests.sample()
    #expect(graph.displayName(id: "S2") == "二.(三) 城市建设")
    #expect(graph.displayName(id: "T1") == "建成金塘大桥")
    #expect(graph.displayName(id: "R1") == "定海区政府工作报告")
    #expect(graph.displayName(id: "X9") == nil)
  }

  @Test func memoBuildsAValueOnce() {
    let graph = GraphTests.sample()
    var builds = 0
    for _ in 0..<3 {
      let value = graph.memo.value("GraphTests.count") { () -> Int in
        builds += 1
        return graph.nodeCount
      }
      #expect(value == 5)
    }
    #expect(builds == 1)
  }
}
