// Aggregation.swift: grouped results. Rows are gathered by the values of the
// `group by` fields (a row with several values, a target naming two places,
// is in each of their groups once), then each aggregate is computed per
// group. Values that differ only in width or letter case are one group, as
// `=` would find them, shown as first written.
import BaogaoGraph

enum Aggregation {
  /// Decimal places `avg` is rounded to: 7.333333333333333 says no more than 7.3333.
  static let averageDecimals = 4.0

  /// One group: its key values as first met and the rows in it, ascending.
  struct Group {
    var values: [Value]
    var rows: [Int]
  }

  static func table(_ plan: AggregatePlan, in graph: Graph) -> ResultTable {
    let rows = Evaluator.rows(of: plan.kind, matching: plan.filter, in: graph)
    let groups = gather(rows, by: plan.groups, in: graph)
    var table: [[Value]] = groups.map { group in
      plan.columns.map { column in
        switch column {
        case .group(let index): group.values[index]
        case .aggregate(let spec): compute(spec, over: group.rows, in: graph)
        }
      }
    }
    let order = plan.order
    let nullGroups = groups.map { $0.values.contains(.null) }
    var positions = Array(table.indices)
    positions.sort { a, b in
      for key in order {
        let (x, y) = (table[a][key.term], table[b][key.term])
        if x.isEmpty != y.isEmpty { return y.isEmpty }
        let comparison = Value.order(x, y)
        if comparison != 0 { return key.descending ? comparison > 0 : comparison < 0 }
      }
      if order.isEmpty {
        // Groups without a value last: they are not what a reader looks for.
        if nullGroups[a] != nullGroups[b] { return nullGroups[b] }
        if plan.ranksByCount, groups[a].rows.count != groups[b].rows.count {
          return groups[a].rows.count > groups[b].rows.count
        }
      }
      return a < b
    }
    table = positions.map { Array(table[$0].prefix(plan.headings.count)) }
    return Evaluator.limited(ResultTable(columns: plan.headings, rows: table), plan.limit)
  }

  /// The groups of the rows, in order of first appearance. No fields: one
  /// group of every row (`select count(*) from targets` over none is 0).
  static func gather(_ rows: [Int], by fields: [FieldSpec], in graph: Graph) -> [Group] {
    guard !fields.isEmpty else { return [Group(values: [], rows: rows)] }
    var groups: [Group] = []
    var index: [[String]: Int] = [:]
    for (position, row) in rows.enumerated() {
      if Cancellation.stops(at: position) { break }
      var combinations: [[Value]] = [[]]
      for field in fields {
        var keys = Evaluator.groupKeys(field, row: row, in: graph)
        if keys.isEmpty { keys = [.null] }
        combinations = combinations.flatMap { prefix in keys.map { prefix + [$0] } }
      }
      var placed = Set<Int>()
      for values in combinations {
        let key = values.map { $0 == .null ? "\u{0}" : Fold.text($0.text) }
        let at: Int
        if let known = index[key] {
          at = known
        } else {
          at = groups.count
          index[key] = at
          groups.append(Group(values: values, rows: []))
        }
        // A row whose values repeat (two places of one name) counts once.
        if placed.insert(at).inserted { groups[at].rows.append(row) }
      }
    }
    return groups
  }

  /// One aggregate over the rows of a group.
  static func compute(_ spec: AggregateSpec, over rows: [Int], in graph: Graph) -> Value {
    guard let field = spec.field else { return .number(Double(rows.count)) }
    let values = rows.flatMap { row in items(of: field, row: row, in: graph) }
    switch spec.function {
    case .count:
      guard spec.distinct else {
        return .number(Double(rows.count { !field.value(graph, $0).isEmpty }))
      }
      return .number(Double(Set(values.map { Fold.text($0.text) }).count))
    case .sum, .avg:
      var numbers = values.flatMap(\.numbers)
      if spec.distinct { numbers = Array(Set(numbers)) }
      guard !numbers.isEmpty else { return .null }
      let total = numbers.reduce(0, +)
      if spec.function == .sum { return .number(tidy(total)) }
      return .number(rounded(total / Double(numbers.count), decimals: averageDecimals))
    case .min, .max:
      let best = values.min { a, b in
        let order = Value.order(a, b)
        return spec.function == .min ? order < 0 : order > 0
      }
      return best ?? .null
    }
  }

  /// The values a row gives an aggregate: list items one by one, a link's
  /// nodes by their labels; nothing for an empty value.
  static func items(of field: FieldSpec, row: Int, in graph: Graph) -> [Value] {
    let value = field.shown(graph, row)
    if case .list(let items) = value { return items.filter { !$0.isEmpty } }
    return value.isEmpty ? [] : [value]
  }

  /// A sum without the noise of binary fractions: 0.1 + 0.2 is 0.3.
  static func tidy(_ x: Double) -> Double {
    guard x.isFinite, x.magnitude < 1e12 else { return x }
    return rounded(x, decimals: 6)
  }

  static func rounded(_ x: Double, decimals: Double) -> Double {
    let scale = Double.pow10(decimals)
    guard x.isFinite, (x * scale).magnitude < 1e15 else { return x }
    return (x * scale).rounded() / scale
  }
}

extension Double {
  /// 10 to a whole power, without Foundation.
  static func pow10(_ n: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(n) { result *= 10 }
    return result
  }
}
