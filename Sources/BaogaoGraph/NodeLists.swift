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
  /// Each kind's new ids are read (readIDs) right after its list is
  /// copied, while the copy's retains have them in the cache.
  public mutating func append(_ lists: NodeLists) {
    Self.append(lists.reports, to: &nodeLists.reports)
    readIDs(of: .report)
    Self.append(lists.sections, to: &nodeLists.sections)
    readIDs(of: .section)
    Self.append(lists.indicators, to: &nodeLists.indicators)
    readIDs(of: .indicator)
    Self.append(lists.targets, to: &nodeLists.targets)
    readIDs(of: .target)
    Self.append(lists.places, to: &nodeLists.places)
    readIDs(of: .place)
    Self.append(lists.projects, to: &nodeLists.projects)
    readIDs(of: .project)
    Self.append(lists.organizations, to: &nodeLists.organizations)
    readIDs(of: .organization)
    Self.append(lists.reconciliations, to: &nodeLists.reconciliations)
    readIDs(of: .reconciliation)
    Self.append(lists.junk, to: &nodeLists.junk)
    readIDs(of: .junk)
    Self.append(lists.edges, to: &nodeLists.edges)
  }

  /// `list += more`, taking `more` whole when `list` is empty (a copy would
  /// retain every string of it) and growing by doubling at least once
  /// (appending a large list grew the array step by step).
  private static func append<Node>(_ more: [Node], to list: inout [Node]) {
    guard !list.isEmpty else {
      list = more
      return
    }
    let needed = list.count + more.count
    if needed > list.capacity { list.reserveCapacity(max(needed, 2 * list.capacity)) }
    list += more
  }
}
