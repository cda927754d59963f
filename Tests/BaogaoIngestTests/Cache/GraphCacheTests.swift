// GraphCacheTests.swift: a cached report gives the graph a fresh ingest
// gives; a damaged or cut entry is ignored and rewritten; a cache that
// cannot be written leaves loading working. Every test has its own folder.
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct GraphCacheTests {
  static func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  static let files = ["hailaer-2016.txt", "hailaer-2017.txt", "encodings/hailaer-2016.gb18030.txt"]

  /// The graph of the fixture files, through `cache` (none: a fresh ingest).
  static func graph(cache: GraphCache?, files: [String] = files) throws -> (Graph, Corpus) {
    var corpus = Corpus()
    corpus.cache = cache
    for file in files {
      try corpus.add(
        bytes: try Fixtures.bytes(file), reportID: ReportFile.reportID(forPath: file),
        source: file)
    }
    let graph = corpus.finish().graph
    return (graph, corpus)
  }

  static func entries(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".graph") }.sorted()
  }

  @Test func aCachedLoadGivesTheGraphOfAFreshIngest() throws {
    let folder = try Self.folder()
    let cache = GraphCache(directory: folder + "/baogao")
    let (fresh, freshCorpus) = try Self.graph(cache: nil)
    let (first, _) = try Self.graph(cache: cache)
    // Two reports stored; the GB18030 copy is skipped before it is ingested.
    #expect(Self.entries(in: cache.directory).count == 2)
    let (second, corpus) = try Self.graph(cache: cache)
    expectSameGraph(fresh, first)
    expectSameGraph(fresh, second)
    #expect(!fresh.reconciliations.isEmpty)
    #expect(corpus.notes == freshCorpus.notes)
    #expect(corpus.notes.count == 1)
  }

  @Test func aValidEntryIsUsedInsteadOfIngesting() throws {
    let cache = GraphCache(directory: try Self.folder())
    let bytes = try Fixtures.bytes("dinghai-2018.txt")
    let key = GraphCache.key(bytes: bytes, reportID: "d", source: "d.txt", names: .standard)
    let stand = Report(id: "d", title: "stand-in", source: "d.txt")
    var builder = GraphBuilder()
    builder.reports = [stand]
    cache.write(
      CachedReport(
        key: key, reportID: "d", textHash: TextFingerprint("x"), warnings: [.nothingFound],
        builder: builder))
    var corpus = Corpus()
    corpus.cache = cache
    try corpus.add(bytes: bytes, reportID: "d", source: "d.txt")
    #expect(corpus.finish().graph.reports == [stand])
    #expect(corpus.warnings.map(\.warning) == [.nothingFound])
  }

  /// Damage an entry in `way`, load again: the fresh graph, and the entry rewritten.
  @Test(arguments: ["truncated", "flipped", "empty", "garbage", "directory"])
  func aDamagedEntryIsIgnoredAndRewritten(way: String) throws {
    let cache = GraphCache(directory: try Self.folder())
    let files = ["dinghai-2018.txt"]
    let (fresh, _) = try Self.graph(cache: cache, files: files)
    let name = try #require(Self.entries(in: cache.directory).first)
    let path = cache.directory + "/" + name
    let whole = try Data(contentsOf: URL(fileURLWithPath: path))
    switch way {
    case "truncated": try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
    case "flipped":
      var bytes = whole
      bytes[bytes.count - 10] ^= 0x01
      try bytes.write(to: URL(fileURLWithPath: path))
    case "empty": try Data().write(to: URL(fileURLWithPath: path))
    case "garbage": try Data(repeating: 0xFF, count: 4096).write(to: URL(fileURLWithPath: path))
    default:
      try FileManager.default.removeItem(atPath: path)
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }
    let (again, _) = try Self.graph(cache: cache, files: files)
    expectSameGraph(fresh, again)
    guard way != "directory" else { return }  // not replaced by a file: rename refuses
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)
  }

  /// An entry whose checks pass but whose nodes end early (what only a
  /// bug could write): the nodes read so far are taken out again, the report
  /// is ingested after the one before it, and the entry rewritten.
  @Test func anEntryCutInItsNodesIsTakenOutAndIngested() throws {
    let cache = GraphCache(directory: try Self.folder())
    let files = ["hailaer-2016.txt", "hailaer-2017.txt"]
    let (fresh, _) = try Self.graph(cache: cache, files: files)
    let bytes = try Fixtures.bytes("hailaer-2017.txt")
    let key = GraphCache.key(
      bytes: bytes, reportID: "hailaer-2017", source: "hailaer-2017.txt", names: .standard)
    let whole = try Data(contentsOf: URL(fileURLWithPath: cache.path(forKey: key)))
    let payload = [UInt8](whole.dropFirst(GraphCache.headerSize))
    cache.write(payload: Array(payload.dropLast(3)), key: key)
    let (again, _) = try Self.graph(cache: cache, files: files)
    expectSameGraph(fresh, again)
    #expect(try Data(contentsOf: URL(fileURLWithPath: cache.path(forKey: key))) == whole)
  }

  @Test func aCacheThatCannotBeWrittenStillLoads() throws {
    let folder = try Self.folder()
    // A folder under a regular file can never be made, whoever runs the test.
    _ = FileManager.default.createFile(atPath: folder + "/file", contents: Data("x".utf8))
    let cache = GraphCache(directory: folder + "/file/baogao")
    let (fresh, _) = try Self.graph(cache: nil)
    let (loaded, _) = try Self.graph(cache: cache)
    expectSameGraph(fresh, loaded)
    #expect(!FileManager.default.fileExists(atPath: cache.directory))
  }

  @Test func theKeyChangesWithWhatIngestDependsOn() throws {
    let bytes = try Fixtures.bytes("dinghai-2018.txt")
    let key = GraphCache.key(bytes: bytes, reportID: "d", source: "d.txt", names: .standard)
    var names = IndicatorNames.standard
    _ = names.add(tsv: "某某\t地区生产总值\n")
    let others = [
      GraphCache.key(bytes: bytes + [10], reportID: "d", source: "d.txt", names: .standard),
      GraphCache.key(bytes: bytes, reportID: "e", source: "d.txt", names: .standard),
      GraphCache.key(bytes: bytes, reportID: "d", source: "e.txt", names: .standard),
      GraphCache.key(bytes: bytes, reportID: "d", source: "d.txt", names: names),
    ]
    #expect(Set(others + [key]).count == 5)
    #expect(key.contains(BaogaoVersion.number))
    // The table's fingerprint found once gives each report's key as before.
    let table = GraphCache.fingerprint(of: names)
    #expect(
      GraphCache.key(bytes: bytes, reportID: "d", source: "d.txt", table: table) == others[3])
    #expect(table != GraphCache.fingerprint(of: .standard))
  }

  @Test func theStandardFolderFollowsXDG() {
    func folder(_ variables: [String: String]) -> String? {
      GraphCache.standard(environment: { variables[$0] })?.directory
    }
    #expect(folder(["XDG_CACHE_HOME": "/x/cache", "HOME": "/h"]) == "/x/cache/baogao")
    // XDG says a relative path is to be ignored.
    #expect(folder(["XDG_CACHE_HOME": "cache", "HOME": "/h"]) == "/h/.cache/baogao")
    #expect(folder(["HOME": "/h"]) == "/h/.cache/baogao")
    #expect(folder([:]) == nil)
  }
}
