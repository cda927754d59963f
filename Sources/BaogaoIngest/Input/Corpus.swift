import BaogaoGraph

// Corpus.swift: many report files read as one dataset. Folders are walked for
// their report files; a text already loaded (the same decoded text, whatever
// its encoding or line ends) is skipped with a note; report ids stay unique
// (a second `x.txt` in another folder becomes `x-2`, with a note). The notes
// are for the user; the graph never holds a report twice.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which texts and report ids a corpus holds: decides whether a report is
/// loaded (and under which id) before it is read, so that a reader that
/// streams reports (the export) keeps the same rules.
public struct CorpusIndex: Sendable {
  /// What was skipped or renamed, one sentence each.
  public private(set) var notes: [String] = []
  /// The fingerprint of each normalised text, to the id of the report that
  /// has it: the texts themselves are not kept (TextFingerprint.swift).
  private var texts: [TextFingerprint: String] = [:]
  private var ids: Set<String> = []

  public init() {}

  /// The id to load the report under, or nil (with a note) when its text is
  /// loaded already. A taken id gets a suffix: x, x-2, x-3 …
  public mutating func admit(text: String, reportID: String, source: String) -> String? {
    admit(textHash: Corpus.textHash(text), reportID: reportID, source: source)
  }

  /// As `admit(text:…)`, for a text known by its fingerprint (Corpus.textHash).
  public mutating func admit(textHash key: TextFingerprint, reportID: String, source: String)
    -> String?
  {
    if let first = texts[key] {
      notes.append("skipped \(source): the same text as report \(first)")
      return nil
    }
    var id = reportID
    if ids.contains(id) {
      var n = 2
      while ids.contains("\(reportID)-\(n)") { n += 1 }
      id = "\(reportID)-\(n)"
      notes.append("report id \(reportID) is taken: \(source) is report \(id)")
    }
    texts[key] = id
    ids.insert(id)
    return id
  }

  /// The paths to read for the given files and folders: a folder gives the
  /// report files under it (Corpus.reportFiles), and is an error with none.
  public static func files(for paths: [String]) throws(IngestError) -> [String] {
    var files: [String] = []
    for path in paths {
      guard Corpus.isDirectory(path) else {
        files.append(path)
        continue
      }
      let found = Corpus.reportFiles(under: path)
      guard !found.isEmpty else {
        throw .unreadable(path: path, reason: "no report files in the folder")
      }
      files += found
    }
    return files
  }
}

public struct Corpus: Sendable {
  public internal(set) var builder = GraphBuilder()
  /// The paths of the loaded reports, in load order (`bundled` for the bundled report).
  public internal(set) var sources: [String] = []
  /// The synonym table figures are named with.
  public let names: IndicatorNames
  var index = CorpusIndex()
  /// Where ingested reports are kept between runs (GraphCache.swift); nil
  /// ingests every report.
  public var cache: GraphCache?
  /// What the user should be told about reports read anyway, by source.
  public internal(set) var warnings: [(source: String, warning: IngestWarning)] = []

  /// What loading skipped or renamed, one sentence each.
  public var notes: [String] { index.notes }

  /// Extensions of report files found in folders (a file named on the
  /// command line is read whatever its name).
  public static let reportExtensions: Set<String> = ["txt", "text"]

  public init(names: IndicatorNames = .standard) {
    self.names = names
  }

  /// Adds a file, or every report file under a folder (a folder's files in
  /// order, then its subfolders', so the load order never depends on the
  /// file system).
  public mutating func add(path: String) throws(IngestError) {
    for file in try CorpusIndex.files(for: [path]) {
      let bytes = try ReportFile.bytes(atPath: file)
      try add(bytes: bytes, reportID: ReportFile.reportID(forPath: file), source: file)
    }
  }

  /// Adds the bundled report.
  public mutating func addBundled() throws(IngestError) {
    try add(bytes: try BundledReport.bytes(), reportID: BundledReport.id, source: "bundled")
  }

  /// Adds one report's bytes; skips it with a note when its text is loaded.
  public mutating func add(bytes: [UInt8], reportID: String, source: String) throws(IngestError) {
    guard
      let read = try Corpus.read(
        bytes: bytes, reportID: reportID, source: source, index: &index, into: &builder,
        names: names, cache: cache)
    else { return }
    noteLoaded(source: source, warnings: read)
  }

  /// Reads one report's bytes into `builder` unless `index` has its text
  /// already (nil then, with a note in `index`); gives what to warn about.
  /// With a cache, a report read before under the same key is taken from it
  /// (no decoding, no ingest); one read afresh is stored in it.
  public static func read(
    bytes: [UInt8], reportID: String, source: String, index: inout CorpusIndex,
    into builder: inout GraphBuilder, names: IndicatorNames, cache: GraphCache?
  ) throws(IngestError) -> [IngestWarning]? {
    let report = try PreparedReport(
      bytes: bytes, reportID: reportID, source: source, names: names, cache: cache)
    guard let id = index.admit(textHash: report.textHash, reportID: reportID, source: source)
    else { return nil }
    return report.load(as: id, into: &builder, names: names, cache: cache)
  }

  /// Records a report as loaded from `source`, with what to warn about.
  mutating func noteLoaded(source: String, warnings: [IngestWarning]) {
    sources.append(source)
    for warning in warnings { self.warnings.append((source, warning)) }
  }

  /// The fingerprint two copies of a report share (`normalised`).
  static func textHash(_ text: String) -> TextFingerprint {
    TextFingerprint(bytes: normalised(text))
  }

  /// The graph of everything added, with the steps that need every report,
  /// and their notes (reports that look like one place's consecutive years
  /// but are not one place). The corpus gives its nodes to the graph and is
  /// empty after: a builder still held here would make Reconcile's appends
  /// copy the edges (the largest array) and keep both copies.
  public mutating func finish() -> (graph: Graph, notes: [String]) {
    var finished = builder
    builder = GraphBuilder()
    let notes = Ingest.finish(&finished, names: names)
    return (finished.build(), notes)
  }

  /// The text two copies of a report share, as UTF-8: decoded (line ends
  /// already "\n"), without a byte-order mark, trailing blanks of each line
  /// and trailing empty lines. Read off the bytes: splitting the text into
  /// Characters was a twentieth of ingest. A line's trailing blank is a
  /// whitespace scalar (Unicode.Scalar.Properties.isWhitespace, what
  /// Character.isWhitespace asks of a character's first scalar).
  static func normalised(_ text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
      while start <= bytes.count {
        let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        out.append(contentsOf: bytes[start..<trimmedEnd(of: bytes, from: start, to: newline)])
        out.append(0x0A)
        start = newline + 1
      }
      while out.last == 0x0A { out.removeLast() }
      return out
    }
  }

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Where the line `bytes[start..<end]` ends without its trailing blanks.
  static func trimmedEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int
  {
    var end = end
    while end > start {
      var first = end - 1
      // Back over continuation bytes (10xxxxxx) to the scalar's first byte.
      while first > start && bytes[first] & 0xC0 == 0x80 { first -= 1 }
      var decoder = UTF8()
      var iterator = bytes[first..<end].makeIterator()
      guard case .scalarValue(let scalar) = decoder.decode(&iterator),
        scalar.properties.isWhitespace
      else { break }
      end = first
    }
    return end
  }

  static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Report files under a folder, at any depth: a folder's own files first,
  /// sorted, then each subfolder's, in order (so `reports/x.txt` comes before
  /// a copy in `reports/encodings/`); hidden entries skipped.
  public static func reportFiles(under folder: String) -> [String] {
    var found: [String] = []
    var visited = 0
    func walk(_ current: String) {
      visited += 1
      guard visited <= maxFolders, let dir = opendir(current) else { return }
      var files: [String] = []
      var folders: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        guard !name.hasPrefix(".") else { continue }
        let path = current.hasSuffix("/") ? current + name : current + "/" + name
        if isDirectory(path) {
          folders.append(path)
        } else if let dot = name.lastIndex(of: "."),
          reportExtensions.contains(name[name.index(after: dot)...].lowercased())
        {
          files.append(path)
        }
      }
      closedir(dir)
      found += files.sorted()
      for sub in folders.sorted() { walk(sub) }
    }
    walk(folder)
    return found
  }

  /// Folders walked at most: a link loop cannot walk forever.
  static let maxFolders = 10_000
}
