// GoldenTests.swift: the CONTRACT.md queries (and a few more) on the bundled
// report, compared with Golden/NAME.out. Output is plain TSV, one table after
// another, errors as Diagnostic renders them. A query file whose first line is
// `-- reports: a b` runs over Tests/Fixtures/reports/a.txt and b.txt instead.
// `BAOGAO_RECORD=1 swift test` rewrites the .out files (and fails); read the diff.
import BaogaoGraph
import BaogaoIngest
import BaogaoTestSupport
import Foundation
import Testing

@testable import BaogaoQuery

@Suite struct GoldenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { $0.hasSuffix(".query") }.map { String($0.dropLast(6)) }.sorted()
  }()

  static let bundled: Graph = {
    guard let bytes = try? BundledReport.bytes(),
      let graph = try? Ingest.graph(of: [(bytes, BundledReport.id, "bundled")])
    else { return Graph() }
    return graph
  }()

  /// The fixture reports a query file's first line names, or the bundled one.
  static func graph(for text: String) -> Graph {
    let marker = "-- reports:"
    guard let first = text.split(separator: "\n").first, first.hasPrefix(marker) else {
      return bundled
    }
    let reports = directory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/reports")
    var inputs: [(bytes: [UInt8], reportID: String, source: String)] = []
    for name in first.dropFirst(marker.count).split(separator: " ") {
      let url = reports.appendingPathComponent(name + ".txt")
      guard let data = try? Data(contentsOf: url) else { continue }
      inputs.append(([UInt8](data), String(name), "fixture"))
    }
    return (try? Ingest.graph(of: inputs)) ?? Graph()
  }

  /// Tables as TSV and errors as rendered, each followed by a blank line.
  static func output(of source: Source, in graph: Graph) -> String {
    var text = ""
    for outcome in QueryEngine.run(source, in: graph) {
      switch outcome.result {
      case .success(let table):
        text += table.columns.joined(separator: "\t") + "\n"
        for row in table.rows { text += row.map(\.text).joined(separator: "\t") + "\n" }
      case .failure(let error):
        text += Diagnostic.render(error, in: source) + "\n"
      }
      text += "\n"
    }
    return text
  }

  @Test func thereAreGoldenQueries() {
    #expect(GoldenTests.names.count >= 9)
  }

  @Test(arguments: names)
  func queryGivesItsGoldenOutput(name: String) throws {
    let query = GoldenTests.directory.appendingPathComponent(name + ".query")
    let golden = GoldenTests.directory.appendingPathComponent(name + ".out")
    let text = String(decoding: try Data(contentsOf: query), as: UTF8.self)
    let output = GoldenTests.output(
      of: Source(name: name + ".query", text: text), in: GoldenTests.graph(for: text))
    Golden.assert(output, matches: golden)
  }

  /// issue 4: "targets where area = 城市建设 returns the targets of 二.(三) and only those".
  @Test func cityBuildingIsExactlyTheTargetsOfSectionTwoThree() {
    let graph = GoldenTests.bundled
    guard let city = graph.sections.first(where: { Fold.text($0.path) == "二.(三)" }) else {
      Issue.record("the bundled report has no section 二.(三)")
      return
    }
    var inside: Set<String> = [city.id]
    for section in graph.sections where section.parent.map(inside.contains) == true {
      inside.insert(section.id)
    }
    let expected = graph.targets.filter { inside.contains($0.section) }.map(\.id)
    guard case .success(let table) = QueryTesting.run("targets where area = 城市建设", in: graph) else {
      Issue.record("query failed")
      return
    }
    #expect(!expected.isEmpty)
    #expect(table.rowIDs.compactMap { $0 } == expected)
  }
}
