// NodeFields.swift: any node of the graph as (field, value) pairs, the export's
// fields from the schema table (Schema.swift), plus the sentence it was read from.
// `show ID` prints these; list fields name the linked nodes by id.
import BaogaoGraph
import BaogaoQuery

/// The fields of one node, for display.
struct NodeFields {
  var kind: NodeKind
  var fields: [(name: String, value: String)]
  /// The sentence the node was read from, and the span within it, if any.
  var sentence: String?
  var span: String?
  /// The section the node stands in, if any.
  var section: String?
  /// For nodes read from no one sentence (places, projects, organisations):
  /// their name, to find where the report first mentions it.
  var mentionedName: String?
  /// The node's report.
  var report: String?

  init?(id: String, in graph: Graph) {
    guard let ref = graph.byID[id], let kindSpec = Schema.kind(of: ref.kind) else { return nil }
    kind = ref.kind
    // The fields come from the schema table, as the export writes them.
    fields = kindSpec.exportFields.map { ($0.name, $0.value(in: graph, row: ref.index).text) }
    switch ref.kind {
    case .section:
      // A section is shown with its own path, from the top.
      section = graph.sections[ref.index].id
    case .indicator:
      let i = graph.indicators[ref.index]
      (sentence, span, section) = (i.sentence, i.span, i.section)
    case .target:
      let t = graph.targets[ref.index]
      (sentence, span, section) = (t.sentence, t.span, t.section)
    case .place:
      let p = graph.places[ref.index]
      (mentionedName, report) = (p.name, p.report)
    case .project:
      let p = graph.projects[ref.index]
      (mentionedName, report) = (p.name, p.report)
    case .organization:
      let o = graph.organizations[ref.index]
      (mentionedName, report) = (o.name, o.report)
    case .report, .reconciliation, .junk: break
    }
  }
}
