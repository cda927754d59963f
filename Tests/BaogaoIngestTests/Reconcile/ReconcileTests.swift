// ReconcileTests.swift: one year's targets checked against the next year's review.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct ReconcileTests {
  @Test func consecutiveYearsOfOnePlaceAreReconciled() throws {
    let graph = try Ingest.graph(of: [
      (try Fixtures.bytes("hailaer-2016.txt"), "hailaer-2016", "a"),
      (try Fixtures.bytes("hailaer-2017.txt"), "hailaer-2017", "b"),
    ])
    let earlierTargets = graph.targets.filter { $0.report == "hailaer-2016" }
    #expect(graph.reconciliations.count == earlierTargets.count)
    let verdicts = Set(graph.reconciliations.map(\.verdict))
    #expect(verdicts.isSubset(of: ["met", "not met", "not stated"]))
    // Every stated result is a review figure of the later report, with the
    // planned figure's unit.
    for reconciliation in graph.reconciliations {
      guard let resultID = reconciliation.result else {
        #expect(reconciliation.verdict == "not stated")
        continue
      }
      let result = try #require(graph.indicator(id: resultID))
      let target = try #require(graph.target(id: reconciliation.target))
      let planned = try #require(graph.indicator(id: target.indicators[0]))
      #expect(result.report == "hailaer-2017")
      #expect(result.part == .review)
      #expect(result.unit == planned.unit)
    }
    #expect(graph.reconciliations.contains { $0.result != nil })
  }

  @Test func aSingleReportHasNoReconciliations() throws {
    let graph = try Fixtures.graph("hailaer-2016.txt")
    #expect(graph.reconciliations.isEmpty)
  }

  @Test(arguments: [
    (["增长"], 8.0, 8.6, "met"),
    (["增长"], 8.0, 7.2, "not met"),
    (["以内"], 3.5, 3.0, "met"),
    (["以内"], 3.5, 4.0, "not met"),
  ])
  func verdictFollowsTheQualifier(
    qualifiers: [String], planned: Double, stated: Double, verdict: String
  ) {
    let goal = Indicator(
      id: "I1", report: "a", section: "S1", name: "居民消费价格涨幅", value: planned, unit: "%",
      kind: .growth, qualifiers: qualifiers, part: .plan, span: "")
    let outcome = Indicator(
      id: "I2", report: "b", section: "S2", name: "居民消费价格涨幅", value: stated, unit: "%",
      kind: .growth, part: .review, span: "")
    let (result, judged) = Reconcile.judge([goal], against: [outcome])
    #expect(result?.id == "I2")
    #expect(judged == verdict)
  }

  @Test func unlikeNamesAreNotPaired() {
    #expect(Reconcile.likeness("地区生产总值", "地区生产总值") == 1)
    #expect(Reconcile.likeness("计划投资", "投资") < Reconcile.minimumLikeness)
  }
}
