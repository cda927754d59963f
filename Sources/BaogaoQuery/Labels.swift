// Labels.swift: how a result shows a linked node. A column of ids (`S5`,
// `I72, P3`) says nothing to a reader; a section reads as its path (`二.(三)`),
// a figure as written (`92.4万平方米以上`), a place or project as its name. The
// id stays selectable: `section.id`, `indicators.id`.
import BaogaoGraph

enum Labels {
  /// Qualifiers written after the number, so they belong to the figure as
  /// written: 92.4万平方米以上, 7%左右 (dinghai-2018: "全年改造92.4万平方米以上").
  /// The others (力争, 确保, 预计 …) stand before the verb and are left out.
  static let trailingQualifiers: [String] = ["以上", "以下", "以内", "左右"]

  /// The label of the node with this id; the id itself for an unknown node.
  static func label(of id: String, in graph: Graph) -> Value {
    label(of: id, at: graph.byID[id], in: graph)
  }

  /// The label of the node with this id found at `ref` (nil: unknown).
  static func label(of id: String, at ref: NodeRef?, in graph: Graph) -> Value {
    guard let ref else { return .string(id) }
    switch ref.kind {
    case .report: return .string(id)
    case .section: return .string(graph.sections[ref.index].path)
    case .indicator: return .string(figure(graph.indicators[ref.index]))
    default: return .string(graph.displayName(of: ref))
    }
  }

  /// A relation's value (ids of `kind` nodes) with each id replaced by its
  /// label: the field's `shown`, read through one lookup for a whole pass.
  static func labels(of value: Value, kind: NodeKind, lookup: NodeLookup, in graph: Graph)
    -> Value
  {
    switch value {
    case .string(let id): label(of: id, at: lookup.ref(of: id, kind: kind, in: graph), in: graph)
    case .list(let items):
      .list(items.map { labels(of: $0, kind: kind, lookup: lookup, in: graph) })
    default: value
    }
  }

  /// A figure as written: its number (a range as `6-7`), unit and trailing
  /// qualifiers. A growth rate that falls carries a minus sign: hebei-2019's
  /// "万元生产总值能耗下降3.6%" is a value of 3.6 as written, but a label of
  /// `3.6%` beside rises would read as one.
  static func figure(_ indicator: Indicator) -> String {
    var text = indicator.kind == .growth && indicator.measure.direction == .down ? "-" : ""
    text += Value.format(indicator.value)
    if let upper = indicator.upper { text += "-" + Value.format(upper) }
    text += indicator.unit
    for qualifier in trailingQualifiers where indicator.qualifiers.contains(qualifier) {
      text += qualifier
    }
    return text
  }
}
