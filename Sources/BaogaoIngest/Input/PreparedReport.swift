// PreparedReport.swift: one report's bytes made ready to load: its cache
// entry when there is one, else its decoded text, and in either case the
// fingerprint of its text that decides whether it is a copy of a report
// loaded already. Loading it (ingest, or reading the entry's nodes) is the
// second step, once its id is known: the two run on many reports in
// parallel, the id checks between them in order (CorpusLoad.swift).
import BaogaoGraph

struct PreparedReport: @unchecked Sendable {
  // @unchecked: the cache entry holds a reader over the entry's bytes, a
  // value read by one thread at a time.
  var reportID: String
  var source: String
  var textHash: TextFingerprint
  /// GraphCache.key, with a cache.
  private var key: String?
  private var cached: CachedHead?
  private var decoded: DecodedText?
  private var bytes: [UInt8]

  /// `table`: GraphCache.fingerprint of `names`, when the caller has it.
  init(
    bytes: [UInt8], reportID: String, source: String, names: IndicatorNames, cache: GraphCache?,
    table: TextFingerprint? = nil
  ) throws(IngestError) {
    self.reportID = reportID
    self.source = source
    self.bytes = bytes
    key = cache.map { _ in
      GraphCache.key(
        bytes: bytes, reportID: reportID, source: source,
        table: table ?? GraphCache.fingerprint(of: names))
    }
    cached = key.flatMap { cache?.read(key: $0) }
    if cached == nil {
      decoded = try Decode.decoded(from: bytes)
      // Decoded: the bytes are not needed again.
      self.bytes = []
    }
    textHash = cached?.textHash ?? Corpus.textHash(decoded?.text ?? "")
  }

  /// Reads the report into `builder` as report `id`; gives what to warn about.
  /// The cache entry is used when it was read under the same id; one that
  /// turns out damaged is taken out again and the report ingested.
  func load(
    as id: String, into builder: inout GraphBuilder, names: IndicatorNames, cache: GraphCache?
  ) -> [IngestWarning] {
    if var cached, cached.reportID == id, (try? cached.appendNodes(to: &builder)) != nil {
      return cached.warnings
    }
    // Decoded before, unless there was a cache entry (whose bytes decoded once).
    guard let text = decoded ?? (try? Decode.decoded(from: bytes)) else { return [] }
    var warnings: [IngestWarning] = []
    if text.brokenCharacters > 0 {
      warnings.append(.brokenCharacters(text.brokenCharacters, encoding: text.encoding))
    }
    // Read alone, then appended: ingest only ever reads the report's own
    // nodes, and the cache stores exactly these.
    var alone = GraphBuilder()
    warnings += Ingest.read(
      text: text.text, reportID: id, source: source, into: &alone, names: names)
    var entry = CachedReport(
      key: key ?? "", reportID: id, textHash: textHash, warnings: warnings, builder: alone)
    if let cache, key != nil { cache.write(entry) }
    entry.append(to: &builder)
    return warnings
  }
}
