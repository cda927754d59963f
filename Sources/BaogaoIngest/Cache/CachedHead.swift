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
  init(bytes: [UInt8], at start: Int, origin: CacheBytesOrigin = .unknown)
    throws(CacheEntryDamaged)
  {
    var reader = try CacheReader.opening(bytes, at: start, origin: origin)
    key = try reader.read()
    reportID = try reader.read()
    textHash = try reader.read()
    warnings = try reader.read()
    nodes = reader
  }

  /// Adds the entry's nodes and edges after those already in `builder`; on
  /// damage, cuts its lists back to what they were (GraphBuilder.cut, which
  /// forgets the ids read: the build reads them all again).
  mutating func appendNodes(to builder: inout GraphBuilder) throws(CacheEntryDamaged) {
    let lengths = builder.nodeLists.lengths
    do throws(CacheEntryDamaged) {
      try builder.nodeLists.append(cache: &nodes)
      try nodes.finish()
    } catch {
      builder.cut(to: lengths)
      throw error
    }
    // The ids just read are in the cache: read their runs now, not at build.
    builder.readIDs()
  }
}
