// NodeIndexRuns.swift: a graph's ids as NodeIndex holds them, runs of
// numbered ids and the ids in no run, for a pass that would otherwise read
// every id from its node (`show` completion, NodeCandidates.swift): half a
// million nodes, each a cache line away from the last.

extension NodeIndex {
  /// Ids `head` + the decimal of `first + i` (no leading zero) for nodes
  /// `start + i` of `kind`'s array, i below `count`: `head` is the scope,
  /// a colon and the kind's prefix (the prefix alone with no scope).
  public struct IDRun: Sendable, Equatable {
    public let kind: NodeKind
    public let head: [UInt8]
    public let first: Int
    public let start: Int
    public let count: Int
  }

  /// Every run of every kind, scope by scope.
  public var idRuns: [IDRun] {
    var all: [IDRun] = []
    for (scope, name) in scopeNames.enumerated() {
      for (slot, kind) in Self.kinds.enumerated() {
        let found = runs[scope * Self.kinds.count + slot]
        guard !found.isEmpty else { continue }
        let head = (name.isEmpty ? [] : Array(name.utf8) + [0x3A]) + Array(kind.idPrefix.utf8)
        for run in found {
          all.append(
            IDRun(kind: kind, head: head, first: run.first, start: run.start, count: run.count))
        }
      }
    }
    return all
  }

  /// The ids in no run, with their nodes, in no set order.
  public var idsInNoRun: [(id: String, node: NodeRef)] { others.map { ($0.key, $0.value) } }
}
