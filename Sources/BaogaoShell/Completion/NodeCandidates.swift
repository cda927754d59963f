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
    graph.memo.prepare(key) { index(of: graph) }
    return scan(word, in: graph)
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

  /// Every candidate whose text passes the word's `test`. The node arrays are read in
  /// parts on every core (not on an idle thread, which has one): half a
  /// million nodes, each read from its own place in memory, took 15-25 ms
  /// on one core, over a Tab's 10 (issue 15). Part p reads the p-th piece
  /// of every array; the parts' names are joined kind by kind, part by
  /// part, which keeps the order of first appearance.
  private static func matches(
    in graph: Graph, passing needle: FoldedNeedle, _ test: FoldedNeedle.Test
  ) -> [CompletionCandidate] {
    let cores = IdleThread.isCurrent ? 1 : Processors.online
    let pieces = max(1, min(cores, graph.nodeCount / nodesPerCore))
    let parts = PartSlots<NodeMatches>(count: pieces)
    DispatchQueue.concurrentPerform(iterations: pieces) { part in
      var found = NodeMatches()
      found.read(graph, part: part, of: pieces, passing: needle, test)
      parts.store(found, at: part)
    }
    let found = (0..<pieces).map { parts.take($0) }

    var counts: [String: Int] = [:]
    var order: [String] = []
    for kind in 0..<NodeMatches.kinds {
      for part in found {
        for name in part.order[kind] {
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
      // Two nodes with one id are one candidate, as the id names one node.
      candidates.append(CompletionCandidate(id.text))
    }
    return candidates
  }
}

/// The names and ids that pass a test in one part of a graph's node arrays.
private struct NodeMatches {
  /// The kinds read, in this order: those with names first.
  static let kinds = 9
  /// How often each name occurs in this part.
  var counts: [String: Int] = [:]
  /// Per kind read, the names first met in this part, in order.
  var order = [[String]](repeating: [], count: kinds)
  var ids: [String] = []

  /// The `part`-th of `pieces` pieces of every array.
  mutating func read(
    _ graph: Graph, part: Int, of pieces: Int,
    passing needle: FoldedNeedle, _ test: FoldedNeedle.Test
  ) {
    func piece(_ count: Int) -> Range<Int> {
      (count * part / pieces)..<(count * (part + 1) / pieces)
    }
    // Each array read in place, a field at a time through a pointer to it:
    // a buffer's subscript copied the whole node, retaining each of its
    // fields (perf: swift_retain_n, a third of the pass), and so did `for
    // place in graph.places`. Names in the order of first appearance.
    read(graph.reports, name: \.id, id: nil, kind: 0, piece, needle, test)
    read(graph.places, name: \.name, id: \.id, kind: 1, piece, needle, test)
    read(graph.projects, name: \.name, id: \.id, kind: 2, piece, needle, test)
    read(graph.organizations, name: \.name, id: \.id, kind: 3, piece, needle, test)
    read(graph.indicators, name: \.name, id: \.id, kind: 4, piece, needle, test)
    read(graph.sections, name: nil, id: \.id, kind: 5, piece, needle, test)
    read(graph.targets, name: nil, id: \.id, kind: 6, piece, needle, test)
    read(graph.reconciliations, name: nil, id: \.id, kind: 7, piece, needle, test)
    read(graph.junk, name: nil, id: \.id, kind: 8, piece, needle, test)
  }

  /// The names and ids of one array's piece that pass.
  @inline(__always) private mutating func read<Node>(
    _ nodes: [Node], name: KeyPath<Node, String>?, id: KeyPath<Node, String>?, kind: Int,
    _ piece: (Int) -> Range<Int>, _ needle: FoldedNeedle, _ test: FoldedNeedle.Test
  ) {
    // Where in a node each text lives: read there, the text borrowed. A
    // key path that is no stored property (none is) would be read by copy.
    let stride = MemoryLayout<Node>.stride
    let nameOffset = name.flatMap { MemoryLayout<Node>.offset(of: $0) }
    let idOffset = id.flatMap { MemoryLayout<Node>.offset(of: $0) }
    nodes.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else { return }
      for i in piece(nodes.count) {
        let node = base + i * stride
        if let nameOffset {
          let text = (node + nameOffset).assumingMemoryBound(to: String.self)
          if !text.pointee.isEmpty, Self.passes(text, needle, test) {
            count(name: text.pointee, kind: kind)
          }
        } else if let name, case let text = nodes[i][keyPath: name], !text.isEmpty,
          withUnsafePointer(to: text, { Self.passes($0, needle, test) })
        {
          count(name: text, kind: kind)
        }
        if let idOffset {
          let text = (node + idOffset).assumingMemoryBound(to: String.self)
          if Self.passes(text, needle, test) { ids.append(text.pointee) }
        } else if let id, case let text = nodes[i][keyPath: id],
          withUnsafePointer(to: text, { Self.passes($0, needle, test) })
        {
          ids.append(text)
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
