// ResultSearch.swift: the result that the next year's review states for one
// figure of a target. The result must measure the same thing: the same
// canonical indicator (一般公共财政预算收入 = 公共财政预算收入), the same scope
// (城镇 ≠ 农村, 区本级 ≠ 全区; 全区 is the whole place, as no scope is), the
// same kind (a share is not a growth rate is not a level) in a compatible unit
// (万元 and 亿元 compare through `amount`), over one year (a 年均 or 累计
// figure sums up five years), and never a project's figure for a place total.
// Among several, the review's summary passage comes first — the section that
// states most of the planned indicators, as 经济实力迈上新台阶 does — then the
// text order.
import BaogaoGraph

/// One check: a target's figure, its result and the verdict.
struct Check {
  var figure: Indicator?
  var result: Indicator?
  var verdict: Verdict
  var indicator: String?
  /// The target as written.
  var planned: String
  var gap: Double?
}

struct ResultSearch {
  let review: [Indicator]
  let indicators: [String: Int]
  let all: [Indicator]
  let names: IndicatorNames
  /// The section of the review that sums up the year's main indicators.
  let summarySection: String?

  /// Scope words that name the whole place: a figure so scoped is the place's total.
  static let wholePlaceScopes: Set<String> = [
    "全市", "全省", "全区", "全县", "全旗", "全州", "全盟", "全社会",
  ]

  /// Words of a project's name: a figure named with them is the project's, not the place's.
  static let projectWords = ["项目", "工程"]

  /// Qualifiers of a figure over several years.
  static let periodQualifiers: Set<String> = ["年均", "累计"]

  init(
    review: [Indicator], planned: [Target], indicators: [String: Int], all: [Indicator],
    names: IndicatorNames
  ) {
    self.review = review
    self.indicators = indicators
    self.all = all
    self.names = names
    var plannedKeys: Set<String> = []
    for target in planned {
      for id in target.indicators {
        guard let index = indicators[id] else { continue }
        plannedKeys.insert(ResultSearch.key(all[index]))
      }
    }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for figure in review where plannedKeys.contains(ResultSearch.key(figure)) {
      if counts[figure.section] == nil { order.append(figure.section) }
      counts[figure.section, default: 0] += 1
    }
    summarySection = order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
      .flatMap { best in order.first { counts[$0] == counts[best] } }
  }

  /// Every check of a target: one per figure; one `not comparable` for a main
  /// target in words; none for other targets in words.
  func checks(of target: Target) -> [Check] {
    let figures = target.indicators.compactMap { indicators[$0].map { all[$0] } }
    if figures.isEmpty {
      guard target.main else { return [] }
      let (indicator, scope) = names.read(target.name)
      let wording =
        target.qualifiers.isEmpty ? target.span : target.qualifiers.joined(separator: "，")
      let result = indicator.flatMap { name in
        pick(
          review.filter { $0.measure.indicator == name && ResultSearch.scope($0) == (scope ?? "") })
      }
      return [
        Check(
          figure: nil, result: result, verdict: .notComparable, indicator: indicator ?? target.name,
          planned: wording, gap: nil)
      ]
    }
    return figures.map { check(of: $0, in: target) }
  }

  func check(of figure: Indicator, in target: Target) -> Check {
    let planned = Written.figure(figure)
    var check = Check(
      figure: figure, result: nil, verdict: .notStated, indicator: figure.measure.indicator,
      planned: planned, gap: nil)
    guard let name = figure.measure.indicator else { return check }
    // A figure of a target about projects, under a name the synonym table does
    // not know (投资 of 5 projects), is the projects' figure: no place total measures it.
    if !target.projects.isEmpty, names.canonical[name] == nil { return check }
    let same = review.filter { candidate in
      candidate.measure.indicator == name
        && ResultSearch.scope(candidate) == ResultSearch.scope(figure)
        && !ResultSearch.isProjectFigure(candidate)
        && (figure.qualifiers.contains { ResultSearch.periodQualifiers.contains($0) }
          || !candidate.qualifiers.contains { ResultSearch.periodQualifiers.contains($0) })
    }
    if let result = pick(same.filter { ResultSearch.compatible(figure, $0) }) {
      let judged = VerdictRules.judge(planned: figure, result: result)
      check.result = result
      check.verdict = judged.verdict
      check.gap = judged.gap
    } else if let other = pick(same) {
      check.result = other
      check.verdict = .notComparable
    }
    return check
  }

  /// The summary passage's first candidate, else the first in text order.
  func pick(_ candidates: [Indicator]) -> Indicator? {
    candidates.first { $0.section == summarySection } ?? candidates.first
  }

  /// Same kind, and units that convert (亿元 and 万元 share the base unit 元).
  static func compatible(_ planned: Indicator, _ result: Indicator) -> Bool {
    guard planned.kind == result.kind else { return false }
    return (planned.measure.baseUnit ?? planned.unit) == (result.measure.baseUnit ?? result.unit)
  }

  /// The scope of a figure, with the whole-place words read as no scope.
  static func scope(_ figure: Indicator) -> String {
    guard let scope = figure.measure.scope else { return "" }
    let parts = scope.split(separator: JoiningWords.listCommaText).map(String.init).filter {
      !wholePlaceScopes.contains($0)
    }
    return parts.joined(separator: JoiningWords.listCommaText)
  }

  static func key(_ figure: Indicator) -> String {
    (figure.measure.indicator ?? "") + "\u{1}" + scope(figure)
  }

  static func isProjectFigure(_ figure: Indicator) -> Bool {
    projectWords.contains { figure.name.contains($0) }
  }
}
