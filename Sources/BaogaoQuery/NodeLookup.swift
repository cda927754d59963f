// NodeLookup.swift: the node an id names, for a pass over many rows (a listing
// of 43,000 targets labels some 130,000 links). Graph.byID hashes the id and
// misses the cache in a table of every node: most of such a listing. Links
// from one row to the next mostly point into one report, whose nodes of a
// kind stand in one run of their array, numbered as their ids (`T7` after
// `T6`): the node is guessed from the id's number and the offset of the last
// one found, and the guess checked against the node's own id. A wrong guess
// costs one look-up in byID, the answer it would have given anyway (ids are
// unique in a graph).
import BaogaoGraph

/// Not shared across threads: one pass makes its own.
final class NodeLookup {
  /// Per kind (NodeKind.allCases order), index minus number of the last node
  /// found. Unchecked: one thread uses a lookup, and the run-time check of
  /// each access cost as much as the rest of the guess.
  @exclusivity(unchecked) private var offsets = [Int](repeating: -1, count: NodeKind.allCases.count)

  init() {}

  /// Where the node with this id lives in `graph` (always the same one);
  /// `kind` is the kind it is expected to be of (a link's). The graph is
  /// passed, not kept: reading it from a stored property copied it, retaining
  /// each of its arrays, on every call.
  func ref(of id: String, kind: NodeKind, in graph: Graph) -> NodeRef? {
    guard let number = NodeLookup.number(ending: id) else { return graph.byID[id] }
    let slot = kind.slot
    let guess = offsets[slot] + number
    if guess >= 0, guess < graph.count(of: kind), graph.id(of: kind, at: guess) == id {
      return NodeRef(kind: kind, index: guess)
    }
    guard let ref = graph.byID[id] else { return nil }
    if ref.kind == kind { offsets[slot] = ref.index - number }
    return ref
  }

  /// The decimal number an id ends with (`7` of `hailaer-2016:T7`), nil if none.
  static func number(ending id: String) -> Int? {
    let found = id.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var number = 0
      var scale = 1
      var i = bytes.count - 1
      while i >= 0, bytes[i] >= 48, bytes[i] <= 57, scale < 1_000_000_000_000 {
        number += Int(bytes[i] - 48) * scale
        scale *= 10
        i -= 1
      }
      return scale > 1 ? number : nil
    }
    return found ?? nil
  }
}

extension NodeKind {
  /// Position in `allCases`, for tables by kind.
  var slot: Int {
    switch self {
    case .report: 0
    case .section: 1
    case .indicator: 2
    case .target: 3
    case .place: 4
    case .project: 5
    case .organization: 6
    case .reconciliation: 7
    case .junk: 8
    }
  }
}
