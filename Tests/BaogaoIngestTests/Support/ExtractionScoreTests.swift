// ExtractionScoreTests.swift: figures and targets of the bundled report
// against the gold annotations, matched as Scripts/score-extraction matches
// them, with the floors of issue 3.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct ExtractionScoreTests {
  static let graph: BaogaoGraph.Graph? = try? ReportFile.loadGraph(paths: [])

  @Test func figuresMeetTheirFloors() throws {
    let graph = try #require(Self.graph)
    let golds = try Scoring.gold("dinghai-2018.figures.json", key: "figures")
    let preds = graph.indicators
    let matches = Scoring.greedyMatch(golds, preds) { g, x in
      guard let value = Scoring.number(g["value"]), abs(value - x.value) <= 1e-9,
        Scoring.unit(g["unit"] as? String) == Scoring.unit(x.unit)
      else { return 0 }
      return Scoring.spanOverlap(g["span"] as? String, x.span)
    }
    let f1 = Scoring.f1(matched: matches.count, gold: golds.count, found: preds.count)
    let partRight = matches.filter {
      (golds[$0.gold]["part"] as? String) == preds[$0.pred].part.rawValue
    }
    #expect(f1 >= 0.95, "figures F1 \(f1)")
    #expect(
      Double(partRight.count) >= 0.98 * Double(matches.count),
      "part right \(partRight.count)/\(matches.count)")
  }

  @Test func targetsMeetTheirFloors() throws {
    let graph = try #require(Self.graph)
    let golds = try Scoring.gold("dinghai-2018.targets.json", key: "targets")
    let preds = graph.targets
    let matches = Scoring.greedyMatch(golds, preds) { g, x in
      Scoring.spanOverlap(g["span"] as? String, x.span)
    }
    let f1 = Scoring.f1(matched: matches.count, gold: golds.count, found: preds.count)
    #expect(f1 >= 0.80, "targets F1 \(f1)")
    let quantitative = Set(
      golds.indices.filter { !((golds[$0]["figures"] as? [Any]) ?? []).isEmpty })
    let recalled = matches.filter { quantitative.contains($0.gold) }
    #expect(quantitative.count == 24)
    #expect(
      recalled.count == quantitative.count, "quantitative \(recalled.count)/\(quantitative.count)")
    let areaRight = matches.filter {
      String(Scoring.normalised(golds[$0.gold]["area"] as? String))
        == String(Scoring.normalised(preds[$0.pred].area))
    }
    #expect(
      Double(areaRight.count) >= 0.98 * Double(matches.count),
      "area right \(areaRight.count)/\(matches.count)")
  }

  @Test func cityBuildingAreaIsExactlyItsSection() throws {
    let graph = try #require(Self.graph)
    let city = graph.targets.filter { $0.area == "城市建设" }
    let section = try #require(graph.sections.first { $0.path == "二.(三)" })
    #expect(!city.isEmpty)
    #expect(city.allSatisfy { $0.section == section.id })
    #expect(graph.targets.filter { $0.section == section.id }.allSatisfy { $0.area == "城市建设" })
  }

  @Test func mainTargetsAreTheExpectedList() throws {
    let graph = try #require(Self.graph)
    let main = graph.targets.filter(\.main)
    // The two incomes of 城镇和农渔村常住居民人均可支配收入分别增长8%和8.3% are
    // one target each.
    #expect(main.count == 5)
    #expect(main.allSatisfy { $0.area == "总体目标" })
    let values = main.flatMap(\.indicators).compactMap { graph.indicator(id: $0)?.value }
    #expect(values == [8, 6, 18.1, 8, 8.3])
  }
}
