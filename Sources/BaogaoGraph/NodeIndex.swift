// NodeIndex.swift: every node of a graph by its id, without hashing every
// id. Ids are made by GraphBuilder.newID: the report's scope, a colon, the
// kind's prefix and a number counted per report and kind
// (`hailaer-2016:T7`; `T7` with no scope), and a report's nodes of a kind
// are added in that order, so they stand in runs of their kind's array
// numbered one after the other. The index keeps those runs, per scope and
// kind: building it reads each id's bytes once and hashes one string per
// report, where a table of every id hashed them all (15% of a cached load
// of 1,000 reports, on its one sequential thread, and some 30 MB). A look-up
// parses the id, finds its run and checks the node's own id. An id in
// another form, or out of its run's order, is kept in a plain table.

import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Where each node of a graph lives, by its id.
public struct NodeIndex: Sendable {
  /// The nodes, whose own ids check each guess: held, not copied (an array
  /// of every id retained each one, a third of building the index).
  private let nodes: NodeLists
  /// Number of each scope (the part of an id before its last colon).
  private var scopes: [String: Int] = [:]
  /// Each scope's text, by number.
  private(set) var scopeNames: [String] = []
  /// The runs of each scope and kind: `runs[scope * kinds + kind]`.
  private(set) var runs: [[Run]] = []
  /// Ids in no run.
  private(set) var others: [String: NodeRef] = [:]

  /// Nodes whose ids count up by one from `first`, at `start…` of their array.
  struct Run: Sendable, Equatable {
    var first: Int
    var start: Int
    var count: Int
  }

  /// An id of the usual form: its kind, number and scope's end.
  struct ParsedID {
    var slot: Int
    var number: Int
    /// The UTF-8 length of the scope (0 for none).
    var scopeLength: Int
  }

  static let kinds = NodeKind.allCases
  /// The kind (its allCases position) of each ASCII id prefix letter, -1 for none.
  private static let slotOfPrefix: [Int] = {
    var table = [Int](repeating: -1, count: 128)
    for (slot, kind) in kinds.enumerated() { table[Int(kind.idPrefix.utf8.first!)] = slot }
    return table
  }()

  /// Nodes below which the kinds are read on one core.
  static let nodesPerCore = 50_000

  /// The index of these nodes (edges aside), from the runs of the ids read
  /// already (`read`, as the nodes were added: GraphBuilder.readIDs) and of
  /// the rest, read now. With none read before, each kind is read apart, on
  /// every core for a big graph (reading half a million ids was a tenth of
  /// a cached load of 1,000 reports, on its one sequential thread). The
  /// kinds' scopes are then numbered in one table.
  public init(_ nodes: NodeLists, read: NodeRuns = NodeRuns()) {
    self.nodes = nodes
    let kinds = Self.kinds
    let total = kinds.reduce(0) { $0 + nodes.count(of: $1) }
    var found = read
    if found.isEmpty, total >= Self.nodesPerCore, Processors.online > 1 {
      let slots = PartSlots<KindRuns>(count: kinds.count)
      DispatchQueue.concurrentPerform(iterations: kinds.count) { slot in
        var part = KindRuns(slot: slot)
        part.read(nodes)
        slots.store(part, at: slot)
      }
      found.kinds = kinds.indices.map { slots.take($0) }
    } else {
      found.read(nodes)
    }
    assert(found.matchesOnePass(over: nodes), "ids read while adding differ from one pass")
    for (slot, part) in found.kinds.enumerated() {
      for (local, name) in part.scopeNames.enumerated() {
        runs[number(ofScope: name) * kinds.count + slot] = part.runs[local]
      }
      for other in part.others {
        others[other.id] = NodeRef(kind: kinds[slot], index: other.index)
      }
    }
  }

  /// Where the node with this id lives, nil for no node.
  public subscript(id: String) -> NodeRef? {
    if let parsed = Self.parse(id),
      let scope = scopes[Self.scopeText(of: id, length: parsed.scopeLength)]
    {
      let kind = Self.kinds[parsed.slot]
      for run in runs[scope * Self.kinds.count + parsed.slot] {
        let offset = parsed.number - run.first
        if offset >= 0, offset < run.count, nodes.id(of: kind, at: run.start + offset) == id {
          return NodeRef(kind: kind, index: run.start + offset)
        }
      }
    }
    return others[id]
  }

  /// Number of nodes indexed.
  public var count: Int { Self.kinds.reduce(0) { $0 + nodes.count(of: $1) } }

  /// Number of nodes of one kind.
  public func count(of kind: NodeKind) -> Int { nodes.count(of: kind) }

  /// The id of node `index` of `kind`.
  public func id(of kind: NodeKind, at index: Int) -> String { nodes.id(of: kind, at: index) }

  /// Every id, kind by kind in array order.
  public var keys: [String] {
    Self.kinds.flatMap { kind in (0..<nodes.count(of: kind)).map { nodes.id(of: kind, at: $0) } }
  }

  /// The number of the scope, given one if new.
  private mutating func number(ofScope scope: String) -> Int {
    if let found = scopes[scope] { return found }
    let next = scopeNames.count
    scopes[scope] = next
    scopeNames.append(scope)
    runs += Array(repeating: [], count: Self.kinds.count)
    return next
  }

  /// Whether the first `length` UTF-8 bytes of `id` are `scope`'s: compared
  /// by bytes, so that no string is made per node.
  static func scope(of id: String, length: Int, equals scope: String) -> Bool {
    guard scope.utf8.count == length else { return false }
    guard length > 0 else { return true }
    var (id, scope) = (id, scope)
    return id.withUTF8 { idBytes in
      scope.withUTF8 { scopeBytes in
        memcmp(idBytes.baseAddress!, scopeBytes.baseAddress!, length) == 0
      }
    }
  }

  /// The first `length` UTF-8 bytes of an id, its scope.
  static func scopeText(of id: String, length: Int) -> String {
    guard length > 0 else { return "" }
    var id = id
    return id.withUTF8 {
      String(decoding: UnsafeBufferPointer(rebasing: $0[..<length]), as: UTF8.self)
    }
  }

  /// An id made as GraphBuilder.newID makes them: a kind's prefix and a
  /// decimal number with no leading zero, after a scope and a colon or
  /// alone. Nil for any other form.
  static func parse(_ id: String) -> ParsedID? {
    var id = id
    return id.withUTF8 { bytes -> ParsedID? in
      var end = bytes.count
      var number = 0
      var scale = 1
      while end > 0, bytes[end - 1] >= 0x30, bytes[end - 1] <= 0x39 {
        guard scale < 1_000_000_000_000 else { return nil }
        number += Int(bytes[end - 1] - 0x30) * scale
        scale *= 10
        end -= 1
      }
      guard scale > 1, scale == 10 || bytes[end] != 0x30, end >= 1, bytes[end - 1] < 128
      else { return nil }
      let slot = slotOfPrefix[Int(bytes[end - 1])]
      let colon = end - 2
      guard slot >= 0, colon == -1 || (colon > 0 && bytes[colon] == 0x3A) else { return nil }
      return ParsedID(slot: slot, number: number, scopeLength: max(colon, 0))
    }
  }
}

extension NodeLists {
  /// Number of nodes of one kind.
  public func count(of kind: NodeKind) -> Int {
    switch kind {
    case .report: reports.count
    case .section: sections.count
    case .indicator: indicators.count
    case .target: targets.count
    case .place: places.count
    case .project: projects.count
    case .organization: organizations.count
    case .reconciliation: reconciliations.count
    case .junk: junk.count
    }
  }

  /// The id of node `index` of `kind`.
  public func id(of kind: NodeKind, at index: Int) -> String {
    switch kind {
    case .report: reports[index].id
    case .section: sections[index].id
    case .indicator: indicators[index].id
    case .target: targets[index].id
    case .place: places[index].id
    case .project: projects[index].id
    case .organization: organizations[index].id
    case .reconciliation: reconciliations[index].id
    case .junk: junk[index].id
    }
  }
}
