// Export.swift: the whole graph as the JSON document of CONTRACT.md.
import BaogaoGraph

public enum Export {
  /// The export document, lists in the contract's order, every list present.
  public static func json(of graph: Graph) -> JSON {
    func s(_ v: String?) -> JSON { v.map(JSON.string) ?? .null }
    func strings(_ v: [String]) -> JSON { .array(v.map(JSON.string)) }
    return .object([
      (
        "reports",
        .array(
          graph.reports.map { r in
            .object([
              ("id", .string(r.id)), ("title", .string(r.title)), ("place", s(r.place)),
              ("year", r.year.map { .number(Double($0)) } ?? .null), ("source", .string(r.source)),
              ("code", s(r.identity.code)), ("level", s(r.identity.level?.rawValue)),
              ("province", s(r.identity.province)), ("prefecture", s(r.identity.prefecture)),
              ("review_year", r.identity.reviewYear.map { .number(Double($0)) } ?? .null),
              ("place_from", s(r.identity.placeSource?.rawValue)),
              ("year_from", s(r.identity.yearSource?.rawValue)),
            ])
          })
      ),
      (
        "sections",
        .array(
          graph.sections.map { x in
            .object([
              ("id", .string(x.id)), ("report", .string(x.report)), ("path", .string(x.path)),
              ("title", .string(x.title)), ("parent", s(x.parent)), ("area", s(x.area)),
              ("part", s(x.part?.rawValue)), ("kind", .string(x.kind.rawValue)),
            ])
          })
      ),
      (
        "indicators",
        .array(
          graph.indicators.map { x in
            .object([
              ("id", .string(x.id)), ("report", .string(x.report)), ("section", .string(x.section)),
              ("name", .string(x.name)), ("value", .number(x.value)), ("unit", .string(x.unit)),
              ("kind", .string(x.kind.rawValue)), ("qualifiers", strings(x.qualifiers)),
              ("part", .string(x.part.rawValue)), ("span", .string(x.span)), ("place", s(x.place)),
              ("upper", x.upper.map(JSON.number) ?? .null),
              ("indicator", s(x.measure.indicator)), ("scope", s(x.measure.scope)),
              ("direction", s(x.measure.direction?.rawValue)),
              ("amount", x.measure.amount.map(JSON.number) ?? .null),
              ("base_unit", s(x.measure.baseUnit)),
            ])
          })
      ),
      (
        "targets",
        .array(
          graph.targets.map { x in
            .object([
              ("id", .string(x.id)), ("report", .string(x.report)), ("section", .string(x.section)),
              ("area", .string(x.area)), ("span", .string(x.span)), ("main", .bool(x.main)),
              ("indicators", strings(x.indicators)), ("verb", s(x.verb)),
              ("projects", strings(x.projects)), ("places", strings(x.places)),
            ])
          })
      ),
      (
        "places",
        .array(
          graph.places.map { x in
            .object([
              ("id", .string(x.id)), ("report", .string(x.report)), ("name", .string(x.name)),
              ("type", .string(x.type)), ("mentions", .number(Double(x.mentions))),
              ("parent", s(x.parent)),
            ])
          })
      ),
      (
        "projects",
        .array(
          graph.projects.map { x in
            .object([
              ("id", .string(x.id)), ("report", .string(x.report)), ("name", .string(x.name)),
              ("kind", .string(x.kind)), ("places", strings(x.places)), ("status", s(x.status)),
            ])
          })
      ),
      (
        "organizations",
        .array(
          graph.organizations.map { x in
            .object([
              ("id", .string(x.id)), ("report", .string(x.report)), ("name", .string(x.name)),
              ("type", .string(x.type)),
            ])
          })
      ),
      (
        "reconciliations",
        .array(
          graph.reconciliations.map { x in
            .object([
              ("id", .string(x.id)), ("target", .string(x.target)), ("result", s(x.result)),
              ("verdict", .string(x.verdict)),
            ])
          })
      ),
      (
        "junk",
        .array(
          graph.junk.map { x in
            .object([
              ("id", .string(x.id)), ("report", .string(x.report)), ("text", .string(x.text)),
              ("reason", .string(x.reason)), ("line", .number(Double(x.line))),
            ])
          })
      ),
      (
        "edges",
        .array(
          graph.edges.map { e in
            .object([("from", .string(e.from)), ("to", .string(e.to)), ("rel", .string(e.rel))])
          })
      ),
    ])
  }
}
