// NodeLists.swift: every node and edge a builder holds, kind by kind, as one
// value: what one report's ingest added, which a cache entry stores
// (BaogaoIngest/Cache) and the ingest fuzzer compares between two ingests.

/// The nodes and edges of a `GraphBuilder`, in the order they were added.
public struct NodeLists: Sendable, Equatable {
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
}

extension GraphBuilder {
  /// Everything added so far.
  public var nodeLists: NodeLists {
    var lists = NodeLists()
    (lists.reports, lists.sections, lists.indicators) = (reports, sections, indicators)
    (lists.targets, lists.places, lists.projects) = (targets, places, projects)
    (lists.organizations, lists.reconciliations) = (organizations, reconciliations)
    (lists.junk, lists.edges) = (junk, edges)
    return lists
  }

  /// Adds `lists` after the nodes and edges already here (their ids are
  /// taken as they are).
  public mutating func append(_ lists: NodeLists) {
    reports += lists.reports
    sections += lists.sections
    indicators += lists.indicators
    targets += lists.targets
    places += lists.places
    projects += lists.projects
    organizations += lists.organizations
    reconciliations += lists.reconciliations
    junk += lists.junk
    edges += lists.edges
  }
}
