// ExampleScriptTests.swift: the query language's example scripts
// (Scripts/examples/explore.bq, areas.bq) run on the bundled report without an
// error, and give Golden/example-NAME.out (TSV, as GoldenTests writes it).
// `BAOGAO_RECORD=1 swift test` rewrites the .out files (and fails); read the diff.
import BaogaoTestSupport
import Foundation
import Testing

@testable import BaogaoQuery

@Suite struct QueryExampleScriptTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test(arguments: ["explore", "areas"])
  func exampleRunsAndGivesItsGoldenOutput(name: String) throws {
    let script = QueryExampleScriptTests.root.appendingPathComponent("Scripts/examples/\(name).bq")
    let text = String(decoding: try Data(contentsOf: script), as: UTF8.self)
    let source = Source(name: "Scripts/examples/\(name).bq", text: text)
    let outcomes = QueryEngine.run(source, in: GoldenTests.bundled)
    #expect(outcomes.count >= 5)
    for outcome in outcomes {
      if case .failure(let error) = outcome.result {
        Issue.record(Comment(rawValue: Diagnostic.render(error, in: source)))
      }
    }
    let output = GoldenTests.output(of: source, in: GoldenTests.bundled)
    let golden = GoldenTests.directory.appendingPathComponent("example-\(name).out")
    Golden.assert(output, matches: golden)
  }
}
