// ExportStream.swift: the export, report by report. Each report is ingested,
// its rows go to every sink, and its nodes are dropped but for what the
// cross-report step (Ingest.finish: reconciliation) reads — the reports, the
// targets it checks and the figures it compares, without their sentences
// (`slim`). So memory holds one report's graph plus those, not the whole
// graph (Scripts/bench-export.sh).
import BaogaoGraph
import BaogaoIngest
import BaogaoQuery

#if canImport(Glibc)
  import Glibc
#endif

/// Where an export goes. With none of the files, one JSON document on
/// standard output.
public struct ExportDestinations: Sendable, Hashable {
  public var sqlite: String?
  public var jsonl: String?
  public var csv: String?

  public init(sqlite: String? = nil, jsonl: String? = nil, csv: String? = nil) {
    self.sqlite = sqlite
    self.jsonl = jsonl
    self.csv = csv
  }

  var isEmpty: Bool { sqlite == nil && jsonl == nil && csv == nil }
}

public enum ExportStream {
  /// Exports the reports at `paths` (the bundled report when there are none).
  /// On failure nothing is put in place and the error says what went wrong.
  /// Folders give their report files and a text read already is skipped
  /// (BaogaoIngest/Input/Corpus.swift); `notes` gets a sentence for each
  /// report skipped or renamed; `names` names the figures.
  public static func run(
    paths: [String], to destinations: ExportDestinations, names: IndicatorNames = .standard,
    cache: GraphCache? = nil, notes: (String) -> Void = { _ in }
  ) throws(ExportError) {
    let layouts = ExportLayout.all
    var sinks: [any ExportSink] = []
    do throws(ExportError) {
      if destinations.isEmpty { sinks.append(try JSONDocumentSink(layouts: layouts)) }
      if let path = destinations.sqlite {
        sinks.append(try SQLiteSink(path: path, layouts: layouts))
      }
      if let folder = destinations.jsonl {
        sinks.append(try FolderSink(folder: folder, format: .jsonl, layouts: layouts))
      }
      if let folder = destinations.csv {
        sinks.append(try FolderSink(folder: folder, format: .csv, layouts: layouts))
      }
      var stream = RowStream(sinks: sinks, pauseAfter: TestPause.rows, names: names)
      stream.cache = cache
      try stream.read(paths)
      for note in stream.corpus.notes { notes(note) }
      for sink in sinks { try sink.commit() }
    } catch {
      for sink in sinks { sink.discard() }
      throw error
    }
  }
}

/// Reads reports one at a time and hands their rows to the sinks.
struct RowStream {
  let sinks: [any ExportSink]
  let tables = Schema.exportTables
  private var builder = GraphBuilder()
  private var rowsWritten = 0
  private let pauseAfter: Int?
  private let names: IndicatorNames
  /// The texts and report ids read so far.
  private(set) var corpus = CorpusIndex()
  /// Where reports read before are taken from (BaogaoIngest/Cache).
  var cache: GraphCache?

  init(sinks: [any ExportSink], pauseAfter: Int? = nil, names: IndicatorNames = .standard) {
    self.sinks = sinks
    self.pauseAfter = pauseAfter
    self.names = names
  }

  mutating func read(_ paths: [String]) throws(ExportError) {
    if paths.isEmpty {
      let bytes: [UInt8]
      do { bytes = try BundledReport.bytes() } catch {
        throw .unreadableReport(message: "\(error)")
      }
      try add(bytes: bytes, reportID: BundledReport.id, source: "bundled", path: "bundled")
    }
    let files: [String]
    do { files = try CorpusIndex.files(for: paths) } catch {
      throw .unreadableReport(message: "\(error)")
    }
    for path in files {
      let bytes: [UInt8]
      do { bytes = try ReportFile.bytes(atPath: path) } catch {
        // `unreadable` already names the file.
        throw .unreadableReport(message: "\(error)")
      }
      try add(bytes: bytes, reportID: ReportFile.reportID(forPath: path), source: path, path: path)
    }
    let kept = Marks(builder)
    for note in Ingest.finish(&builder, names: names) {
      StandardStreams().writeError("baogao: note: \(note)\n")
    }
    try write(since: kept)
  }

  private mutating func add(bytes: [UInt8], reportID: String, source: String, path: String)
    throws(ExportError)
  {
    let kept = Marks(builder)
    let read: [IngestWarning]?
    do {
      read = try Corpus.read(
        bytes: bytes, reportID: reportID, source: source, index: &corpus, into: &builder,
        names: names, cache: cache)
    } catch {
      throw .unreadableReport(message: "cannot read \(path): \(error)")
    }
    // The warnings the shell gives for a report read anyway (ReportLoading).
    guard let warnings = read else { return }
    for warning in warnings {
      StandardStreams().writeError("baogao: \(source): warning: \(warning)\n")
    }
    try write(since: kept)
    slim(since: kept)
  }

  /// Writes every node added since `marks`.
  private mutating func write(since marks: Marks) throws(ExportError) {
    let piece = Graph(
      reports: Array(builder.reports[marks.reports...]), sections: builder.sections,
      indicators: Array(builder.indicators[marks.indicators...]),
      targets: Array(builder.targets[marks.targets...]), places: builder.places,
      projects: builder.projects, organizations: builder.organizations,
      reconciliations: Array(builder.reconciliations[marks.reconciliations...]),
      junk: builder.junk, edges: builder.edges)
    for (index, table) in tables.enumerated() {
      for row in 0..<table.rowCount(in: piece) {
        let values = table.fields.map { $0.value(in: piece, row: row) }
        for sink in sinks { try sink.write(values, table: index) }
        rowsWritten += 1
        if rowsWritten == pauseAfter { try pause() }
      }
    }
  }

  /// Drops what no later step reads. Reconcile (Ingest.finish) reads the
  /// reports, the targets it can check (those with figures, and the main
  /// list's items in words), their figures and the review's figures; of
  /// those it reads no sentence. The rest of each report goes once written.
  private mutating func slim(since marks: Marks) {
    var targets = builder.targets[marks.targets...].filter { $0.main || !$0.indicators.isEmpty }
    for i in targets.indices { targets[i].sentence = "" }
    let planned = Set(targets.flatMap(\.indicators))
    var figures = builder.indicators[marks.indicators...].filter {
      $0.part == .review || planned.contains($0.id)
    }
    for i in figures.indices { figures[i].sentence = "" }
    builder.targets.replaceSubrange(marks.targets..., with: targets)
    builder.indicators.replaceSubrange(marks.indicators..., with: figures)
    builder.sections = []
    builder.places = []
    builder.projects = []
    builder.organizations = []
    builder.junk = []
    builder.edges = []
  }

  /// Tests only: stops the writer midway so a test can kill it there.
  private func pause() throws(ExportError) -> Never {
    for sink in sinks { try sink.flush() }
    StandardStreams().writeError(
      "baogao: paused after \(rowsWritten) rows (\(TestPause.variable))\n")
    while true { Glibc.pause() }
  }

  /// How long each kept array was before a step.
  struct Marks {
    var reports, indicators, targets, reconciliations: Int

    init(_ builder: GraphBuilder) {
      reports = builder.reports.count
      indicators = builder.indicators.count
      targets = builder.targets.count
      reconciliations = builder.reconciliations.count
    }
  }
}

/// `BAOGAO_TEST_PAUSE_AFTER_ROWS=N`: the export stops after N rows and waits
/// to be killed, so a test can interrupt it at a known point (ExportKillTests).
enum TestPause {
  static let variable = "BAOGAO_TEST_PAUSE_AFTER_ROWS"

  static var rows: Int? {
    getenv(variable).flatMap { Int(String(cString: $0)) }
  }
}
