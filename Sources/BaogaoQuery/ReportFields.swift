// ReportFields.swift: the fields every kind has through its report:
// `report.place`, `report.year`, `report.level`, `report.province`,
// `report.code` (and `report.prefecture`), so that figures and targets of many
// reports filter, order and group by who made them. Each is the report's own
// field read through the node's `report` id; a general path mechanism
// (`section.path`) can take them over as one case.
import BaogaoGraph

extension Schema {
  /// The report fields as a kind whose rows name their report by id has them.
  static func reportFields(_ reportOf: @escaping @Sendable (Graph, Int) -> String?) -> [FieldSpec] {
    @Sendable func report(_ g: Graph, _ i: Int) -> Report? {
      guard let id = reportOf(g, i), let ref = g.byID[id], ref.kind == .report else { return nil }
      return g.reports[ref.index]
    }
    return [
      .text("report.place", role: .extra) { g, i in report(g, i)?.place },
      .number("report.year", role: .extra) { g, i in report(g, i)?.year.map(Double.init) },
      .text("report.level", role: .extra) { g, i in report(g, i)?.identity.level?.rawValue },
      .text("report.province", role: .extra) { g, i in report(g, i)?.identity.province },
      .text("report.prefecture", role: .extra) { g, i in report(g, i)?.identity.prefecture },
      .text("report.code", role: .extra) { g, i in report(g, i)?.identity.code },
    ]
  }

  /// The report fields of a report itself (`reports where report.year = 2016`
  /// reads like the same query on any other kind).
  static let reportSelfFields: [FieldSpec] = reportFields { g, i in g.reports[i].id }

  /// Ids of the indicators that items of a main-targets list measure.
  static func mainIndicators(in graph: Graph) -> Set<String> {
    graph.memo.value("Schema.mainIndicators") { () -> Set<String> in
      Set(graph.targets.lazy.filter(\.main).flatMap(\.indicators))
    }
  }
}
