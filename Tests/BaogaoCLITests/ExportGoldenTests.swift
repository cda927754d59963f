// ExportGoldenTests.swift: `baogao export` of every fixture report is
// byte-identical to its recorded export in Tests/Fixtures/exports. A
// refactor must not change any of them; a change to extraction changes them
// on purpose, and is recorded with BAOGAO_RECORD=1 — which rewrites the file
// and still fails, so a recording run can never pass as a check.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ExportGoldenTests {
  static let exports = BaogaoProcess.root.appendingPathComponent("Tests/Fixtures/exports")

  /// Each golden export and the report files it is made from (paths relative
  /// to the repository root, as the export's `source` field records them).
  static let cases: [(String, [String])] = {
    var cases: [(String, [String])] = []
    let fm = FileManager.default
    let reports = "Tests/Fixtures/reports"
    for folder in [reports, reports + "/encodings"] {
      let path = BaogaoProcess.root.path + "/" + folder
      let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
      for name in names.sorted() where name.hasSuffix(".txt") {
        cases.append((String(name.dropLast(4)), [folder + "/" + name]))
      }
    }
    cases.append(
      ("pair-hailaer-2016-2017", [reports + "/hailaer-2016.txt", reports + "/hailaer-2017.txt"]))
    cases.append(("bundled", []))
    return cases
  }()

  @Test func everyFixtureReportHasAGoldenExport() {
    #expect(ExportGoldenTests.cases.count >= 15)
  }

  @Test(arguments: ExportGoldenTests.cases.map { $0.0 })
  func exportIsByteIdentical(name: String) throws {
    let files = try #require(ExportGoldenTests.cases.first { $0.0 == name }?.1)
    let result = try BaogaoProcess.run(["export"] + files)
    #expect(result.status == 0, "\(result.stderr)")
    Golden.assert(
      result.stdout, matches: ExportGoldenTests.exports.appendingPathComponent(name + ".json"))
  }
}
