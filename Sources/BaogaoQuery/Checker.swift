// Checker.swift: step 3 of the query language.
// Resolves kinds and fields against the schema, types the values, and turns a
// statement into a `Plan`. Every "did you mean" comes from here: kinds and
// fields from the schema, values from the graph (城市建 → 城市建设).
import BaogaoGraph

struct Checker {
  let graph: Graph
  var options = QueryOptions()
  /// Values already checked per field, so that `a = x or a = x …` 100,000 times
  /// searches for a suggestion once.
  var checkedValues: Set<String> = []

  /// Most values of one `in (…)` list checked for a suggestion; a list of
  /// 100,000 unknown words is answered without 100,000 searches.
  static let maxSuggestedValues = 16

  init(graph: Graph, options: QueryOptions = QueryOptions()) {
    self.graph = graph
    self.options = options
  }

  /// statement → plan
  mutating func check(_ statement: Statement) throws(QueryError) -> Plan {
    switch statement {
    case .show(let id):
      return .show(id: id.text, span: id.span)
    case .count(let query):
      return try check(query)
    case .list(let query):
      let kind = try resolveKind(query.kind)
      let aggregates =
        (query.columns ?? []).contains { $0.isAggregate }
        || query.order.contains { $0.expression.isAggregate }
      if aggregates || !query.groupBy.isEmpty { return .aggregate(try grouped(query, kind: kind)) }
      var columns = defaultColumns(of: kind)
      if let chosen = query.columns {
        columns = []
        for column in chosen {
          guard case .field(let name) = column.expression else { continue }
          let field = try resolveField(name, in: kind)
          columns.append(ListColumn(heading: column.alias?.text ?? field.name, field: field))
        }
      }
      let filter = try query.filter.map { c throws(QueryError) in try check(c, in: kind) }
      var order: [SortKey<FieldSpec>] = []
      for key in query.order {
        guard case .field(let name) = key.expression else { continue }
        order.append(SortKey(term: try resolveField(name, in: kind), descending: key.descending))
      }
      return .list(
        ListPlan(
          kind: kind, columns: columns, filter: filter, order: order, limit: query.limit,
          distinct: query.distinct))
    case .reading(let query):
      return .reading(try check(query))
    case .compare(let query):
      return .compare(try check(query))
    case .chart(let query):
      return .chart(try check(query))
    }
  }

  /// The columns a query that names none shows: the export's fields, without
  /// the report column when one report is loaded and the format is a reader's.
  func defaultColumns(of kind: KindSpec) -> [ListColumn] {
    let dropsReport = options.hidesSingleReport && graph.reports.count <= 1
    return kind.defaultColumns.filter { !(dropsReport && $0.name == "report") }.map {
      ListColumn(heading: $0.name, field: $0)
    }
  }

  func resolveKind(_ name: Name) throws(QueryError) -> KindSpec {
    if let kind = Schema.kind(named: name.text) { return kind }
    let names = Schema.kinds.flatMap { [$0.name] + $0.aliases }
    let suggestion = Suggestion.nearest(to: name.text, among: names)
      .flatMap { Schema.kind(named: $0)?.name }
    throw .unknownKind(name.text, suggestion: suggestion, at: name.span)
  }

  /// A field or a field path (`section.path`) of the kind.
  func resolveField(_ name: Name, in kind: KindSpec) throws(QueryError) -> FieldSpec {
    switch FieldPath.resolve(name, in: kind) {
    case .success(let field): return field
    case .failure(let error): throw error
    }
  }

  mutating func check(_ condition: Condition, in kind: KindSpec) throws(QueryError) -> Filter {
    switch condition {
    case .all(let terms):
      var filters: [Filter] = []
      for term in terms { filters.append(try check(term, in: kind)) }
      return .all(filters)
    case .any(let terms):
      var filters: [Filter] = []
      for term in terms { filters.append(try check(term, in: kind)) }
      return .any(filters)
    case .not(let inner):
      return .not(try check(inner, in: kind))
    case .isNull(let name, let negated):
      let ref = FieldRef(kind: kind, field: try resolveField(name, in: kind))
      return negated ? .not(.isNull(ref)) : .isNull(ref)
    case .member(let name, let values, let negated):
      let ref = FieldRef(kind: kind, field: try resolveField(name, in: kind))
      var texts: Set<String> = []
      for (index, value) in values.enumerated() {
        texts.insert(try equalityText(value, ref, suggest: index < Checker.maxSuggestedValues))
      }
      return negated ? .not(.equals(ref, texts)) : .equals(ref, texts)
    case .compare(let name, let op, let value):
      let ref = FieldRef(kind: kind, field: try resolveField(name, in: kind))
      return try compare(ref, op, value)
    }
  }

  mutating func compare(_ ref: FieldRef, _ op: ComparisonOperator, _ value: Literal)
    throws(QueryError)
    -> Filter
  {
    switch op {
    case .contains:
      return .contains(ref, Array(Fold.text(value.text).utf8))
    case .notContains:
      return .not(.contains(ref, Array(Fold.text(value.text).utf8)))
    case .equal, .notEqual:
      let positive: Filter
      if ref.field.type.isNumeric {
        positive = .numeric(ref, .equal, try number(value, ref))
      } else {
        positive = .equals(ref, [try equalityText(value, ref, suggest: true)])
      }
      return op == .equal ? positive : .not(positive)
    case .less, .lessEqual, .greater, .greaterEqual:
      if ref.field.type.isNumeric { return .numeric(ref, op, try number(value, ref)) }
      return .ordered(ref, op, Fold.text(value.text))
    }
  }

  /// A literal as a finite number, for a number field.
  func number(_ value: Literal, _ ref: FieldRef) throws(QueryError) -> Double {
    // Only the grammar's numbers: Double also reads `0x10` (16), `nan` and
    // `inf`, which the language does not have.
    guard Lexer.isNumber(Array(value.text.utf8)[...]), let number = Double(value.text) else {
      throw .typeMismatch(value.text, field: ref.field.name, expected: "a number", at: value.span)
    }
    // Double("1e400") is infinity: no field holds it, and ordering by it is meaningless.
    guard number.isFinite else { throw .numberOutOfRange(value.text, at: value.span) }
    return number
  }

  /// Words a bool field accepts, and what they mean.
  static let boolWords: [String: Bool] = [
    "true": true,  // main = true
    "false": false,
    "yes": true,
    "no": false,
    "1": true,
    "0": false,
    "是": true,  // 是 / 否, as a Chinese user would answer
    "否": false,
  ]

  /// The folded text `=` compares with. When no row has it but a near value
  /// exists, the user most likely mistyped: say so instead of answering nothing.
  mutating func equalityText(_ value: Literal, _ ref: FieldRef, suggest: Bool) throws(QueryError)
    -> String
  {
    if ref.field.type == .bool {
      guard let flag = Checker.boolWords[Fold.text(value.text)] else {
        throw .typeMismatch(
          value.text, field: ref.field.name, expected: "true or false", at: value.span)
      }
      return flag ? "true" : "false"
    }
    if ref.field.type.isNumeric {
      // Rows hold numbers as `Value.format` writes them: 8.0 and 8 are both "8".
      return Value.format(try number(value, ref))
    }
    if value.isNumber, let number = Double(value.text), !number.isFinite {
      throw .numberOutOfRange(value.text, at: value.span)
    }
    let folded = Fold.text(value.text)
    let key = ref.kind.name + "." + ref.field.name + "=" + folded
    guard suggest, ref.field.suggestsValues, !checkedValues.contains(key) else { return folded }
    checkedValues.insert(key)
    let column = FieldIndex.column(of: ref.field, in: ref.kind, graph: graph)
    guard column.rows(withText: folded) == nil else { return folded }
    let values = FieldIndex.distinctValues(of: ref.field, in: ref.kind, graph: graph)
    if let suggestion = Suggestion.nearest(to: value.text, among: values) {
      throw .unknownValue(
        value.text, field: ref.field.name, kind: ref.kind.name, suggestion: suggestion,
        at: value.span)
    }
    return folded
  }
}
