// NodeCandidates.swift: what `show` completes: node ids, and the names of
// reports, places, projects, organisations and indicators (`show 金塘`),
// counted. A 1,000-report graph holds half a million ids: an index of them
// all took 280-430 ms to build on the first Tab, sorting ids in the hash
// order of Graph.byID. Now the index is built from the node arrays, whose ids
// come nearly sorted (prepareValues, at start-up); until it is there, the
// typed word is matched on the fly over the graph's own arrays and only the
// matches are counted and sorted: the same candidates in the same order.
import BaogaoGraph
import BaogaoQuery
import Dispatch

enum NodeCandidates {
  /// Names (in order of first appearance, with how often each occurs) then
  /// ids (shortest first, then in text order) that the word begins, else
  /// those that contain it, else those that contain its characters in order:
  /// the matching of CandidateIndex.
  static func match(_ word: String, in graph: Graph) -> [CompletionCandidate] {
    if let index = graph.memo.existing(key, as: CandidateIndex.self) { return index.match(word) }
    // The index is begun after the scan, not before: begun first, on the
    // other core, it read the whole graph while the scan did, and the two
    // shared the memory's bandwidth and the cache.
    let found = scan(word, in: graph)
    graph.memo.prepare(key) { index(of: graph) }
    return found
  }

  /// `match` without the index: one pass over the node arrays.
  static func scan(_ word: String, in graph: Graph) -> [CompletionCandidate] {
    let needle = FoldedNeedle(word)
    for test in FoldedNeedle.Test.allCases {
      let found = matches(in: graph, passing: needle, test)
      if !found.isEmpty || word.isEmpty { return found }
    }
    return []
  }

  private static let key = "NodeCandidates.index"

  /// Every name and id of the graph's nodes, indexed: built once per graph.
  static func index(of graph: Graph) -> CandidateIndex {
    // The empty word begins every text.
    graph.memo.value(key) { CandidateIndex(matches(in: graph, passing: FoldedNeedle(""), .prefix)) }
  }

  /// Nodes below which the arrays are read on one core.
  static let nodesPerCore = 50_000

  /// Every candidate whose text passes the word's `test`. The names are
  /// read from the node arrays in parts on every core (not on an idle
  /// thread, which has one): a quarter of a million nodes, each read from its
  /// own place in memory. The ids are not read but matched by their runs
  /// (NodeIndex.idRuns, FoldedNeedle.numbers), and only those that pass are
  /// fetched: `show T1` read half a million ids and took 8-13 ms on 1,000
  /// reports, over a Tab's 10 (issue 15). Part p reads the p-th piece of
  /// every array and of the runs; the parts' names are joined kind by kind,
  /// part by part, which keeps the order of first appearance.
  private static func matches(
    in graph: Graph, passing needle: FoldedNeedle, _ test: FoldedNeedle.Test
  ) -> [CompletionCandidate] {
    let cores = IdleThread.isCurrent ? 1 : Processors.online
    let pieces = max(1, min(cores, graph.nodeCount / nodesPerCore))
    // A report's id is read as its name.
    let runs = graph.byID.idRuns.filter { $0.kind != .report }
    let others = graph.byID.idsInNoRun.filter { $0.node.kind != .report }
    let parts = PartSlots<NodeMatches>(count: pieces)
    DispatchQueue.concurrentPerform(iterations: pieces) { part in
      func piece(_ count: Int) -> Range<Int> {
        (count * part / pieces)..<(count * (part + 1) / pieces)
      }
      var found = NodeMatches()
      found.read(graph, piece, passing: needle, test)
      found.read(runs[piece(runs.count)], others[piece(others.count)], graph, needle, test)
      parts.store(found, at: part)
    }
    let found = (0..<pieces).map { parts.take($0) }

    var counts: [String: Int] = [:]
    var order: [String] = []
    for kind in 0..<NodeMatches.kinds {
      for part in found {
        for (i, name) in part.order[kind].enumerated() {
          IdleThread.checkpoint(at: i)
          if counts[name] == nil { order.append(name) }
          counts[name, default: 0] += part.counts[name] ?? 0
        }
      }
    }
    let ids = found.flatMap(\.ids)

    // An id that is also a name (a report's) is offered once, as the name: an
    // id passes exactly when a name of the same text does, which is counted.
    var sorted = ids.filter { counts.isEmpty || counts[$0] == nil }.map {
      (text: $0, length: Completer.length(of: $0))
    }
    // Each kind's ids come numbered (T1, T2, … T10): mostly in this order
    // already, which the sort, a merge of sorted runs, passes through.
    sorted.sort { $0.length != $1.length ? $0.length < $1.length : $0.text < $1.text }

    var candidates = order.map {
      CompletionCandidate($0, count: counts[$0] == 1 ? nil : counts[$0])
    }
    candidates.reserveCapacity(candidates.count + sorted.count)
    for (index, id) in sorted.enumerated()
    where index == 0 || sorted[index - 1].text != id.text {
      IdleThread.checkpoint(at: index)
      // Two nodes with one id are one candidate, as the id names one node.
      candidates.append(CompletionCandidate(id.text))
    }
    return candidates
  }
}

/// The names and ids that pass a test in one part of a graph's node arrays.
private struct NodeMatches {
  /// The kinds whose names are read, in this order.
  static let kinds = 5
  /// How often each name occurs in this part.
  var counts: [String: Int] = [:]
  /// Per kind read, the names first met in this part, in order.
  var order = [[String]](repeating: [], count: kinds)
  var ids: [String] = []

  /// The names of one piece (`piece` of an array's count) of every array.
  mutating func read(
    _ graph: Graph, _ piece: (Int) -> Range<Int>, passing needle: FoldedNeedle,
    _ test: FoldedNeedle.Test
  ) {
    // Each array read in place, a field at a time through a pointer to it:
    // a buffer's subscript copied the whole node, retaining each of its
    // fields (perf: swift_retain_n, a third of the pass), and so did `for
    // place in graph.places`. Names in the order of first appearance.
    read(graph.reports, name: \.id, kind: 0, piece, needle, test)
    read(graph.places, name: \.name, kind: 1, piece, needle, test)
    read(graph.projects, name: \.name, kind: 2, piece, needle, test)
    read(graph.organizations, name: \.name, kind: 3, piece, needle, test)
    read(graph.indicators, name: \.name, kind: 4, piece, needle, test)
  }

  /// The ids of these runs, and these ids in no run, that pass.
  mutating func read(
    _ runs: ArraySlice<NodeIndex.IDRun>, _ others: ArraySlice<(id: String, node: NodeRef)>,
    _ graph: Graph, _ needle: FoldedNeedle, _ test: FoldedNeedle.Test
  ) {
    for (i, run) in runs.enumerated() {
      IdleThread.checkpoint(at: i)
      needle.numbers(after: run.head, in: run.first..<(run.first + run.count), passing: test) {
        ids.append(graph.byID.id(of: run.kind, at: run.start + $0 - run.first))
      }
    }
    for other in others where withUnsafePointer(to: other.id, { Self.passes($0, needle, test) }) {
      ids.append(other.id)
    }
  }

  /// The names of one array's piece that pass.
  @inline(__always) private mutating func read<Node>(
    _ nodes: [Node], name: KeyPath<Node, String>, kind: Int,
    _ piece: (Int) -> Range<Int>, _ needle: FoldedNeedle, _ test: FoldedNeedle.Test
  ) {
    // Where in a node the name lives: read there, the text borrowed. A
    // key path that is no stored property (none is) would be read by copy.
    let stride = MemoryLayout<Node>.stride
    let offset = MemoryLayout<Node>.offset(of: name)
    nodes.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else { return }
      for i in piece(nodes.count) {
        IdleThread.checkpoint(at: i)
        if let offset {
          let text = (base + i * stride + offset).assumingMemoryBound(to: String.self)
          if !text.pointee.isEmpty, Self.passes(text, needle, test) {
            count(name: text.pointee, kind: kind)
          }
        } else if case let text = nodes[i][keyPath: name], !text.isEmpty,
          withUnsafePointer(to: text, { Self.passes($0, needle, test) })
        {
          count(name: text, kind: kind)
        }
      }
    }
  }

  private mutating func count(name: String, kind: Int) {
    if counts[name] == nil { order[kind].append(name) }
    counts[name, default: 0] += 1
  }

  /// Whether the text passes, read in place: a copy retains and releases it.
  @inline(__always) private static func passes(
    _ text: UnsafePointer<String>, _ needle: FoldedNeedle, _ test: FoldedNeedle.Test
  ) -> Bool {
    text.pointee.utf8.withContiguousStorageIfAvailable { needle.passes($0, test) }
      ?? Array(text.pointee.utf8).withUnsafeBufferPointer { needle.passes($0, test) }
  }
}
