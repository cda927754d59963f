// Evaluator.swift: step 4 of the query language.
// A pure function of (graph, plan): picks the rows a filter keeps (through the
// field indexes where it can), orders, limits and projects them into a
// `ResultTable`. No globals, clock or output.
import BaogaoGraph

enum Evaluator {
  /// Largest `limit + offset` for which ordering keeps a small sorted buffer
  /// instead of sorting every row; `order by … limit 10` over 100,000 rows
  /// then costs one pass. Safe to drop: a full sort gives the same rows.
  static let maxTopRows = 64

  /// `previous` is the result before this statement's, for `show #N`.
  static func evaluate(_ plan: Plan, in graph: Graph, previous: ResultTable? = nil)
    throws(QueryError) -> ResultTable
  {
    switch plan {
    case .show(let id, let span):
      return try Show.table(id, span: span, previous: previous, in: graph)
    case .list(let plan):
      return list(plan, in: graph)
    case .aggregate(let plan):
      return Aggregation.table(plan, in: graph)
    case .reading(let plan):
      return try Reading.table(plan, in: graph)
    case .compare(let plan):
      return Comparison.table(plan, in: graph)
    case .chart(let plan):
      return try Charting.table(plan, in: graph, previous: previous)
    case .count(let kind, let filter, let groupBy, let limit):
      let rows = self.rows(of: kind, matching: filter, in: graph)
      guard let field = groupBy else {
        return ResultTable(columns: ["count"], rows: [[.number(Double(rows.count))]])
      }
      return limited(groups(rows, by: field, of: kind, in: graph), limit)
    }
  }

  /// Rows of a kind: filtered, ordered, made distinct, limited, shown.
  static func list(_ plan: ListPlan, in graph: Graph) -> ResultTable {
    let kind = plan.kind
    var rows = self.rows(of: kind, matching: plan.filter, in: graph)
    // `distinct` drops rows after ordering, so the top-N shortcut would keep too few.
    rows = ordered(
      rows, by: plan.order, of: kind, limit: plan.distinct ? nil : plan.limit, in: graph)
    if !plan.distinct { rows = limited(rows, plan.limit) }
    let headings = plan.columns.map(\.heading)
    guard plan.distinct else {
      // The rows are made when read (ResultList.swift).
      let getters = rowGetters(plan.columns, lookup: nil)
      let (id, chosen) = (kind.id, rows)
      return ResultTable(
        columns: headings,
        rows: ResultList(count: chosen.count) { at in getters.map { $0(graph, chosen[at]) } },
        rowIDs: ResultList(count: chosen.count) { at in id(graph, chosen[at]) })
    }
    // `distinct` compares the values, so it makes each row here.
    let getters = rowGetters(plan.columns, lookup: NodeLookup())
    var values: [[Value]] = []
    var ids: [String?] = []
    var seen = Set<[String]>()
    for (index, row) in rows.enumerated() {
      if Cancellation.stops(at: index) { break }
      var shown: [Value] = []
      shown.reserveCapacity(getters.count)
      for get in getters { shown.append(get(graph, row)) }
      if !seen.insert(shown.map { Fold.text($0.text) }).inserted { continue }
      values.append(shown)
      ids.append(kind.id(graph, row))
    }
    return ResultTable(
      columns: headings, rows: limited(values, plan.limit), rowIDs: limited(ids, plan.limit))
  }

  /// Per column, what makes its value of a row. The getters alone: mapping
  /// over the FieldSpecs would copy each spec (names, aliases, closures) once
  /// per row and column. Links are labelled through `lookup` for a pass over
  /// many rows (NodeLookup.swift), which one thread uses; without one (rows
  /// made on demand, maybe on several threads) each read makes its own.
  static func rowGetters(_ columns: [ListColumn], lookup: NodeLookup?)
    -> [@Sendable (Graph, Int) -> Value]
  {
    columns.map { column -> @Sendable (Graph, Int) -> Value in
      let field = column.field
      guard field.labelsLinks, let kind = field.link else { return field.shown }
      let value = field.value
      if let lookup {
        nonisolated(unsafe) let lookup = lookup
        return { graph, row in
          Labels.labels(of: value(graph, row), kind: kind, lookup: lookup, in: graph)
        }
      }
      return { graph, row in
        Labels.labels(of: value(graph, row), kind: kind, lookup: NodeLookup(), in: graph)
      }
    }
  }

  /// Rows of a kind the filter keeps, ascending.
  static func rows(of kind: KindSpec, matching filter: Filter?, in graph: Graph) -> [Int] {
    guard let filter else { return Array(0..<kind.count(graph)) }
    let candidates = self.candidates(filter, in: graph) ?? Array(0..<kind.count(graph))
    let test = predicate(filter, in: graph)
    var kept: [Int] = []
    for (index, row) in candidates.enumerated() {
      // A filter of many terms over many reports can take minutes: Ctrl-C.
      if Cancellation.stops(at: index) { break }
      if test(row) { kept.append(row) }
    }
    return kept
  }

  /// Rows that may match, from the equality indexes; nil when only a scan can
  /// tell. A superset: every candidate is still tested.
  static func candidates(_ filter: Filter, in graph: Graph) -> [Int]? {
    switch filter {
    case .equals(let ref, let texts):
      let column = FieldIndex.column(of: ref.field, in: ref.kind, graph: graph)
      if texts.count == 1, let text = texts.first { return column.rows(withText: text) ?? [] }
      var rows = Set<Int>()
      for text in texts { rows.formUnion(column.rows(withText: text) ?? []) }
      return rows.sorted()
    case .contains(let ref, let needle):
      // Each distinct text is tested once; only the rows of those that match remain.
      let column = FieldIndex.column(of: ref.field, in: ref.kind, graph: graph)
      return column.rows(matching: column.foldedMatches { Fold.contains($1, needle) })
    case .all(let terms):
      // The smallest candidate set of any term bounds the conjunction.
      var best: [Int]?
      for term in terms {
        if let rows = candidates(term, in: graph), rows.count < (best?.count ?? Int.max) {
          best = rows
        }
      }
      return best
    case .any(let terms):
      var rows = Set<Int>()
      // A repeated `field = value` adds nothing; skipping it keeps a generated
      // query of 100,000 equal terms from adding the same rows 100,000 times.
      var seen = Set<String>()
      for term in terms {
        if case .equals(let ref, let texts) = term, texts.count == 1, let text = texts.first,
          !seen.insert(ref.kind.name + "." + ref.field.name + "=" + text).inserted
        {
          continue
        }
        guard let some = candidates(term, in: graph) else { return nil }
        rows.formUnion(some)
      }
      return rows.sorted()
    default:
      return nil
    }
  }

  /// The filter as a test of one row, with every column it reads looked up
  /// once here rather than once per row.
  static func predicate(_ filter: Filter, in graph: Graph) -> (Int) -> Bool {
    func column(_ ref: FieldRef) -> FieldColumn {
      FieldIndex.column(of: ref.field, in: ref.kind, graph: graph)
    }
    switch filter {
    case .all(let terms):
      let tests = terms.map { predicate($0, in: graph) }
      return { row in tests.allSatisfy { $0(row) } }
    case .any(let terms):
      let tests = terms.map { predicate($0, in: graph) }
      return { row in tests.contains { $0(row) } }
    case .not(let inner):
      let test = predicate(inner, in: graph)
      return { row in !test(row) }
    case .equals(let ref, let texts):
      // The index's own sorted row list, searched: no hashing per row, and no
      // allocation per term, so `a = x or a = x …` 100,000 times stays cheap.
      let column = column(ref)
      let rows: [Int]
      if texts.count == 1, let text = texts.first {
        rows = column.rows(withText: text) ?? []
      } else {
        rows = Array(Set(texts.flatMap { column.rows(withText: $0) ?? [] })).sorted()
      }
      return { row in contains(sorted: rows, row) }
    case .contains(let ref, let needle):
      let column = column(ref)
      let matches = column.foldedMatches { Fold.contains($1, needle) }
      return { row in column.row(row, matches: matches) }
    case .numeric(let ref, let op, let number):
      if ref.field.type == .numbers {
        let lists = FieldIndex.numberLists(of: ref.field, in: ref.kind, graph: graph)
        return { row in lists[row].contains { compare($0, op, number) } }
      }
      let numbers = FieldIndex.numbers(of: ref.field, in: ref.kind, graph: graph)
      return { row in
        guard let x = numbers[row] else { return false }
        return compare(x, op, number)
      }
    case .ordered(let ref, let op, let text):
      let column = column(ref)
      let matches = column.foldedMatches { folded, _ in compare(folded, op, text) }
      return { row in column.row(row, matches: matches) }
    case .isNull(let ref):
      let value = ref.field.value
      return { row in value(graph, row).isEmpty }
    }
  }

  /// Binary search of an ascending list.
  static func contains(sorted rows: [Int], _ row: Int) -> Bool {
    var low = 0
    var high = rows.count
    while low < high {
      let middle = low + (high - low) / 2
      if rows[middle] < row { low = middle + 1 } else { high = middle }
    }
    return low < rows.count && rows[low] == row
  }

  static func compare<T: Comparable>(_ a: T, _ op: ComparisonOperator, _ b: T) -> Bool {
    switch op {
    case .equal: a == b
    case .notEqual: a != b
    case .less: a < b
    case .lessEqual: a <= b
    case .greater: a > b
    case .greaterEqual: a >= b
    case .contains, .notContains: false
    }
  }

  /// Rows in the order of the keys; ties keep graph order.
  static func ordered(
    _ rows: [Int], by keys: [SortKey<FieldSpec>], of kind: KindSpec, limit: Limit?, in graph: Graph
  ) -> [Int] {
    guard !keys.isEmpty else { return rows }
    // One flat array of keys, row after row: one allocation, not one per row.
    // Number fields come from their memoised column, not through the getter.
    var values: [Value] = []
    values.reserveCapacity(rows.count * keys.count)
    let getters: [(Int) -> Value] = keys.map { key in
      if key.term.type == .number {
        let numbers = FieldIndex.numbers(of: key.term, in: kind, graph: graph)
        return { row in numbers[row].map(Value.number) ?? .null }
      }
      if key.term.link != nil, key.term.name != "report" {
        // A link orders by where the linked node stands: sections in the
        // report's order, not by their paths' code points (二 sorts before 三
        // only by chance).
        let get = key.term.value
        return { row in
          guard let id = get(graph, row).texts.first, let ref = graph.byID[id] else { return .null }
          return .number(Double(ref.index))
        }
      }
      let get = key.term.value
      return { row in get(graph, row) }
    }
    for row in rows {
      for get in getters { values.append(get(row)) }
    }
    let width = keys.count
    func precedes(_ a: Int, _ b: Int) -> Bool {
      for (index, key) in keys.enumerated() {
        let (x, y) = (values[a * width + index], values[b * width + index])
        // Empty values go last in either direction, as a reader scanning a top list expects.
        if x.isEmpty != y.isEmpty { return y.isEmpty }
        let order = Value.order(x, y)
        if order != 0 { return key.descending ? order > 0 : order < 0 }
      }
      return a < b
    }
    var positions = Array(rows.indices)
    if let limit, limit.count <= maxTopRows, limit.offset <= maxTopRows {
      // Insertion into a short sorted buffer; same result as the full sort.
      let keep = limit.count + limit.offset
      var top: [Int] = []
      for position in positions {
        if top.count == keep, let last = top.last, !precedes(position, last) { continue }
        let at = top.firstIndex { precedes(position, $0) } ?? top.count
        top.insert(position, at: at)
        if top.count > keep { top.removeLast() }
      }
      positions = top
    } else {
      positions.sort(by: precedes)
    }
    return positions.map { rows[$0] }
  }

  static func limited<T>(_ rows: [T], _ limit: Limit?) -> [T] {
    guard let limit else { return rows }
    let start = min(limit.offset, rows.count)
    let end = start + min(limit.count, rows.count - start)
    return Array(rows[start..<end])
  }

  static func limited(_ table: ResultTable, _ limit: Limit?, keepingIDs: Bool = false)
    -> ResultTable
  {
    func page<T>(_ list: ResultList<T>) -> ResultList<T> {
      limit.map { list.slice(from: $0.offset, count: $0.count) } ?? list
    }
    let rows = page(table.rows)
    return ResultTable(
      columns: table.columns, rows: rows,
      rowIDs: keepingIDs ? page(table.rowIDs) : ResultList(count: rows.count) { _ in nil })
  }

  /// `count … group by field`: one row per value, most rows first, ties in
  /// order of first appearance. A row with several values (a target naming two
  /// places) counts under each; a row with none under null.
  static func groups(_ rows: [Int], by field: FieldSpec, of kind: KindSpec, in graph: Graph)
    -> ResultTable
  {
    switch field.type {
    case .relation, .relations:
      return groupsByScan(rows, by: field, in: graph)
    default:
      return groupsByIndex(rows, by: field, of: kind, in: graph)
    }
  }

  /// Groups of a field with its own values, counted through its index: no
  /// hashing per row. Values that differ only in width or letter case (the
  /// folding of `=`) count as one group, shown as first written.
  static func groupsByIndex(_ rows: [Int], by field: FieldSpec, of kind: KindSpec, in graph: Graph)
    -> ResultTable
  {
    let column = FieldIndex.column(of: field, in: kind, graph: graph)
    var selected = [Bool](repeating: false, count: column.rowCount)
    for row in rows { selected[row] = true }
    var groups: [(value: Value, count: Int, first: Int)] = []
    for (text, members) in zip(column.folded, column.rowsByCode) where !text.isEmpty {
      var count = 0
      var first = Int.max
      for row in members where selected[row] {
        count += 1
        first = min(first, row)
      }
      guard count > 0 else { continue }
      var value = field.value(graph, first)
      if field.type == .list || field.type == .numbers {
        // A list row is in several groups; show the item, not the list.
        value = groupItem(of: field, row: first, folded: text, in: graph)
      }
      groups.append((value, count, first))
    }
    groups.sort { a, b in a.count != b.count ? a.count > b.count : a.first < b.first }
    var table = groups.map { [$0.value, Value.number(Double($0.count))] }
    let empty = rows.count {
      column.foldedCodes(ofRow: $0).allSatisfy { column.folded[Int($0)].isEmpty }
    }
    if empty > 0 { table.append([.null, .number(Double(empty))]) }
    return ResultTable(columns: [field.name, "count"], rows: table)
  }

  /// The item of a list row whose folded text is `folded`, as written.
  static func groupItem(of field: FieldSpec, row: Int, folded: String, in graph: Graph) -> Value {
    guard case .list(let items) = field.value(graph, row) else { return .string(folded) }
    return items.first { Fold.text($0.text) == folded } ?? .string(folded)
  }

  /// Groups of a relation, by the linked nodes' display names.
  static func groupsByScan(_ rows: [Int], by field: FieldSpec, in graph: Graph) -> ResultTable {
    var counts: [Value: Int] = [:]
    var order: [Value] = []
    for (index, row) in rows.enumerated() {
      if Cancellation.stops(at: index) { break }
      var keys = groupKeys(field, row: row, in: graph)
      if keys.isEmpty { keys = [.null] }
      for key in Set(keys) {
        if counts[key] == nil { order.append(key) }
        counts[key, default: 0] += 1
      }
    }
    let ranked = order.enumerated().sorted { a, b in
      // Rows without a value are counted last: they are not a group a reader looks for.
      if (a.element == .null) != (b.element == .null) { return b.element == .null }
      let (ca, cb) = (counts[a.element] ?? 0, counts[b.element] ?? 0)
      return ca != cb ? ca > cb : a.offset < b.offset
    }
    return ResultTable(
      columns: [field.name, "count"],
      rows: ranked.map { [$0.element, .number(Double(counts[$0.element] ?? 0))] })
  }

  /// What a row is grouped under: list items one by one; a linked node by its
  /// display name (a section's path and title, a place's name), not its id.
  static func groupKeys(_ field: FieldSpec, row: Int, in graph: Graph) -> [Value] {
    let value = field.value(graph, row)
    switch field.type {
    case .relation, .relations:
      return value.texts.map { .string(graph.displayName(id: $0) ?? $0) }
    case .list, .numbers:
      if case .list(let items) = value { return items.filter { !$0.isEmpty } }
      return []
    default:
      return value.isEmpty ? [] : [value]
    }
  }
}

extension Value {
  /// True for null, empty text and an empty list: what `is null` finds.
  var isEmpty: Bool {
    switch self {
    case .null: true
    case .string(let s): s.isEmpty
    case .list(let items): items.isEmpty
    default: false
    }
  }

  /// -1, 0 or 1. Empty values after all others, numbers before text, lists by
  /// their first item.
  static func order(_ a: Value, _ b: Value) -> Int {
    if a.isEmpty || b.isEmpty { return a.isEmpty == b.isEmpty ? 0 : (a.isEmpty ? 1 : -1) }
    switch (a, b) {
    case (.number(let x), .number(let y)): return x < y ? -1 : (x > y ? 1 : 0)
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
    case (.list(let x), _): return order(x.first ?? .null, b)
    case (_, .list(let y)): return order(a, y.first ?? .null)
    case (.number, _): return -1
    case (_, .number): return 1
    default:
      let (x, y) = (a.text, b.text)
      return x < y ? -1 : (x > y ? 1 : 0)
    }
  }
}
