// Reconcile.swift: checks the targets of one year's report against the review
// of the next year's report of the same place, when both are loaded together
// (`baogao export hailaer-2016.txt hailaer-2017.txt`). Runs after every report
// is ingested; adds `Reconciliation` nodes and their edges.
import BaogaoGraph

public enum Reconcile {
  /// Smallest name likeness (Dice coefficient of character bigrams) for a
  /// review figure to count as the outcome of a target's figure. Below it,
  /// names such as 地区生产总值 and 一般公共预算收入 would be paired.
  static let minimumLikeness = 0.6

  /// Qualifiers that make a target's number a ceiling rather than a floor.
  static let ceilingQualifiers: Set<String> = ["以内", "以下"]

  /// Adds one reconciliation per target of every report whose successor (same
  /// place, next year) is in the builder.
  public static func add(to builder: inout GraphBuilder) {
    let reports = builder.reports
    guard reports.count > 1 else { return }
    let indicatorsByID = Dictionary(
      builder.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for earlier in reports {
      guard let later = successor(of: earlier, among: reports) else { continue }
      let outcomes = builder.indicators.filter { $0.report == later.id && $0.part == .review }
      // A reconciliation is numbered within the report whose target it checks.
      builder.scope = earlier.id
      for target in builder.targets where target.report == earlier.id {
        let planned = target.indicators.compactMap { indicatorsByID[$0] }
        let (result, verdict) = judge(planned, against: outcomes)
        let id = builder.newID(.reconciliation)
        builder.reconciliations.append(
          Reconciliation(id: id, target: target.id, result: result?.id, verdict: verdict))
        builder.edges.append(Edge(from: id, to: target.id, rel: "reconciles"))
        if let result { builder.edges.append(Edge(from: id, to: result.id, rel: "outcome")) }
      }
    }
  }

  /// The report of the same place for the next year. Place and year come from
  /// the reports' own text; where the text gave none, from the file name
  /// (`hailaer-2016`: place `hailaer`, year 2016).
  static func successor(of report: Report, among reports: [Report]) -> Report? {
    guard let place = placeKey(report), let year = yearKey(report) else { return nil }
    return reports.first { other in
      other.id != report.id && placeKey(other) == place && yearKey(other) == year + 1
    }
  }

  static func placeKey(_ report: Report) -> String? {
    if let place = report.place, !place.isEmpty { return place }
    guard let dash = report.id.lastIndex(of: "-") else { return nil }
    return String(report.id[..<dash])
  }

  static func yearKey(_ report: Report) -> Int? {
    if let year = report.year { return year }
    guard let dash = report.id.lastIndex(of: "-") else { return nil }
    return Int(report.id[report.id.index(after: dash)...])
  }

  /// The best review figure for the target's first planned figure that shares
  /// its unit and kind, and whether it reached the planned value.
  static func judge(_ planned: [Indicator], against outcomes: [Indicator]) -> (
    Indicator?, String
  ) {
    guard let goal = planned.first else { return (nil, "not stated") }
    var best: (Indicator, Double)?
    for candidate in outcomes where candidate.unit == goal.unit && candidate.kind == goal.kind {
      let score = likeness(goal.name, candidate.name)
      if score >= minimumLikeness, score > (best?.1 ?? 0) { best = (candidate, score) }
    }
    guard let (result, _) = best else { return (nil, "not stated") }
    let isCeiling = !ceilingQualifiers.isDisjoint(with: goal.qualifiers)
    let met = isCeiling ? result.value <= (goal.upper ?? goal.value) : result.value >= goal.value
    return (result, met ? "met" : "not met")
  }

  /// Dice coefficient of the two names' character bigrams, 0 to 1.
  static func likeness(_ a: String, _ b: String) -> Double {
    func bigrams(_ s: String) -> [String: Int] {
      let chars = Array(s)
      var counts: [String: Int] = [:]
      guard chars.count > 1 else { return chars.isEmpty ? [:] : [s: 1] }
      for i in 0..<(chars.count - 1) { counts[String(chars[i...i + 1]), default: 0] += 1 }
      return counts
    }
    let x = bigrams(a)
    let y = bigrams(b)
    let total = x.values.reduce(0, +) + y.values.reduce(0, +)
    guard total > 0 else { return 0 }
    let shared = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
    return Double(2 * shared) / Double(total)
  }
}
