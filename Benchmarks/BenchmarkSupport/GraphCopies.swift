// GraphCopies.swift: the benchmarks' one way to make a big graph from a few
// reports, without ingesting each copy again (ingest of 1,000 reports takes
// minutes and is not what bench-query and bench-completion measure): every node of a report is copied under a fresh id of the same
// kind (links remapped), and the copy gets its own report id. The value
// distributions, and so the completion lists, are those of real reports.
import BaogaoGraph

public enum GraphCopies {
  /// Appends a copy of `base` (one ingested report) as report `reportID`.
  /// `copies` copies of `graph`, the reports of copy k named `ID-k`.
  public static func graph(_ graph: Graph, copies: Int) -> Graph {
    var builder = GraphBuilder()
    for k in 1...max(1, copies) {
      append(graph, as: (graph.reports.first?.id ?? "report") + "-" + String(k), into: &builder)
    }
    return builder.build()
  }

  /// The same nodes in a new graph, whose memo is empty: no index built yet,
  /// as after a load.
  public static func unindexed(_ graph: Graph) -> Graph {
    Graph(
      reports: graph.reports, sections: graph.sections, indicators: graph.indicators,
      targets: graph.targets, places: graph.places, projects: graph.projects,
      organizations: graph.organizations, reconciliations: graph.reconciliations,
      junk: graph.junk, edges: graph.edges)
  }

  public static func append(_ base: Graph, as reportID: String, into b: inout GraphBuilder) {
    var map: [String: String] = [:]
    func assign(_ ids: [String], _ kind: NodeKind) {
      for id in ids { map[id] = b.newID(kind) }
    }
    assign(base.sections.map(\.id), .section)
    assign(base.indicators.map(\.id), .indicator)
    assign(base.targets.map(\.id), .target)
    assign(base.places.map(\.id), .place)
    assign(base.projects.map(\.id), .project)
    assign(base.organizations.map(\.id), .organization)
    assign(base.reconciliations.map(\.id), .reconciliation)
    assign(base.junk.map(\.id), .junk)
    for report in base.reports { map[report.id] = reportID }
    func m(_ id: String) -> String { map[id] ?? id }

    for var x in base.reports {
      x.id = reportID
      b.reports.append(x)
    }
    for var x in base.sections {
      (x.id, x.report, x.parent) = (m(x.id), reportID, x.parent.map(m))
      b.sections.append(x)
    }
    for var x in base.indicators {
      (x.id, x.report, x.section) = (m(x.id), reportID, m(x.section))
      b.indicators.append(x)
    }
    for var x in base.targets {
      (x.id, x.report, x.section) = (m(x.id), reportID, m(x.section))
      (x.indicators, x.projects, x.places) = (
        x.indicators.map(m), x.projects.map(m), x.places.map(m)
      )
      b.targets.append(x)
    }
    for var x in base.places {
      (x.id, x.report, x.parent) = (m(x.id), reportID, x.parent.map(m))
      b.places.append(x)
    }
    for var x in base.projects {
      (x.id, x.report, x.places) = (m(x.id), reportID, x.places.map(m))
      b.projects.append(x)
    }
    for var x in base.organizations {
      (x.id, x.report) = (m(x.id), reportID)
      b.organizations.append(x)
    }
    for var x in base.reconciliations {
      (x.id, x.target, x.result) = (m(x.id), m(x.target), x.result.map(m))
      b.reconciliations.append(x)
    }
    for var x in base.junk {
      (x.id, x.report) = (m(x.id), reportID)
      b.junk.append(x)
    }
    for var e in base.edges {
      (e.from, e.to) = (m(e.from), m(e.to))
      b.edges.append(e)
    }
  }
}
