// ExampleScriptTests.swift: the example scripts of Scripts/examples run on the
// bundled report and give their golden output (Scripts/examples/NAME.out:
// standard output, then standard error and the exit status).
// `BAOGAO_RECORD=1 swift test` rewrites the goldens (and fails); read the diff.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ExampleScriptTests {
  /// The examples of the scripting section of README.md.
  static let names = ["targets-review", "places-overview", "figures-table"]

  @Test(arguments: names)
  func exampleGivesItsGoldenOutput(name: String) throws {
    let script = "Scripts/examples/\(name).bq"
    // Relative path and fixed format, so the output does not depend on
    // where the repository is or on a terminal.
    let result = try BaogaoProcess.run(["--format", "tsv", "-f", script])
    var text = result.stdout
    if !result.stderr.isEmpty { text += "-- standard error:\n" + result.stderr }
    text += "-- exit status \(result.status)\n"
    let golden = BaogaoProcess.root.appendingPathComponent("Scripts/examples/\(name).out")
    Golden.assert(text, matches: golden)
  }
}
