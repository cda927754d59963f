// CheckerGroups.swift: the checker's half for grouped statements: `count …
// group by a, b`, `select report.place, avg(value) from … group by …`,
// `order by count desc`. Plain columns must be grouped by, as in SQL; `sum`
// and `avg` need numbers. Errors point at the column or aggregate at fault.
import BaogaoGraph

extension Column {
  var isAggregate: Bool { expression.isAggregate }
}

extension Expression {
  var isAggregate: Bool {
    if case .aggregate = self { return true }
    return false
  }
}

extension Checker {
  /// `count KIND …`: the indexed count when it can, else a grouped plan.
  mutating func check(_ query: CountQuery) throws(QueryError) -> Plan {
    let kind = try resolveKind(query.kind)
    let filter = try query.filter.map { c throws(QueryError) in try check(c, in: kind) }
    var groups: [FieldSpec] = []
    for name in query.groupBy { groups.append(try resolveField(name, in: kind)) }
    if query.distinctField == nil, groups.count <= 1, query.order.isEmpty {
      return .count(kind: kind, filter: filter, groupBy: groups.first, limit: query.limit)
    }
    var counted = AggregateSpec(function: .count, field: nil, distinct: false)
    if let name = query.distinctField {
      counted = AggregateSpec(
        function: .count, field: try resolveField(name, in: kind), distinct: true)
    }
    var plan = AggregatePlan(
      kind: kind, filter: filter, groups: groups,
      columns: groups.indices.map(GroupColumn.group) + [.aggregate(counted)],
      headings: groups.map(\.name) + ["count"], order: [], ranksByCount: true, limit: query.limit)
    plan.order = try orderKeys(query.order, in: &plan)
    return .aggregate(plan)
  }

  /// A list statement with aggregates or `group by`.
  mutating func grouped(_ query: ListQuery, kind: KindSpec) throws(QueryError) -> AggregatePlan {
    let filter = try query.filter.map { c throws(QueryError) in try check(c, in: kind) }
    var groups: [FieldSpec] = []
    for name in query.groupBy { groups.append(try resolveField(name, in: kind)) }
    var plan = AggregatePlan(
      kind: kind, filter: filter, groups: groups, columns: [], headings: [], order: [],
      ranksByCount: false, limit: query.limit)
    if let columns = query.columns {
      for column in columns {
        plan.columns.append(try groupColumn(column.expression, groups: groups, kind: kind))
        plan.headings.append(column.alias?.text ?? heading(of: column.expression, in: plan))
      }
    } else {
      // No columns named: the groups and their counts, as `count … group by` gives.
      plan.columns = groups.indices.map(GroupColumn.group)
      plan.columns.append(.aggregate(AggregateSpec(function: .count, field: nil, distinct: false)))
      plan.headings = groups.map(\.name) + ["count"]
    }
    plan.order = try orderKeys(query.order, in: &plan)
    return plan
  }

  /// A column's heading: the field's name, or the aggregate as written
  /// with the field's name (`count`, `sum(value)`).
  func heading(of expression: Expression, in plan: AggregatePlan) -> String {
    switch expression {
    case .field(let name):
      return (try? resolveField(name, in: plan.kind))?.name ?? name.text
    case .aggregate(let call):
      guard let field = call.field, let spec = try? resolveField(field, in: plan.kind) else {
        return call.heading
      }
      return call.function.rawValue + "(" + (call.distinct ? "distinct " : "") + spec.name + ")"
    }
  }

  /// A column of a grouped statement: a group field, or an aggregate.
  func groupColumn(_ expression: Expression, groups: [FieldSpec], kind: KindSpec)
    throws(QueryError) -> GroupColumn
  {
    switch expression {
    case .field(let name):
      let field = try resolveField(name, in: kind)
      guard let index = groups.firstIndex(where: { $0.name == field.name }) else {
        throw .notGrouped(field.name, at: name.span)
      }
      return .group(index)
    case .aggregate(let call):
      return .aggregate(try aggregate(call, in: kind))
    }
  }

  /// An aggregate call, its field resolved and typed.
  func aggregate(_ call: AggregateCall, in kind: KindSpec) throws(QueryError) -> AggregateSpec {
    guard let name = call.field else {
      return AggregateSpec(function: call.function, field: nil, distinct: false)
    }
    let field = try resolveField(name, in: kind)
    if call.function == .sum || call.function == .avg, !field.type.isNumeric {
      throw .notNumeric(
        function: call.function.rawValue, field: field.name, type: field.type.summary,
        at: name.span)
    }
    return AggregateSpec(function: call.function, field: field, distinct: call.distinct)
  }

  /// `order by` keys of a grouped statement, as column indexes. A key may
  /// name a shown column (`count`, an alias), a group field, or an aggregate
  /// not shown, which is then computed as a hidden column.
  func orderKeys(_ keys: [OrderKey], in plan: inout AggregatePlan) throws(QueryError)
    -> [SortKey<Int>]
  {
    var order: [SortKey<Int>] = []
    for key in keys {
      order.append(
        SortKey(term: try orderColumn(key.expression, in: &plan), descending: key.descending))
    }
    return order
  }

  func orderColumn(_ expression: Expression, in plan: inout AggregatePlan) throws(QueryError)
    -> Int
  {
    if case .field(let name) = expression,
      let shown = plan.headings.firstIndex(where: { $0.lowercased() == name.text.lowercased() })
    {
      return shown
    }
    let column = try groupColumn(expression, groups: plan.groups, kind: plan.kind)
    for (index, existing) in plan.columns.enumerated() {
      switch (existing, column) {
      case (.group(let a), .group(let b)) where a == b: return index
      case (.aggregate(let a), .aggregate(let b)) where a.isSame(as: b): return index
      default: continue
      }
    }
    plan.columns.append(column)
    return plan.columns.count - 1
  }
}
