// NodeRuns.swift: the runs of ids that NodeIndex keeps (NodeIndex.swift),
// read node by node in array order, and able to go on where it stopped: a
// builder reads the ids of the nodes it has just added (GraphBuilder.readIDs),
// while they are still in the cache, so that building the graph reads only
// the nodes added since. Read at the end, in one pass over half a million
// ids, each a string on a line no longer cached, it was a tenth of the CPU of
// a cached load of 1,000 reports (perf: 100 ms, most of it waiting on memory).
// Reading on from where a pass stopped gives what one pass gives, which
// NodeIndex asserts (debug builds) for every graph built.

/// The runs of each kind's ids read so far.
public struct NodeRuns: Sendable {
  /// By the kind's position in NodeKind.allCases.
  var kinds: [NodeIndex.KindRuns] = NodeIndex.kinds.indices.map {
    NodeIndex.KindRuns(slot: $0)
  }

  public init() {}

  /// Nothing read yet.
  var isEmpty: Bool { kinds.allSatisfy { $0.read == 0 } }

  /// Reads the ids of the nodes past those read already, every kind.
  mutating func read(_ nodes: NodeLists) {
    for slot in kinds.indices { kinds[slot].read(nodes) }
  }

  /// Reads the ids of one kind's nodes past those read already.
  mutating func read(_ kind: NodeKind, in nodes: NodeLists) {
    guard let slot = NodeIndex.kinds.firstIndex(of: kind) else { return }
    kinds[slot].read(nodes)
  }

  /// Whether these runs are those of one pass over every node of `nodes`.
  func matchesOnePass(over nodes: NodeLists) -> Bool {
    kinds.allSatisfy { found in
      var whole = NodeIndex.KindRuns(slot: found.slot)
      whole.read(nodes)
      return found.sameRuns(as: whole)
    }
  }
}

extension NodeIndex {
  /// What one kind's pass has found: its runs by scope, the scopes numbered
  /// in this pass, and the ids in no run; and where it stands.
  struct KindRuns: Sendable {
    /// The kind, by its position in NodeKind.allCases.
    let slot: Int
    var scopes: [String: Int] = [:]
    var scopeNames: [String] = []
    var runs: [[Run]] = []
    var others: [(id: String, index: Int)] = []
    /// Nodes read: the kind's array up to here.
    private(set) var read = 0
    /// The scope, run and next number of the run the last node joined.
    private var current: (scope: Int, run: Int, next: Int)?

    init(slot: Int) { self.slot = slot }

    /// Reads the ids of this kind's nodes past those read already.
    mutating func read(_ nodes: NodeLists) {
      let kind = NodeIndex.kinds[slot]
      let count = nodes.count(of: kind)
      while read < count {
        note(nodes.id(of: kind, at: read), index: read)
        read += 1
      }
    }

    private mutating func note(_ id: String, index: Int) {
      guard let parsed = NodeIndex.parse(id), parsed.slot == slot else {
        others.append((id, index))
        current = nil
        return
      }
      if let run = current, parsed.number == run.next,
        NodeIndex.scope(of: id, length: parsed.scopeLength, equals: scopeNames[run.scope])
      {
        runs[run.scope][run.run].count += 1
        current?.next += 1
        return
      }
      let text = NodeIndex.scopeText(of: id, length: parsed.scopeLength)
      let scope: Int
      if let known = scopes[text] {
        scope = known
      } else {
        scope = scopeNames.count
        scopes[text] = scope
        scopeNames.append(text)
        runs.append([])
      }
      runs[scope].append(Run(first: parsed.number, start: index, count: 1))
      current = (scope, runs[scope].count - 1, parsed.number + 1)
    }

    /// Same nodes read, same runs and scopes, same ids in no run.
    func sameRuns(as other: KindRuns) -> Bool {
      read == other.read && scopeNames == other.scopeNames && runs == other.runs
        && others.map(\.id) == other.others.map(\.id)
        && others.map(\.index) == other.others.map(\.index)
    }
  }
}
