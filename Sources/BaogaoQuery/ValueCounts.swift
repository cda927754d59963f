// ValueCounts.swift: how often each value of a field occurs, for the shell's
// completion lists ("城市建设 (39)"). The same texts as Schema.values (for
// links, the linked nodes' names), in the same order, with their counts;
// computed once per graph and field.
import BaogaoGraph

extension Schema {
  /// Distinct values of a field with their counts, most frequent first (ties
  /// in order of first appearance). Empty for an unknown kind or field.
  public static func valueCounts(ofField field: String, kind: String, in graph: Graph)
    -> [(value: String, count: Int)]
  {
    guard let kindSpec = Schema.kind(named: kind), let spec = kindSpec.field(named: field) else {
      return []
    }
    return counts(of: spec, in: kindSpec, graph: graph).map { ($0.value, $0.count) }
  }

  /// The counts of one field, memoised per graph; FieldIndex.distinctValues
  /// is their values. Read off the field's column: a pass over integer codes.
  static func counts(of spec: FieldSpec, in kindSpec: KindSpec, graph: Graph) -> [ValueCount] {
    graph.memo.value(countsKey(spec, kindSpec)) { () -> [ValueCount] in
      let column = FieldIndex.column(of: spec, in: kindSpec, graph: graph)
      var counts = [Int](repeating: 0, count: column.raw.count)
      for code in column.codes { counts[Int(code)] += 1 }
      // Raw codes are in order of first appearance: ties keep it.
      let ranked = column.raw.indices.filter { !column.raw[$0].isEmpty }.sorted { a, b in
        counts[a] != counts[b] ? counts[a] > counts[b] : a < b
      }
      return ranked.map { ValueCount(value: column.raw[$0], count: counts[$0]) }
    }
  }
}

/// One value and its count, Sendable for the graph's memo.
struct ValueCount: Sendable, Hashable {
  var value: String
  var count: Int
}
