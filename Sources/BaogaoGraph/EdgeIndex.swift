// EdgeIndex.swift: the edges of a graph by the node they leave and the node
// they enter, for `show`. The graph stores each edge once (`Graph.edges`);
// this index holds positions in it, four bytes an edge and a node each way,
// and is built on first use: loading 1,000 reports kept two dictionaries of
// copied edges (three copies of every edge, some 90 MB) that only `show` reads.

/// Positions of edges in `Graph.edges`, grouped by node, in edge order
/// (compressed sparse rows: a node's edges are `edges[start[n]..<start[n+1]]`).
struct EdgeIndex: Sendable {
  private let outStart: [Int32]
  private let outEdges: [Int32]
  private let inStart: [Int32]
  private let inEdges: [Int32]
  /// The number of the first node of each kind (NodeKind.allCases order).
  private let kindStart: [NodeKind: Int]

  init(_ graph: Graph) {
    var kindStart: [NodeKind: Int] = [:]
    var nodes = 0
    for kind in NodeKind.allCases {
      kindStart[kind] = nodes
      nodes += graph.count(of: kind)
    }
    self.kindStart = kindStart
    func number(_ id: String) -> Int? {
      guard let ref = graph.byID[id], let start = kindStart[ref.kind] else { return nil }
      return start + ref.index
    }
    let ends = graph.edges.indices.map { i in
      IdleThread.checkpoint(at: i)
      return (from: number(graph.edges[i].from), to: number(graph.edges[i].to))
    }
    (outStart, outEdges) = EdgeIndex.rows(nodes: nodes, ends.map(\.from))
    (inStart, inEdges) = EdgeIndex.rows(nodes: nodes, ends.map(\.to))
  }

  /// Edge positions grouped by the node at one end (nil: not a node).
  private static func rows(nodes: Int, _ ends: [Int?]) -> (start: [Int32], edges: [Int32]) {
    var start = [Int32](repeating: 0, count: nodes + 1)
    for case let node? in ends { start[node + 1] += 1 }
    for n in 0..<nodes { start[n + 1] += start[n] }
    var next = start
    var edges = [Int32](repeating: 0, count: Int(start[nodes]))
    for (position, end) in ends.enumerated() {
      guard let node = end else { continue }
      edges[Int(next[node])] = Int32(position)
      next[node] += 1
    }
    return (start, edges)
  }

  /// Positions of the edges leaving the node.
  func outgoing(_ ref: NodeRef) -> ArraySlice<Int32> { row(ref, outStart, outEdges) }

  /// Positions of the edges entering the node.
  func incoming(_ ref: NodeRef) -> ArraySlice<Int32> { row(ref, inStart, inEdges) }

  private func row(_ ref: NodeRef, _ start: [Int32], _ edges: [Int32]) -> ArraySlice<Int32> {
    guard let first = kindStart[ref.kind] else { return [] }
    let node = first + ref.index
    guard node + 1 < start.count else { return [] }
    return edges[Int(start[node])..<Int(start[node + 1])]
  }
}
