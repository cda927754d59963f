// VerdictRules.swift: whether a result meets its target, and by how much.
// The rules (docs/query-language.md, "Reconciliations"):
// - a floor (a plain number, 以上, 确保, 力争; 左右 counts as its number) is met
//   when the result ≥ the target;
// - a ceiling (以内, 以下, 控制在…; a level or share that is to fall, 降低到) when
//   the result ≤ the target (its upper end for a range);
// - a range (5.5%—6%) when the result ≥ its lower end;
// - a decline (下降3%) when the result falls by at least as much.
// Values are compared in the target's unit (the result's `amount` scaled to
// it) with declines of a growth rate counted negative; gap = result − target.
import BaogaoGraph

enum VerdictRules {
  /// Qualifiers that make a number a ceiling.
  static let ceilingQualifiers: Set<String> = ["以内", "以下"]

  /// Words before a number that make it a ceiling: 控制在3%左右.
  static let ceilingLeads = ["控制在", "不超过", "低于"]

  enum Rule: Equatable {
    case floor, ceiling, range, decline
  }

  static func judge(planned: Indicator, result: Indicator) -> (verdict: Verdict, gap: Double) {
    let target = signed(planned.value, planned)
    let upper = planned.upper.map { signed($0, planned) }
    let outcome = signed(value(of: result, inUnitOf: planned), result)
    let met: Bool
    switch rule(of: planned) {
    case .ceiling: met = outcome <= max(target, upper ?? target)
    case .decline: met = outcome <= target
    case .range: met = outcome >= min(target, upper ?? target)
    case .floor: met = outcome >= target
    }
    return (met ? .met : .notMet, rounded(outcome - target))
  }

  static func rule(of figure: Indicator) -> Rule {
    if !ceilingQualifiers.isDisjoint(with: figure.qualifiers) { return .ceiling }
    if isLedByCeilingWord(figure) { return .ceiling }
    if figure.measure.direction == .down {
      // A growth rate that is to fall is a decline; a level or share that is
      // to fall (PM2.5浓度下降到35微克) is a ceiling on the level.
      return figure.kind == .growth ? .decline : .ceiling
    }
    return figure.upper == nil ? .floor : .range
  }

  /// 控制在 (or another ceiling word) shortly before the figure's number in its span.
  static func isLedByCeilingWord(_ figure: Indicator) -> Bool {
    let number = Written.number(figure.value)
    for lead in ceilingLeads {
      var rest = Substring(figure.span)
      while let found = rest.firstRange(of: lead) {
        let after = rest[found.upperBound...].prefix(number.count + 4)
        if after.contains(number) { return true }
        rest = rest[found.upperBound...]
      }
    }
    return false
  }

  /// The result's value in the planned figure's unit: 23830元 against a
  /// target in 万元 is 2.383.
  static func value(of result: Indicator, inUnitOf planned: Indicator) -> Double {
    guard planned.unit != result.unit, let amount = result.measure.amount,
      let plannedAmount = planned.measure.amount, planned.value != 0, plannedAmount != 0
    else { return result.value }
    return amount / (plannedAmount / planned.value)
  }

  /// Growth rates that fall count negative, so that −3.5 < −3 reads "fell further".
  static func signed(_ value: Double, _ figure: Indicator) -> Double {
    figure.kind == .growth && figure.measure.direction == .down ? -value : value
  }

  /// Gaps are differences of numbers written with a few decimals: 7.2 − 7.5
  /// is −0.3, not −0.2999….
  static func rounded(_ x: Double) -> Double {
    (x * 1_000_000).rounded() / 1_000_000
  }
}

/// Figures as a reader writes them: 7.5%, 下降3%, 5.5%—6%.
enum Written {
  static let suffixQualifiers = ["以上", "以下", "以内", "左右"]

  static func figure(_ figure: Indicator) -> String {
    var text = figure.measure.direction == .down && figure.kind == .growth ? "下降" : ""
    text += number(figure.value)
    if let upper = figure.upper { text += figure.unit + "—" + number(upper) }
    text += figure.unit
    for word in suffixQualifiers where figure.qualifiers.contains(word) { text += word }
    return text
  }

  /// 8 for 8.0, 7.5 for 7.5.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
