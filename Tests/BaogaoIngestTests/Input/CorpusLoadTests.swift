// CorpusLoadTests.swift: reading many files in parallel gives exactly what
// adding them one by one gives (nodes, ids, order, notes, warnings), with
// and without a cache, across batch boundaries; a bad file stops it with the
// path it was named by.
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct CorpusLoadTests {
  static let reports = Fixtures.directory.appendingPathComponent("reports").path

  /// Copies of reports (skipped), a second `x.txt` (renamed), a folder, and
  /// a report whose bytes decode with broken characters (a warning).
  static func paths() throws -> [String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-load-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
    let other = try String(contentsOfFile: reports + "/boye-2024.txt", encoding: .utf8)
    try (other + "\n另一份\n").write(
      to: folder.appendingPathComponent("b/hailaer-2016.txt"), atomically: true, encoding: .utf8)
    var broken = Array("2031年章贡区政府工作报告\n一、2030年工作回顾\n地区生产总值增长6%。\n".utf8)
    broken.insert(0xFF, at: 9)
    try Data(broken).write(to: folder.appendingPathComponent("broken.txt"))
    return [
      reports + "/hailaer-2016.txt", reports, folder.path + "/b/hailaer-2016.txt",
      folder.path + "/broken.txt", reports + "/dinghai-2018.txt",
    ]
  }

  struct Loaded: Equatable {
    var nodes: NodeLists
    var notes: [String]
    var warnings: [String]
    var sources: [String]

    init(_ corpus: Corpus) {
      nodes = corpus.builder.nodeLists
      notes = corpus.notes
      warnings = corpus.warnings.map { "\($0.source): \($0.warning)" }
      sources = corpus.sources
    }
  }

  static func oneByOne(_ paths: [String], cache: GraphCache? = nil) throws -> Loaded {
    var corpus = Corpus()
    corpus.cache = cache
    for path in paths { try corpus.add(path: path) }
    return Loaded(corpus)
  }

  static func parallel(_ paths: [String], batchSize: Int, cache: GraphCache? = nil) throws
    -> Loaded
  {
    var corpus = Corpus()
    corpus.cache = cache
    try corpus.add(paths: paths, batchSize: batchSize)
    return Loaded(corpus)
  }

  @Test(arguments: [1, 3, 256])
  func aParallelLoadGivesWhatOneByOneGives(batchSize: Int) throws {
    let paths = try Self.paths()
    let expected = try Self.oneByOne(paths)
    #expect(expected.nodes.reports.count == 12)
    #expect(expected.notes.count == 6)
    #expect(!expected.warnings.isEmpty)
    #expect(try Self.parallel(paths, batchSize: batchSize) == expected)
  }

  @Test func aParallelLoadThroughTheCacheGivesWhatOneByOneGives() throws {
    let paths = try Self.paths()
    let expected = try Self.oneByOne(paths)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-load-cache-\(UUID().uuidString)").path
    let cache = GraphCache(directory: folder)
    // Filled in parallel, then read in parallel.
    #expect(try Self.parallel(paths, batchSize: 4, cache: cache) == expected)
    let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(entries.filter { $0.hasSuffix(".graph") }.count == 12)
    #expect(try Self.parallel(paths, batchSize: 4, cache: cache) == expected)
    #expect(try Self.oneByOne(paths, cache: cache) == expected)
  }

  @Test func aFileThatCannotBeReadNamesItsPathAndKeepsTheReportsBefore() throws {
    let missing = Self.reports + "/no-such-report.txt"
    var corpus = Corpus()
    #expect {
      try corpus.add(
        paths: [Self.reports + "/hailaer-2016.txt", missing, Self.reports + "/boye-2024.txt"],
        batchSize: 8)
    } throws: { error in
      guard let failure = error as? PathFailure, failure.path == missing,
        case .unreadable = failure.error
      else { return false }
      return true
    }
    #expect(corpus.builder.reports.map(\.id) == ["hailaer-2016"])
  }

  @Test func chunksCoverEveryElementInOrder() {
    for count in [0, 1, 2, 7, 10, 12, 1000] {
      let elements = Array(0..<count)
      #expect(Corpus.parallelMap(elements) { $0 * 2 } == elements.map { $0 * 2 })
      let chunks = Corpus.parallelChunks(elements) { run, chunk in (run, Array(chunk)) }
      #expect(chunks.count <= max(1, Corpus.workers))
      #expect(chunks.map(\.0) == Array(chunks.indices))
      #expect(Array(chunks.map(\.1).joined()) == elements)
      let pieces = Corpus.parallelChunks(elements, pieces: 7) { run, chunk in (run, Array(chunk)) }
      #expect(pieces.count <= 7)
      #expect(Array(pieces.map(\.1).joined()) == elements)
      let ran = Counter()
      let job: @Sendable () -> Void = { ran.count += 1 }
      #expect(Corpus.parallelMap(elements, alongside: job) { $0 + 1 } == elements.map { $0 + 1 })
      #expect(ran.count == 1)
    }
  }
}

/// Counts the runs of an `alongside` job (one thread touches it).
private final class Counter: @unchecked Sendable {
  var count = 0
}
