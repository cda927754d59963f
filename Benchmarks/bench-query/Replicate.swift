// Replicate.swift: a graph of N copies of one ingested report, built by
// renumbering ids rather than ingesting N times (ingest of 1,000 reports takes
// minutes and is not what the benchmark measures).
import BaogaoGraph

enum Replicate {
  /// `copies` copies of `graph`, report ids `ID-k`, node ids renumbered so that
  /// they stay unique (`T5` of copy k becomes `T(5 + k·count)`).
  static func graph(_ graph: Graph, copies: Int) -> Graph {
    var b = GraphBuilder()
    let counts: [Character: Int] = [
      "S": graph.sections.count, "I": graph.indicators.count, "T": graph.targets.count,
      "P": graph.places.count, "J": graph.projects.count, "O": graph.organizations.count,
      "C": graph.reconciliations.count, "X": graph.junk.count,
    ]
    for k in 0..<copies {
      func id(_ old: String) -> String {
        guard let prefix = old.first, let count = counts[prefix], let n = Int(old.dropFirst())
        else { return old }
        return String(prefix) + String(n + k * count)
      }
      func report(_ old: String) -> String { old + "-" + String(k + 1) }
      for var r in graph.reports {
        r.id = report(r.id)
        b.reports.append(r)
      }
      for var s in graph.sections {
        (s.id, s.report, s.parent) = (id(s.id), report(s.report), s.parent.map(id))
        b.sections.append(s)
      }
      for var i in graph.indicators {
        (i.id, i.report, i.section) = (id(i.id), report(i.report), id(i.section))
        b.indicators.append(i)
      }
      for var t in graph.targets {
        (t.id, t.report, t.section) = (id(t.id), report(t.report), id(t.section))
        (t.indicators, t.projects, t.places) = (
          t.indicators.map(id), t.projects.map(id), t.places.map(id)
        )
        b.targets.append(t)
      }
      for var p in graph.places {
        (p.id, p.report) = (id(p.id), report(p.report))
        b.places.append(p)
      }
      for var j in graph.projects {
        (j.id, j.report, j.places) = (id(j.id), report(j.report), j.places.map(id))
        b.projects.append(j)
      }
      for var o in graph.organizations {
        (o.id, o.report) = (id(o.id), report(o.report))
        b.organizations.append(o)
      }
      for var x in graph.junk {
        (x.id, x.report) = (id(x.id), report(x.report))
        b.junk.append(x)
      }
      for e in graph.edges { b.edges.append(Edge(from: id(e.from), to: id(e.to), rel: e.rel)) }
    }
    return b.build()
  }
}
