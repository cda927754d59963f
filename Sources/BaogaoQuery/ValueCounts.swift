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
  /// is their values.
  static func counts(of spec: FieldSpec, in kindSpec: KindSpec, graph: Graph) -> [ValueCount] {
    graph.memo.value("ValueCounts.\(kindSpec.name).\(spec.name)") { () -> [ValueCount] in
      var counts: [String: Int] = [:]
      var order: [String] = []
      for row in 0..<kindSpec.count(graph) {
        for text in Schema.texts(of: spec, row: row, in: graph) where !text.isEmpty {
          if counts[text] == nil { order.append(text) }
          counts[text, default: 0] += 1
        }
      }
      let ranked = order.enumerated().sorted { a, b in
        let (ca, cb) = (counts[a.element] ?? 0, counts[b.element] ?? 0)
        return ca != cb ? ca > cb : a.offset < b.offset
      }
      return ranked.map { ValueCount(value: $0.element, count: counts[$0.element] ?? 0) }
    }
  }
}

/// One value and its count, Sendable for the graph's memo.
struct ValueCount: Sendable, Hashable {
  var value: String
  var count: Int
}
