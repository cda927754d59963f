// NodeFields.swift: any node of the graph as (field, value) pairs, in the
// export's field order (CONTRACT.md), plus the sentence it was read from.
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
    guard let ref = graph.byID[id] else { return nil }
    kind = ref.kind
    func number(_ n: Double) -> String { Value.format(n) }
    switch ref.kind {
    case .report:
      let r = graph.reports[ref.index]
      fields = [
        ("id", r.id), ("title", r.title), ("place", r.place ?? ""),
        ("year", r.year.map(String.init) ?? ""), ("source", r.source),
      ]
    case .section:
      let s = graph.sections[ref.index]
      fields = [
        ("id", s.id), ("report", s.report), ("path", s.path), ("title", s.title),
        ("parent", s.parent ?? ""), ("area", s.area ?? ""), ("part", s.part?.rawValue ?? ""),
        ("kind", s.kind.rawValue),
      ]
      // A section is shown with its own path, from the top.
      section = s.id
    case .indicator:
      let i = graph.indicators[ref.index]
      fields = [
        ("id", i.id), ("report", i.report), ("section", i.section), ("name", i.name),
        ("value", number(i.value) + (i.upper.map { "–" + number($0) } ?? "")), ("unit", i.unit),
        ("kind", i.kind.rawValue), ("qualifiers", i.qualifiers.joined(separator: ", ")),
        ("part", i.part.rawValue), ("span", i.span), ("place", i.place ?? ""),
      ]
      (sentence, span, section) = (i.sentence, i.span, i.section)
    case .target:
      let t = graph.targets[ref.index]
      fields = [
        ("id", t.id), ("report", t.report), ("section", t.section), ("area", t.area),
        ("span", t.span), ("main", t.main ? "true" : "false"),
        ("indicators", t.indicators.joined(separator: ", ")), ("verb", t.verb ?? ""),
        ("projects", t.projects.joined(separator: ", ")),
        ("places", t.places.joined(separator: ", ")), ("name", t.name),
        ("qualifiers", t.qualifiers.joined(separator: ", ")),
      ]
      (sentence, span, section) = (t.sentence, t.span, t.section)
    case .place:
      let p = graph.places[ref.index]
      fields = [
        ("id", p.id), ("report", p.report), ("name", p.name), ("type", p.type),
        ("mentions", String(p.mentions)), ("parent", p.parent ?? ""),
      ]
      (mentionedName, report) = (p.name, p.report)
    case .project:
      let p = graph.projects[ref.index]
      fields = [
        ("id", p.id), ("report", p.report), ("name", p.name), ("kind", p.kind),
        ("places", p.places.joined(separator: ", ")), ("status", p.status ?? ""),
      ]
      (mentionedName, report) = (p.name, p.report)
    case .organization:
      let o = graph.organizations[ref.index]
      fields = [("id", o.id), ("report", o.report), ("name", o.name), ("type", o.type)]
      (mentionedName, report) = (o.name, o.report)
    case .reconciliation:
      let c = graph.reconciliations[ref.index]
      fields = [
        ("id", c.id), ("target", c.target), ("result", c.result ?? ""), ("verdict", c.verdict),
      ]
    case .junk:
      let j = graph.junk[ref.index]
      fields = [
        ("id", j.id), ("report", j.report), ("text", j.text), ("reason", j.reason),
        ("line", String(j.line)),
      ]
    }
  }
}
