// CachedReport.swift: one report as ingest made it, which is what a cache
// entry holds: its nodes and edges (NodeLists, coded in CachedNodes.swift), the warnings to
// repeat, and the fingerprint of its text that tells a second copy apart
// (Corpus.swift).
import BaogaoGraph

struct CachedReport {
  /// The entry's whole key (GraphCache.key), checked on reading: two keys
  /// whose names collide never give each other's report.
  var key: String
  /// The id the report was read under (`x-2` when `x` was taken).
  var reportID: String
  var textHash: TextFingerprint
  var warnings: [IngestWarning]
  var nodes: NodeLists

  /// The nodes of one report, read alone into `builder`.
  init(
    key: String, reportID: String, textHash: TextFingerprint, warnings: [IngestWarning],
    builder: GraphBuilder
  ) {
    self.key = key
    self.reportID = reportID
    self.textHash = textHash
    self.warnings = warnings
    nodes = builder.nodeLists
  }

  /// Moves the report's nodes and edges after those already in `builder`
  /// (the entry is left without them).
  mutating func append(to builder: inout GraphBuilder) {
    builder.append(moving: &nodes)
  }
}

extension CachedReport: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    key = try reader.read()
    reportID = try reader.read()
    textHash = try reader.read()
    warnings = try reader.read()
    nodes = try reader.read()
  }

  func write(to writer: inout CacheWriter) {
    writer.write(key, reportID, textHash, warnings, nodes)
  }
}

// The warning's cases in the cache: a case name, then every payload field
// (zero and empty when the case has none).
extension IngestWarning: CacheValue {
  private enum Kind: String, CaseIterable, CacheValue {
    case brokenCharacters
    case nothingFound
  }

  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    let kind: Kind = try reader.read()
    let count: Int = try reader.read()
    let encoding: String = try reader.read()
    switch kind {
    case .brokenCharacters: self = .brokenCharacters(count, encoding: encoding)
    case .nothingFound: self = .nothingFound
    }
  }

  func write(to writer: inout CacheWriter) {
    switch self {
    case .brokenCharacters(let count, let encoding):
      writer.write(Kind.brokenCharacters, count, encoding)
    case .nothingFound:
      writer.write(Kind.nothingFound, 0, "")
    }
  }
}

extension TextFingerprint: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(first: try reader.read(), second: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(first, second)
  }
}
