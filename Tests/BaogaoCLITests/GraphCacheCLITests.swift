// GraphCacheCLITests.swift: the cache seen from the command line. An export
// read from the cache is byte-identical to one ingested afresh; `--no-cache`
// neither reads nor writes it; two processes filling one cache at once both
// give the right answer and leave a cache the next run reads.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct GraphCacheCLITests {
  static let reports = [
    "Tests/Fixtures/reports/hailaer-2016.txt", "Tests/Fixtures/reports/hailaer-2017.txt",
    "Tests/Fixtures/reports/dinghai-2018.txt",
  ]

  static func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-cache-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  static func entries(_ cache: String) -> Int {
    ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/baogao")) ?? [])
      .filter { $0.hasSuffix(".graph") }.count
  }

  static func run(_ arguments: [String], cache: String) throws -> ProcessResult {
    try BaogaoProcess.run(arguments, environment: ["XDG_CACHE_HOME": cache])
  }

  @Test func aCachedExportIsByteIdenticalToAFreshOne() throws {
    let cache = try Self.folder()
    let fresh = try Self.run(["export", "--no-cache"] + Self.reports, cache: cache)
    #expect(fresh.status == 0, "\(fresh.stderr)")
    #expect(Self.entries(cache) == 0)
    let filling = try Self.run(["export"] + Self.reports, cache: cache)
    #expect(Self.entries(cache) == 3)
    let cached = try Self.run(["export"] + Self.reports, cache: cache)
    #expect(filling.stdout == fresh.stdout)
    #expect(cached.stdout == fresh.stdout)
    #expect(cached.stderr == fresh.stderr)
    #expect(fresh.stdout.contains("\"reconciliations\""))
  }

  @Test func queriesReadTheCacheTheExportFilled() throws {
    let cache = try Self.folder()
    let query = ["--format", "tsv", "-c", "count targets group by report; count reconciliations"]
    let fresh = try Self.run(query + ["--no-cache"] + Self.reports, cache: cache)
    #expect(Self.entries(cache) == 0)
    _ = try Self.run(["export"] + Self.reports, cache: cache)
    let cached = try Self.run(query + Self.reports, cache: cache)
    #expect(fresh.status == 0 && cached.status == 0, "\(cached.stderr)")
    #expect(cached.stdout == fresh.stdout)
    // The bundled report too.
    let bundled = try Self.run(["-c", "count targets"], cache: cache)
    #expect(try Self.run(["-c", "count targets"], cache: cache).stdout == bundled.stdout)
    #expect(Self.entries(cache) == 4)
  }

  @Test func twoProcessesFillingOneCacheAtOnce() async throws {
    let cache = try Self.folder()
    let fresh = try Self.run(["export", "--no-cache"] + Self.reports, cache: cache)
    let runs = try await withThrowingTaskGroup(of: ProcessResult.self) { group in
      for _ in 0..<2 { group.addTask { try Self.run(["export"] + Self.reports, cache: cache) } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(runs.map(\.stdout) == [fresh.stdout, fresh.stdout])
    #expect(Self.entries(cache) == 3)
    let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/baogao")) ?? []
    #expect(leftovers.allSatisfy { $0.hasSuffix(".graph") }, "\(leftovers)")
    #expect(try Self.run(["export"] + Self.reports, cache: cache).stdout == fresh.stdout)
  }
}
