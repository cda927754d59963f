// ReconcileTests.swift: one year's targets checked against the next year's
// review, on invented report pairs (one rule each) and on the shared pair
// hailaer-2016 → hailaer-2017 against its gold.
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

/// An invented county's reports for two consecutive years: the first year's
/// main targets and the second year's review of that year.
enum InventedPair {
  static func report(year: Int, review: String, plan: String) -> String {
    """
    安吉县\(year)年政府工作报告
    ——\(year)年1月10日在安吉县第十届人民代表大会第五次会议上
    一、\(year - 1)年工作回顾
    过去一年，全县经济稳中有进。\(review)
    二、\(year)年工作安排
    今年经济社会发展的主要预期目标是：\(plan)
    """
  }

  /// The reconciliations of `plan` (the 2020 report's main targets) against
  /// `review` (the 2021 report's review of 2020).
  static func checks(plan: String, review: String) throws -> (Graph, [Reconciliation]) {
    let earlier = report(year: 2020, review: "地区生产总值增长7%。", plan: plan)
    let later = report(year: 2021, review: review, plan: "地区生产总值增长6%。")
    let graph = try Ingest.graph(of: [
      (Array(earlier.utf8), "anji-2020", "a"), (Array(later.utf8), "anji-2021", "b"),
    ])
    return (graph, graph.reconciliations)
  }

  /// The verdict and result value of the check whose target figure is `value`.
  static func verdict(_ checks: (Graph, [Reconciliation]), planned value: Double) -> (
    Verdict?, Double?
  ) {
    let (graph, list) = checks
    let check = list.first { c in c.figure.flatMap { graph.indicator(id: $0) }?.value == value }
    let result = check?.result.flatMap { graph.indicator(id: $0) }?.value
    return (check?.verdict, result)
  }
}

@Suite struct ReconcileRuleTests {
  @Test func aFloorIsMetAtOrAboveItsNumber() throws {
    let pair = try InventedPair.checks(
      plan: "地区生产总值增长6.5%以上，社会消费品零售总额增长8%左右。",
      review: "全县生产总值增长6.9%，社会消费品零售总额增长7.6%。")
    #expect(InventedPair.verdict(pair, planned: 6.5) == (.met, 6.9))
    // 左右 counts as its number: 7.6 is short of 8.
    #expect(InventedPair.verdict(pair, planned: 8) == (.notMet, 7.6))
  }

  @Test func aCeilingIsMetAtOrBelowItsNumber() throws {
    let pair = try InventedPair.checks(
      plan: "城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。",
      review: "城镇调查失业率4.8%，居民消费价格上涨2.1%。")
    #expect(InventedPair.verdict(pair, planned: 5.5) == (.met, 4.8))
    let missed = try InventedPair.checks(
      plan: "城镇调查失业率控制在5.5%以内。", review: "城镇调查失业率5.9%。")
    #expect(InventedPair.verdict(missed, planned: 5.5) == (.notMet, 5.9))
  }

  @Test func aRangeIsMetFromItsLowerEnd() throws {
    let pair = try InventedPair.checks(
      plan: "固定资产投资增长6%—7%。", review: "固定资产投资增长6.2%。")
    #expect(InventedPair.verdict(pair, planned: 6) == (.met, 6.2))
    let short = try InventedPair.checks(
      plan: "固定资产投资增长6%—7%。", review: "固定资产投资增长5.9%。")
    #expect(InventedPair.verdict(short, planned: 6) == (.notMet, 5.9))
  }

  @Test func aDeclineIsMetWhenTheResultFallsAtLeastAsMuch() throws {
    let pair = try InventedPair.checks(
      plan: "单位生产总值能耗下降3%。", review: "单位生产总值能耗下降3.4%。")
    #expect(InventedPair.verdict(pair, planned: 3) == (.met, 3.4))
    let gap = pair.1.first?.gap
    #expect(gap.map { abs($0 - -0.4) < 1e-9 } == true)
    let rose = try InventedPair.checks(
      plan: "单位生产总值能耗下降3%。", review: "单位生产总值能耗下降1.2%。")
    #expect(InventedPair.verdict(rose, planned: 3) == (.notMet, 1.2))
  }

  @Test func eachItemOfAListIsCheckedOnItsOwn() throws {
    let pair = try InventedPair.checks(
      plan: "城镇和农村居民人均可支配收入分别增长7%和8%。",
      review: "城镇居民人均可支配收入增长7.2%，农村居民人均可支配收入增长7.9%。")
    #expect(InventedPair.verdict(pair, planned: 7) == (.met, 7.2))
    #expect(InventedPair.verdict(pair, planned: 8) == (.notMet, 7.9))
  }

  @Test func urbanAndRuralIncomesInOneSentenceAreNotCrossed() throws {
    // The rural result comes first: an urban target must still find the urban one.
    let pair = try InventedPair.checks(
      plan: "城镇居民人均可支配收入增长6%。",
      review: "农村居民人均可支配收入增长9%，城镇居民人均可支配收入增长5%。")
    #expect(InventedPair.verdict(pair, planned: 6) == (.notMet, 5))
  }

  @Test func anIndicatorRenamedBetweenTheYearsIsFound() throws {
    let pair = try InventedPair.checks(
      plan: "公共财政预算收入增长5%。", review: "一般公共预算收入增长6.1%。")
    #expect(InventedPair.verdict(pair, planned: 5) == (.met, 6.1))
  }

  @Test func wanYuanAndYiYuanCompare() throws {
    let pair = try InventedPair.checks(
      plan: "社会消费品零售总额达到120亿元。", review: "社会消费品零售总额1250000万元。")
    let (graph, checks) = pair
    let check = try #require(checks.first { $0.figure != nil })
    #expect(check.verdict == .met)
    #expect(check.result.flatMap { graph.indicator(id: $0) }?.unit == "万元")
    // The gap is in the target's unit: 125亿元 − 120亿元.
    #expect(check.gap.map { abs($0 - 5) < 1e-9 } == true)
  }

  @Test func aProjectFigureIsNeverAPlaceTotal() throws {
    let pair = try InventedPair.checks(
      plan: "固定资产投资增长8%，全年完成项目投资80亿元。",
      review: "重点项目完成投资92亿元，固定资产投资增长8.5%。")
    #expect(InventedPair.verdict(pair, planned: 8) == (.met, 8.5))
    let project = InventedPair.verdict(pair, planned: 80)
    #expect(project.1 == nil)
    #expect(project.0 == .notStated)
  }

  @Test func aResultOfAnotherKindIsNotComparable() throws {
    let pair = try InventedPair.checks(
      plan: "粮食产量增长2%。", review: "粮食产量达到35万吨。")
    #expect(InventedPair.verdict(pair, planned: 2) == (.notComparable, 35))
  }

  @Test func aTargetInWordsIsNotComparable() throws {
    let pair = try InventedPair.checks(
      plan: "地区生产总值增长6%，主要约束性指标完成上级下达任务。",
      review: "全县生产总值增长6.3%。")
    let words = pair.1.filter { $0.figure == nil }
    #expect(words.count == 1)
    #expect(words.first?.verdict == .notComparable)
  }

  @Test func aSingleReportHasNoReconciliations() throws {
    let graph = try Fixtures.graph("hailaer-2016.txt")
    #expect(graph.reconciliations.isEmpty)
  }

  @Test func reportsThatLookLikeAPairButAreNotOneAreNoted() {
    let a = Report(id: "xinyi-2020", title: "", place: "新沂市", year: 2020, source: "a")
    let b = Report(id: "xinyi-2021", title: "", place: "信宜市", year: 2021, source: "b")
    let notes = PairNotes.unpaired([a, b])
    #expect(notes.count == 1)
    #expect(notes.first?.contains("xinyi-2020") == true)
    let c = Report(id: "xinyi-2021", title: "", place: "新沂市", year: 2021, source: "c")
    #expect(PairNotes.unpaired([a, c]).isEmpty)
  }
}

@Suite struct ReconcileGoldTests {
  /// Every numeric target of the gold pair has a check with the gold's
  /// verdict and result value (the scorer's rule: the target's figures hold
  /// the target value, the result holds the actual value).
  @Test func theHailaerPairMatchesItsGold() throws {
    let graph = try Ingest.graph(of: [
      (try Fixtures.bytes("hailaer-2016.txt"), "hailaer-2016", "a"),
      (try Fixtures.bytes("hailaer-2017.txt"), "hailaer-2017", "b"),
    ])
    let url = Scoring.fixtures.appendingPathComponent("gold/reports/reconcile-hailaer-2016.json")
    let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    let items = try #require(gold?["items"] as? [[String: Any]])
    var numeric = 0
    var right = 0
    for item in items {
      guard let planned = item["target_value"] as? Double else { continue }
      numeric += 1
      let met = item["met"] as? Bool
      let want: Verdict = met == true ? .met : met == false ? .notMet : .notStated
      let actual = item["actual_value"] as? Double
      let found = graph.reconciliations.contains { check in
        guard let target = graph.target(id: check.target),
          target.indicators.contains(where: { graph.indicator(id: $0)?.value == planned })
        else { return false }
        let result = check.result.flatMap { graph.indicator(id: $0) }?.value
        return check.verdict == want && (actual == nil || result == actual)
      }
      if found { right += 1 } else { Issue.record("no right check for \(item["indicator"] ?? "")") }
    }
    #expect(numeric == 8)
    #expect(right == numeric)
  }
}
