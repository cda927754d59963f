// NodeLists.swift: every node and edge a builder holds, kind by kind, as one
// value: what one report's ingest added, which a cache entry stores
// (BaogaoIngest/Cache) and the ingest fuzzer compares between two ingests.

/// The nodes and edges of a `GraphBuilder`, in the order they were added.
public struct NodeLists: Sendable, Equatable, Encodable {
  public var reports: [Report] = []
  public var sections: [Section] = []
  public var indicators: [Indicator] = []
  public var targets: [Target] = []
  public var places: [Place] = []
  public var projects: [Project] = []
  public var organizations: [Organization] = []
  public var reconciliations: [Reconciliation] = []
  public var junk: [Junk] = []
  public var edges: [Edge] = []

  public init() {}

  /// The lists' lengths, reports first and edges last, as declared above.
  public var lengths: [Int] {
    [
      reports.count, sections.count, indicators.count, targets.count, places.count,
      projects.count, organizations.count, reconciliations.count, junk.count, edges.count,
    ]
  }

  /// Room in each list for `factor` times the length `lengths` gives it
  /// (in the order of `lengths`); a list with that room already is left.
  /// A load of many reports reserves what the rest of them will need, from
  /// the reports read so far: grown by doubling, the lists were copied to
  /// new buffers whose fresh pages the kernel zeroed, a fifth of a cached
  /// load of 1,000 reports (perf: page faults and memmove under append).
  public mutating func reserveCapacity(_ lengths: [Int], times factor: Double) {
    guard lengths.count == 10, factor > 0 else { return }
    func reserve<Node>(_ list: inout [Node], _ length: Int) {
      let wanted = Int((Double(length) * factor).rounded(.up))
      if wanted > list.capacity { list.reserveCapacity(wanted) }
    }
    reserve(&reports, lengths[0])
    reserve(&sections, lengths[1])
    reserve(&indicators, lengths[2])
    reserve(&targets, lengths[3])
    reserve(&places, lengths[4])
    reserve(&projects, lengths[5])
    reserve(&organizations, lengths[6])
    reserve(&reconciliations, lengths[7])
    reserve(&junk, lengths[8])
    reserve(&edges, lengths[9])
  }
}

extension GraphBuilder {
  /// Adds `lists` after the nodes and edges already here (their ids are
  /// taken as they are).
  public mutating func append(_ lists: NodeLists) {
    var copy = lists
    append(moving: &copy)
  }

  /// As `append(_:)`, and leaves `lists` empty: the nodes are moved, not
  /// copied (NodeMove.swift). A copy retained every string and list of
  /// every node, and freeing `lists` then released them all, a sixth of a
  /// cached load of 1,000 reports.
  /// Each kind's new ids are read (readIDs) right after its list is
  /// moved, while the move has them in the cache.
  public mutating func append(moving lists: inout NodeLists) {
    NodeMove.move(&lists.reports, onto: &nodeLists.reports, blank: NodeMove.report)
    readIDs(of: .report)
    NodeMove.move(&lists.sections, onto: &nodeLists.sections, blank: NodeMove.section)
    readIDs(of: .section)
    NodeMove.move(&lists.indicators, onto: &nodeLists.indicators, blank: NodeMove.indicator)
    readIDs(of: .indicator)
    NodeMove.move(&lists.targets, onto: &nodeLists.targets, blank: NodeMove.target)
    readIDs(of: .target)
    NodeMove.move(&lists.places, onto: &nodeLists.places, blank: NodeMove.place)
    readIDs(of: .place)
    NodeMove.move(&lists.projects, onto: &nodeLists.projects, blank: NodeMove.project)
    readIDs(of: .project)
    NodeMove.move(
      &lists.organizations, onto: &nodeLists.organizations, blank: NodeMove.organization)
    readIDs(of: .organization)
    NodeMove.move(
      &lists.reconciliations, onto: &nodeLists.reconciliations, blank: NodeMove.reconciliation)
    readIDs(of: .reconciliation)
    NodeMove.move(&lists.junk, onto: &nodeLists.junk, blank: NodeMove.junk)
    readIDs(of: .junk)
    NodeMove.move(&lists.edges, onto: &nodeLists.edges, blank: NodeMove.edge)
  }
}
