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
}

extension GraphBuilder {
  /// Adds `lists` after the nodes and edges already here (their ids are
  /// taken as they are).
  public mutating func append(_ lists: NodeLists) {
    nodeLists.reports += lists.reports
    nodeLists.sections += lists.sections
    nodeLists.indicators += lists.indicators
    nodeLists.targets += lists.targets
    nodeLists.places += lists.places
    nodeLists.projects += lists.projects
    nodeLists.organizations += lists.organizations
    nodeLists.reconciliations += lists.reconciliations
    nodeLists.junk += lists.junk
    nodeLists.edges += lists.edges
  }
}
