// CachedHead.swift: a cache entry (CachedReport.swift's layout) read up to
// its nodes: the fields that decide whether the nodes are wanted (the key,
// the id the report was read under, the text's fingerprint), then the nodes
// read straight onto the end of the builder's arrays. Reading them into a
// NodeLists of their own and copying that into the builder retained and
// released every string of every node: a sixth of a cached load of 1,000
// reports, with both copies in memory at once.
import BaogaoGraph

struct CachedHead {
  var key: String
  var reportID: String
  var textHash: TextFingerprint
  var warnings: [IngestWarning]
  /// At the entry's nodes.
  private var nodes: CacheReader

  /// The entry in `bytes[start...]`, fields in CachedReport's order.
  init(bytes: [UInt8], at start: Int) throws(CacheEntryDamaged) {
    var reader = try CacheReader.opening(bytes, at: start)
    key = try reader.read()
    reportID = try reader.read()
    textHash = try reader.read()
    warnings = try reader.read()
    nodes = reader
  }

  /// Adds the entry's nodes and edges after those already in `builder`; on
  /// damage, leaves `builder` as it was.
  mutating func appendNodes(to builder: inout GraphBuilder) throws(CacheEntryDamaged) {
    let counts = BuilderCounts(builder)
    do throws(CacheEntryDamaged) {
      try builder.nodeLists.append(cache: &nodes)
      try nodes.finish()
    } catch {
      counts.restore(&builder)
      throw error
    }
  }
}

/// How many nodes of each kind, and edges, a builder held (in the order of
/// NodeLists.lengths): what to cut it back to.
private struct BuilderCounts {
  let counts: [Int]

  init(_ builder: GraphBuilder) { counts = builder.nodeLists.lengths }

  func restore(_ builder: inout GraphBuilder) {
    func cut<T>(_ array: inout [T], _ kind: Int) { array.removeSubrange(counts[kind]...) }
    cut(&builder.nodeLists.reports, 0)
    cut(&builder.nodeLists.sections, 1)
    cut(&builder.nodeLists.indicators, 2)
    cut(&builder.nodeLists.targets, 3)
    cut(&builder.nodeLists.places, 4)
    cut(&builder.nodeLists.projects, 5)
    cut(&builder.nodeLists.organizations, 6)
    cut(&builder.nodeLists.reconciliations, 7)
    cut(&builder.nodeLists.junk, 8)
    cut(&builder.nodeLists.edges, 9)
  }
}
