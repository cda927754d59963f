// CorpusLoad.swift: many report files read into a corpus on every core. A
// report's ingest (or its cache entry's reading) depends on nothing but its
// own bytes and the id it is read under, so the files are read, decoded and
// ingested in parallel; only what decides the ids (the duplicate and id
// checks of CorpusIndex) runs in order, between the two parallel steps. The
// result is the graph of adding the files one by one: same ids, same order,
// same notes and warnings (a test compares the two).
//
// Measured on 1,000 reports (bench-load.sh, 2 cores): one core ingested
// them all while the other sat idle.
import BaogaoGraph
import Dispatch

/// A file of a command line that could not be read or decoded, with the
/// path it was named by (a folder, when the file was found in one).
public struct PathFailure: Error, Sendable {
  public var path: String
  public var error: IngestError
}

extension Corpus {
  /// Adds the files and folders in order, as `add(path:)` one by one would,
  /// reading their reports in parallel. Throws for the first path (in order)
  /// with a file that cannot be read or decoded; reports before it are then
  /// added, as one by one.
  public mutating func add(paths: [String]) throws(PathFailure) {
    try add(paths: paths, batchSize: Corpus.batchSize)
  }

  /// As `add(paths:)`, reading `batchSize` files at once.
  mutating func add(paths: [String], batchSize: Int) throws(PathFailure) {
    var files: [(path: String, file: String)] = []
    for path in paths {
      do throws(IngestError) {
        for file in try CorpusIndex.files(for: [path]) { files.append((path, file)) }
      } catch {
        throw PathFailure(path: path, error: error)
      }
    }
    // In batches, so that the cache entries held between the two steps are
    // a batch's, not the whole corpus's.
    var start = 0
    // Each batch's runs but the first, appended while the next batch is read.
    var unappended: [NodeLists] = []
    while start < files.count {
      let batch = Array(files[start..<min(start + max(1, batchSize), files.count)])
      do throws(PathFailure) {
        try add(batch: batch, unappended: &unappended, read: start, of: files.count)
      } catch {
        for index in unappended.indices { builder.append(moving: &unappended[index]) }
        throw error
      }
      start += batch.count
    }
    for index in unappended.indices { builder.append(moving: &unappended[index]) }
  }

  /// Files read at once between the id checks.
  static let batchSize = 64

  /// Reads a batch; first appends `unappended` (the last batch's runs read
  /// apart), on a core of its own while the batch's files are read, and
  /// leaves this batch's there. Appending them was a tenth of a cached load,
  /// with the other core idle.
  /// `read` files of `total` came before this batch: the room the rest
  /// will need is guessed from them.
  private mutating func add(
    batch: [(path: String, file: String)], unappended: inout [NodeLists], read: Int,
    of total: Int
  ) throws(PathFailure) {
    let names = names
    let cache = cache
    let table = cache.map { _ in GraphCache.fingerprint(of: names) }
    let target = BuilderBox()
    swap(&target.builder, &builder)
    // Held by the box alone, so that each part is moved, not copied.
    let pending = ListsBox(unappended)
    unappended = []
    let appendLast: @Sendable () -> Void = {
      for index in pending.lists.indices { target.builder.append(moving: &pending.lists[index]) }
    }
    var prepared = Corpus.parallelMap(batch, alongside: appendLast) { item in
      Result { () throws(IngestError) -> PreparedReport in
        let bytes = try ReportFile.bytes(atPath: item.file)
        return try PreparedReport(
          bytes: bytes, reportID: ReportFile.reportID(forPath: item.file), source: item.file,
          names: names, cache: cache, table: table)
      }
    }
    swap(&target.builder, &builder)
    // Every file read so far is on the builder now: room for the rest, with
    // a tenth more for reports longer than these. The lengths only, not the
    // lists, go to the workers: a list held there too would be copied whole
    // at the builder's next append.
    let lengths = builder.nodeLists.lengths
    if read > 0 {
      builder.nodeLists.reserveCapacity(lengths, times: 1.1 * Double(total) / Double(read))
    }
    // The ids, in order; a failure stops the batch there.
    var admitted: [(report: PreparedSlot, id: String, source: String)] = []
    var failure: PathFailure?
    for (item, result) in zip(batch, prepared) {
      switch result {
      case .failure(let error):
        failure = PathFailure(path: item.path, error: error)
      case .success(let report):
        if let id = index.admit(
          textHash: report.textHash, reportID: report.reportID, source: report.source)
        {
          admitted.append((PreparedSlot(report), id, report.source))
        }
      }
      if failure != nil { break }
    }
    // The slots hold the only copies now: each worker frees the entries it
    // loaded, where freeing them all here had the other core wait (a
    // fourteenth of a cached load of 1,000 reports).
    prepared = []
    // The first run of reports is read straight onto the corpus's builder
    // (held by a box while the workers run): only the other runs' nodes are
    // copied. Copying every run was a fifth of a cached load.
    let first = BuilderBox()
    swap(&first.builder, &builder)
    let parts = Corpus.parallelChunks(admitted) { run, chunk in
      var part = GraphBuilder()
      part.readsIDs = false
      if run > 0, read > 0 {
        part.nodeLists.reserveCapacity(lengths, times: 1.1 * Double(chunk.count) / Double(read))
      }
      var warnings: [[IngestWarning]] = []
      for (slot, id, _) in chunk {
        // Taken out, so that the entry is freed here once loaded.
        let report = slot.take()
        if run == 0 {
          warnings.append(report.load(as: id, into: &first.builder, names: names, cache: cache))
        } else {
          warnings.append(report.load(as: id, into: &part, names: names, cache: cache))
        }
      }
      return (run == 0 ? nil : part.nodeLists, warnings)
    }
    swap(&first.builder, &builder)
    unappended = parts.compactMap(\.0)
    var reports = admitted.makeIterator()
    for (_, warnings) in parts {
      for warning in warnings {
        guard let (_, _, source) = reports.next() else { break }
        noteLoaded(source: source, warnings: warning)
      }
    }
    if let failure { throw failure }
  }

  /// `transform` of each element, on every core, in order; `alongside`
  /// runs once meanwhile, as one more piece of work.
  static func parallelMap<Element, Result: Sendable>(
    _ elements: [Element], alongside: (@Sendable () -> Void)? = nil,
    _ transform: @Sendable (Element) -> Result
  ) -> [Result] where Element: Sendable {
    // Pieces smaller than a core's share, so that the core that ran
    // `alongside` takes its part of the rest.
    let chunks = parallelChunks(elements, pieces: 4 * workers, alongside: alongside) { _, chunk in
      chunk.map(transform)
    }
    return Array(chunks.joined())
  }

  /// `work` of contiguous runs of the elements, in order: `pieces` runs
  /// (one per core unless told), on every core; `work` is told which run (0
  /// for the first). `alongside` runs once meanwhile, first.
  static func parallelChunks<Element: Sendable, Result: Sendable>(
    _ elements: [Element], pieces: Int = workers, alongside: (@Sendable () -> Void)? = nil,
    _ work: @Sendable (Int, ArraySlice<Element>) -> Result
  ) -> [Result] {
    let count = min(workers == 1 ? 1 : pieces, elements.count)
    guard count > 1 else {
      alongside?()
      return elements.isEmpty ? [] : [work(0, elements[...])]
    }
    let results = PartSlots<Result>(count: count)
    let size = (elements.count + count - 1) / count
    let extra = alongside == nil ? 0 : 1
    DispatchQueue.concurrentPerform(iterations: count + extra) { iteration in
      guard iteration >= extra else {
        alongside?()
        return
      }
      let chunk = iteration - extra
      let start = min(chunk * size, elements.count)
      let end = min(start + size, elements.count)
      results.store(work(chunk, elements[start..<end]), at: chunk)
    }
    return (0..<count).map { results.take($0) }
  }

  /// The cores online.
  static let workers = Processors.online
}

/// The builder the first worker reads onto: one worker only touches it.
private final class BuilderBox: @unchecked Sendable {
  var builder = GraphBuilder()
}

/// The last batch's parts, appended by one worker while the others read.
private final class ListsBox: @unchecked Sendable {
  var lists: [NodeLists]

  init(_ lists: [NodeLists]) { self.lists = lists }
}

/// A report ready to load, held for the one worker that loads it.
private final class PreparedSlot: @unchecked Sendable {
  private var report: PreparedReport?

  init(_ report: PreparedReport) { self.report = report }

  /// The report, no longer held here; taken once.
  func take() -> PreparedReport {
    defer { report = nil }
    guard let report else { preconditionFailure("a prepared report was loaded twice") }
    return report
  }
}
