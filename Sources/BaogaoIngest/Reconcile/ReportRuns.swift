// ReportRuns.swift: where each report's nodes sit in one of a builder's
// arrays (its indicators, its targets), for Reconcile.swift. Ingest appends a
// report's nodes together, so they are found run by run: the report's id is
// hashed once a run, not once a node, and equal ids of one report share their
// storage, so comparing neighbours is cheap.

struct ReportRuns {
  /// The runs in array order: a report's id and the positions of its nodes.
  private(set) var runs: [(report: String, range: Range<Int>)] = []
  /// The runs of each report (a report whose nodes were appended twice has two).
  private var runsOf: [String: [Int]] = [:]

  init<Node>(_ nodes: [Node], report: (Node) -> String) {
    var start = 0
    while start < nodes.count {
      let id = report(nodes[start])
      var end = start + 1
      while end < nodes.count && report(nodes[end]) == id { end += 1 }
      runsOf[id, default: []].append(runs.count)
      runs.append((id, start..<end))
      start = end
    }
  }

  /// The positions of the report's nodes, in array order.
  func positions(of report: String) -> [Int] {
    (runsOf[report] ?? []).flatMap { runs[$0].range }
  }
}
