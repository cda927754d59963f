// Comparison.swift: `compare NAME`, one indicator side by side across the
// loaded reports. Per report and kind of figure (a growth rate, a level),
// the plan part's first figure of that name, preferring the main targets
// list, then any target, then any figure; a report without one still has its
// row, so a missing target shows. Where a reconciliation checked the target
// against the next year's report, its result and verdict fill the last
// columns; until then they stay empty.
import BaogaoGraph

enum Comparison {
  /// `direction` last: a value is as written (hebei-2019 "万元生产总值能耗下降3.6%"
  /// is 3.6), so a decline says so in its own column rather than by a sign.
  static let figureColumns = [
    "indicator", "value", "unit", "qualifiers", "result", "verdict", "direction",
  ]

  static func table(_ plan: ComparePlan, in graph: Graph) -> ResultTable {
    guard let kind = Schema.kind(of: .indicator) else { return ResultTable(columns: [], rows: []) }
    var candidates = Evaluator.rows(of: kind, matching: plan.filter, in: graph)
    let names = plan.match.map { ref in
      let column = FieldIndex.column(of: ref.field, in: kind, graph: graph)
      return (column, column.foldedMatches { folded, _ in folded == plan.name })
    }
    candidates = candidates.filter { row in
      graph.indicators[row].part == .plan
        && names.contains { column, matches in column.row(row, matches: matches) }
    }
    var byReport: [String: [Int]] = [:]
    for row in candidates { byReport[graph.indicators[row].report, default: []].append(row) }
    let targets = targetsByIndicator(in: graph)
    let checks = reconciliationsByTarget(in: graph)
    var rows: [[Value]] = []
    var ids: [String?] = []
    for (index, report) in graph.reports.enumerated()
    where plan.reports?.contains(report.id) ?? true {
      let lead = [Value.string(report.id)] + plan.reportFields.map { $0.value(graph, index) }
      let chosen = pick(byReport[report.id] ?? [], targets: targets, in: graph)
      if chosen.isEmpty {
        rows.append(lead + figureColumns.map { _ in Value.null })
        ids.append(report.id)
      }
      for row in chosen {
        let indicator = graph.indicators[row]
        let (result, verdict) = outcome(
          of: indicator, targets: targets[indicator.id] ?? [], checks: checks, in: graph)
        rows.append(
          lead + [
            .string(indicator.name), .number(indicator.value), .string(indicator.unit),
            .list(indicator.qualifiers.map(Value.string)), result, verdict,
            indicator.measure.direction.map { .string($0.rawValue) } ?? .null,
          ])
        ids.append(indicator.id)
      }
    }
    let columns = ["report"] + plan.reportFields.map(\.name) + figureColumns
    return ResultTable(columns: columns, rows: rows, rowIDs: ids)
  }

  /// One figure per kind, kinds in the schema's order (growth, level, …).
  static func pick(_ rows: [Int], targets: [String: [String]], in graph: Graph) -> [Int] {
    func rank(_ row: Int) -> Int {
      let linked = targets[graph.indicators[row].id] ?? []
      if linked.contains(where: { graph.target(id: $0)?.main == true }) { return 0 }
      return linked.isEmpty ? 2 : 1
    }
    var chosen: [Int] = []
    for kind in IndicatorKind.allCases {
      let ofKind = rows.filter { graph.indicators[$0].kind == kind }
      if let best = ofKind.min(by: { rank($0) < rank($1) }) { chosen.append(best) }
    }
    return chosen
  }

  /// The result and verdict of the first reconciliation of a target naming
  /// the figure.
  static func outcome(
    of indicator: Indicator, targets: [String], checks: [String: Reconciliation], in graph: Graph
  ) -> (Value, Value) {
    guard let found = check(of: indicator, targets: targets, checks: checks, in: graph) else {
      return (.null, .null)
    }
    return (
      found.result.map { .string(Labels.figure($0)) } ?? .null,
      .string(found.check.verdict.rawValue)
    )
  }

  /// The first reconciliation of a target naming the figure, with its
  /// result. A result of another kind (a growth rate for a level) is not
  /// this figure's outcome and is passed over.
  static func check(
    of indicator: Indicator, targets: [String], checks: [String: Reconciliation], in graph: Graph
  ) -> (check: Reconciliation, result: Indicator?)? {
    for key in [indicator.id] + targets {
      guard let check = checks[key] else { continue }
      guard let resultID = check.result else { return (check, nil) }
      guard let result = graph.indicator(id: resultID), result.kind == indicator.kind else {
        continue
      }
      return (check, result)
    }
    return nil
  }

  /// Per row of a compare table, the figure's result, for its chart: the
  /// figure of row N is the node of `rowIDs[N]`.
  static func results(of table: ResultTable, in graph: Graph) -> [Double?] {
    let targets = targetsByIndicator(in: graph)
    let checks = reconciliationsByTarget(in: graph)
    return table.rowIDs.map { id in
      guard let id, let indicator = graph.indicator(id: id),
        let result = check(
          of: indicator, targets: targets[indicator.id] ?? [], checks: checks, in: graph)?.result
      else { return nil }
      return signed(result)
    }
  }

  /// A figure's number with its direction: a growth rate that falls (下降3%)
  /// is -3, so that its bar stands left of the axis.
  static func signed(_ indicator: Indicator) -> Double {
    indicator.kind == .growth && indicator.measure.direction == .down
      ? -indicator.value : indicator.value
  }

  static func targetsByIndicator(in graph: Graph) -> [String: [String]] {
    graph.memo.value("Comparison.targetsByIndicator") { () -> [String: [String]] in
      var index: [String: [String]] = [:]
      for target in graph.targets {
        for indicator in target.indicators { index[indicator, default: []].append(target.id) }
      }
      return index
    }
  }

  static func reconciliationsByTarget(in graph: Graph) -> [String: Reconciliation] {
    graph.memo.value("Comparison.reconciliationsByTarget") { () -> [String: Reconciliation] in
      var index: [String: Reconciliation] = [:]
      // One check per figure of a target: keyed by the figure it judges, and
      // by the target for checks of a target in words.
      for check in graph.reconciliations where index[check.figure ?? check.target] == nil {
        index[check.figure ?? check.target] = check
      }
      return index
    }
  }
}
