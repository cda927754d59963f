// CachedReport.swift: one report as ingest made it, which is what a cache
// entry holds: its nodes and edges (the node types' own Codable, so a field
// added to a node is cached with it), the warnings to repeat, and the
// fingerprint of its text that tells a second copy apart (Corpus.swift).
import BaogaoGraph

struct CachedReport: Codable {
  /// The entry's whole key (GraphCache.key), checked on reading: two keys
  /// whose names collide never give each other's report.
  var key: String
  /// The id the report was read under (`x-2` when `x` was taken).
  var reportID: String
  var textHash: TextFingerprint
  var warnings: [IngestWarning]
  var reports: [Report]
  var sections: [Section]
  var indicators: [Indicator]
  var targets: [Target]
  var places: [Place]
  var projects: [Project]
  var organizations: [Organization]
  var reconciliations: [Reconciliation]
  var junk: [Junk]
  var edges: [Edge]

  /// The nodes of one report, read alone into `builder`.
  init(
    key: String, reportID: String, textHash: TextFingerprint, warnings: [IngestWarning],
    builder: GraphBuilder
  ) {
    self.key = key
    self.reportID = reportID
    self.textHash = textHash
    self.warnings = warnings
    reports = builder.reports
    sections = builder.sections
    indicators = builder.indicators
    targets = builder.targets
    places = builder.places
    projects = builder.projects
    organizations = builder.organizations
    reconciliations = builder.reconciliations
    junk = builder.junk
    edges = builder.edges
  }

  /// Adds the report's nodes and edges after those already in `builder`.
  func append(to builder: inout GraphBuilder) {
    builder.reports += reports
    builder.sections += sections
    builder.indicators += indicators
    builder.targets += targets
    builder.places += places
    builder.projects += projects
    builder.organizations += organizations
    builder.reconciliations += reconciliations
    builder.junk += junk
    builder.edges += edges
  }
}

// The warning's cases in the cache: a case name, then every payload field
// (zero and empty when the case has none), as the layout has no keys.
extension IngestWarning: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind
    case count
    case encoding
  }

  private enum Kind: String, Codable {
    case brokenCharacters
    case nothingFound
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(Kind.self, forKey: .kind)
    let count = try container.decode(Int.self, forKey: .count)
    let encoding = try container.decode(String.self, forKey: .encoding)
    switch kind {
    case .brokenCharacters: self = .brokenCharacters(count, encoding: encoding)
    case .nothingFound: self = .nothingFound
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .brokenCharacters(let count, let encoding):
      try container.encode(Kind.brokenCharacters, forKey: .kind)
      try container.encode(count, forKey: .count)
      try container.encode(encoding, forKey: .encoding)
    case .nothingFound:
      try container.encode(Kind.nothingFound, forKey: .kind)
      try container.encode(0, forKey: .count)
      try container.encode("", forKey: .encoding)
    }
  }
}
