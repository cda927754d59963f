// SchemaKinds.swift: the table of kinds and fields, one row per field.
// Field names and values are the export's (CONTRACT.md, BaogaoGraph/Nodes.swift);
// each row's role says whether a query shows it by default (`.column`), the
// export and `show` write it (`.column`, `.exported`) or it is there only to
// be named (`.extra`). Relations compare with the linked nodes' names (Links.swift).
import BaogaoGraph

extension Schema {
  /// Every kind of the language, in the order `.schema` lists them.
  static let kinds: [KindSpec] = [
    KindSpec(
      name: "reports", aliases: ["report"], nodeKind: .report,
      fields: [
        .text("id", suggests: false) { g, i in g.reports[i].id },
        .text("title") { g, i in g.reports[i].title },
        .text("place") { g, i in g.reports[i].place },
        .integer("year") { g, i in g.reports[i].year },
        .text("source", suggests: false) { g, i in g.reports[i].source },
        .text("code") { g, i in g.reports[i].identity.code },
        .text("level") { g, i in g.reports[i].identity.level?.rawValue },
        .text("province") { g, i in g.reports[i].identity.province },
        .text("prefecture") { g, i in g.reports[i].identity.prefecture },
        .integer("review_year") { g, i in g.reports[i].identity.reviewYear },
        .text("place_from", role: .exported) { g, i in
          g.reports[i].identity.placeSource?.rawValue
        },
        .text("year_from", role: .exported) { g, i in g.reports[i].identity.yearSource?.rawValue },
        // Itself, so that `report.year` means the same on every kind.
        .report(role: .extra) { g, i in g.reports[i].id },
      ], count: { $0.reports.count }, id: { g, i in g.reports[i].id }),
    KindSpec(
      name: "sections", aliases: ["section"], nodeKind: .section,
      fields: [
        .text("id", suggests: false) { g, i in g.sections[i].id },
        .report { g, i in g.sections[i].report },
        .text("path") { g, i in g.sections[i].path },
        .text("title") { g, i in g.sections[i].title },
        .relation("parent", to: .section) { g, i in g.sections[i].parent },
        .text("area") { g, i in g.sections[i].area },
        // Itself: `sections where section = 二` gives 二 and the sections in it,
        // as `section = 二` does on targets; `text 二` reads them.
        .relation("section", to: .section, role: .extra) { g, i in g.sections[i].id },
        .text("part", role: .exported) { g, i in g.sections[i].part?.rawValue },
        .text("kind", role: .exported) { g, i in g.sections[i].kind.rawValue },
        .integer("level", role: .extra) { g, i in g.sections[i].level },
      ], count: { $0.sections.count },
      id: { g, i in g.sections[i].id }),
    KindSpec(
      name: "indicators", aliases: ["indicator", "figures", "figure"], nodeKind: .indicator,
      fields: [
        .text("id", suggests: false) { g, i in g.indicators[i].id },
        .report { g, i in g.indicators[i].report },
        .relation("section", to: .section) { g, i in g.indicators[i].section },
        .text("name") { g, i in g.indicators[i].name },
        .number("value") { g, i in g.indicators[i].value },
        .text("unit") { g, i in g.indicators[i].unit },
        .text("kind") { g, i in g.indicators[i].kind.rawValue },
        .list("qualifiers", aliases: ["qualifier"]) { g, i in g.indicators[i].qualifiers },
        .text("part") { g, i in g.indicators[i].part.rawValue },
        .text("span", suggests: false) { g, i in g.indicators[i].span },
        .text("place") { g, i in g.indicators[i].place },
        .number("upper", role: .exported) { g, i in g.indicators[i].upper },
        .text("sentence", role: .extra, suggests: false) { g, i in g.indicators[i].sentence },
        .text("indicator") { g, i in g.indicators[i].measure.indicator },
        .text("scope") { g, i in g.indicators[i].measure.scope },
        .text("direction") { g, i in g.indicators[i].measure.direction?.rawValue },
        .number("amount") { g, i in g.indicators[i].measure.amount },
        .text("base_unit", role: .exported) { g, i in g.indicators[i].measure.baseUnit },
        .bool("main", role: .extra) { g, i in mainIndicators(in: g).contains(g.indicators[i].id) },
      ], count: { $0.indicators.count },
      id: { g, i in g.indicators[i].id }),
    KindSpec(
      name: "targets", aliases: ["target"], nodeKind: .target,
      fields: [
        .text("id", suggests: false) { g, i in g.targets[i].id },
        .report { g, i in g.targets[i].report },
        .relation("section", to: .section) { g, i in g.targets[i].section },
        .text("area") { g, i in g.targets[i].area },
        .text("span", suggests: false) { g, i in g.targets[i].span },
        .bool("main") { g, i in g.targets[i].main },
        .relations("indicators", to: .indicator, aliases: ["indicator", "figures", "figure"]) {
          g, i in g.targets[i].indicators
        },
        .text("verb") { g, i in g.targets[i].verb },
        .relations("projects", to: .project, aliases: ["project"]) { g, i in g.targets[i].projects
        },
        .relations("places", to: .place, aliases: ["place"]) { g, i in g.targets[i].places },
        .text("sentence", role: .extra, suggests: false) { g, i in g.targets[i].sentence },
        .text("name", role: .exported) { g, i in g.targets[i].name },
        .list("qualifiers", aliases: ["qualifier"], role: .exported) { g, i in
          g.targets[i].qualifiers
        },
      ], count: { $0.targets.count },
      id: { g, i in g.targets[i].id }),
    KindSpec(
      name: "places", aliases: ["place"], nodeKind: .place,
      fields: [
        .text("id", suggests: false) { g, i in g.places[i].id },
        .report { g, i in g.places[i].report },
        .text("name") { g, i in g.places[i].name },
        .text("type") { g, i in g.places[i].type.rawValue },
        .integer("mentions") { g, i in g.places[i].mentions },
        .text("parent", role: .exported) { g, i in g.places[i].parent },
        .relations("projects", to: .project, role: .extra, aliases: ["project"]) { g, i in
          Links.projects(ofPlace: g.places[i].id, in: g)
        },
        .relations("targets", to: .target, role: .extra, aliases: ["target"]) { g, i in
          Links.targets(ofPlace: g.places[i].id, in: g)
        },
      ], count: { $0.places.count },
      id: { g, i in g.places[i].id }),
    KindSpec(
      name: "projects", aliases: ["project"], nodeKind: .project,
      fields: [
        .text("id", suggests: false) { g, i in g.projects[i].id },
        .report { g, i in g.projects[i].report },
        .text("name") { g, i in g.projects[i].name },
        .text("kind") { g, i in g.projects[i].kind },
        .relations("places", to: .place, aliases: ["place"]) { g, i in g.projects[i].places },
        .text("status") { g, i in g.projects[i].status },
        .integer("mentions", role: .extra) { g, i in g.projects[i].mentions },
        .relations("targets", to: .target, role: .extra, aliases: ["target"]) { g, i in
          Links.targets(ofProject: g.projects[i].id, in: g)
        },
      ], count: { $0.projects.count },
      id: { g, i in g.projects[i].id }),
    KindSpec(
      name: "organizations",
      aliases: ["organization", "organisations", "organisation", "orgs", "org"],
      nodeKind: .organization,
      fields: [
        .text("id", suggests: false) { g, i in g.organizations[i].id },
        .report { g, i in g.organizations[i].report },
        .text("name") { g, i in g.organizations[i].name },
        .text("type", role: .exported) { g, i in g.organizations[i].type },
        .integer("mentions", role: .extra) { g, i in g.organizations[i].mentions },
      ], count: { $0.organizations.count },
      id: { g, i in g.organizations[i].id }),
    KindSpec(
      name: "reconciliations", aliases: ["reconciliation"], nodeKind: .reconciliation,
      fields: [
        .text("id", suggests: false) { g, i in g.reconciliations[i].id },
        .relation("target", to: .target, role: .exported) { g, i in g.reconciliations[i].target },
        .relation("result", to: .indicator, role: .exported) { g, i in
          g.reconciliations[i].result
        },
        .relation("figure", to: .indicator, role: .exported) { g, i in
          g.reconciliations[i].figure
        },
        .text("place") { g, i in g.reconciliations[i].place },
        .integer("year") { g, i in g.reconciliations[i].year },
        .text("indicator") { g, i in g.reconciliations[i].indicator },
        .text("scope") { g, i in g.reconciliations[i].scope },
        .text("planned", suggests: false) { g, i in g.reconciliations[i].planned },
        .text("outcome", suggests: false) { g, i in g.reconciliations[i].outcome },
        .number("gap") { g, i in g.reconciliations[i].gap },
        .text("verdict") { g, i in g.reconciliations[i].verdict.rawValue },
        .report(role: .extra) { g, i in g.target(id: g.reconciliations[i].target)?.report },
      ], count: { $0.reconciliations.count }, id: { g, i in g.reconciliations[i].id }),
    KindSpec(
      name: "junk", aliases: [], nodeKind: .junk,
      fields: [
        .text("id", suggests: false) { g, i in g.junk[i].id },
        .report { g, i in g.junk[i].report },
        .text("text", suggests: false) { g, i in g.junk[i].text },
        .text("reason") { g, i in g.junk[i].reason.rawValue },
        .integer("line") { g, i in g.junk[i].line },
      ], count: { $0.junk.count },
      id: { g, i in g.junk[i].id }),
  ]
}

extension FieldSpec {
  /// The report a node belongs to: its id, and the link that `report.place`,
  /// `report.year`, `report.level`, `report.code` … read through (FieldPath).
  static func report(
    role: FieldRole = .column, _ get: @escaping @Sendable (Graph, Int) -> String?
  ) -> FieldSpec {
    var field = FieldSpec(
      name: "report", aliases: [], type: .text, role: role, suggestsValues: true,
      value: { g, i in get(g, i).map(Value.string) ?? .null }, names: nil, link: .report)
    field.text = get
    return field
  }

  /// A text field; nil reads as null.
  static func text(
    _ name: String, role: FieldRole = .column, suggests: Bool = true,
    _ get: @escaping @Sendable (Graph, Int) -> String?
  ) -> FieldSpec {
    var field = FieldSpec(
      name: name, aliases: [], type: .text, role: role, suggestsValues: suggests,
      value: { g, i in get(g, i).map(Value.string) ?? .null }, names: nil)
    field.text = get
    return field
  }

  /// A number field; nil reads as null.
  static func number(
    _ name: String, role: FieldRole = .column, _ get: @escaping @Sendable (Graph, Int) -> Double?
  ) -> FieldSpec {
    FieldSpec(
      name: name, aliases: [], type: .number, role: role, suggestsValues: false,
      value: { g, i in get(g, i).map(Value.number) ?? .null }, names: nil)
  }

  /// A whole-number field (a year, a count); nil reads as null.
  static func integer(
    _ name: String, role: FieldRole = .column, _ get: @escaping @Sendable (Graph, Int) -> Int?
  ) -> FieldSpec {
    var field = number(name, role: role) { g, i in get(g, i).map(Double.init) }
    field.isWholeNumber = true
    return field
  }

  static func bool(
    _ name: String, role: FieldRole = .column, _ get: @escaping @Sendable (Graph, Int) -> Bool
  ) -> FieldSpec {
    FieldSpec(
      name: name, aliases: [], type: .bool, role: role, suggestsValues: false,
      value: { g, i in .bool(get(g, i)) }, names: nil)
  }

  static func list(
    _ name: String, aliases: [String], role: FieldRole = .column,
    _ get: @escaping @Sendable (Graph, Int) -> [String]
  ) -> FieldSpec {
    FieldSpec(
      name: name, aliases: aliases, type: .list, role: role, suggestsValues: true,
      value: { g, i in .list(get(g, i).map(Value.string)) }, names: nil)
  }

  /// A link to one node: its id in the export, its label in a result,
  /// compared with its names.
  static func relation(
    _ name: String, to kind: NodeKind, role: FieldRole = .column,
    _ get: @escaping @Sendable (Graph, Int) -> String?
  ) -> FieldSpec {
    var field = FieldSpec(
      name: name, aliases: [], type: .relation(kind), role: role, suggestsValues: true,
      value: { g, i in get(g, i).map(Value.string) ?? .null },
      names: { g, i in get(g, i).map { Links.names(of: $0, kind: kind, in: g) } ?? [] },
      link: kind, shown: { g, i in get(g, i).map { Labels.label(of: $0, in: g) } ?? .null })
    field.labelsLinks = true
    field.linkIDs = { g, i in get(g, i).map { [$0] } ?? [] }
    return field
  }

  /// Links to several nodes: ids in the export, labels in a result,
  /// compared with their names.
  static func relations(
    _ name: String, to kind: NodeKind, role: FieldRole = .column, aliases: [String],
    _ get: @escaping @Sendable (Graph, Int) -> [String]
  ) -> FieldSpec {
    var field = FieldSpec(
      name: name, aliases: aliases, type: .relations(kind), role: role,
      suggestsValues: true, value: { g, i in .list(get(g, i).map(Value.string)) },
      names: { g, i in get(g, i).flatMap { Links.names(of: $0, kind: kind, in: g) } },
      link: kind, shown: { g, i in .list(get(g, i).map { Labels.label(of: $0, in: g) }) })
    field.labelsLinks = true
    field.linkIDs = get
    return field
  }
}
