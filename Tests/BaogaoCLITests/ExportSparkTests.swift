// ExportSparkTests.swift: the README's Spark block ("Beyond one machine"), run
// as shown with Spark on this machine (pyspark from the venv, which
// Scripts/setup-test-tools.sh installs with a Java runtime) over folders of
// JSON Lines exported per folder, and checked against the shell's own answer
// to the same question over the same reports.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ExportSparkTests {
  static let groups = [("a", ["hailaer-2016", "hailaer-2017"]), ("b", ["dinghai-2018"])]

  @Test func sparkBlockReadsTheFoldersOfJSONLines() throws {
    let blocks = try ExportReadmeTests.blocks(after: "## Beyond one machine")
    let script = try #require(blocks.first { $0.contains("from pyspark.sql import") })
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-spark-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let reports = BaogaoProcess.root.appendingPathComponent("Tests/Fixtures/reports")
    for (group, names) in Self.groups {
      let export = try BaogaoProcess.run(
        ["export", "--jsonl", folder.appendingPathComponent("out/" + group).path]
          + names.map { reports.appendingPathComponent($0 + ".txt").path })
      #expect(export.status == 0, "\(export.stderr)")
    }
    // SPARK_LOCAL_IP: Spark on one machine need not look up the host's name.
    let result = try ExportTools.shell(script, in: folder, environment: "SPARK_LOCAL_IP=127.0.0.1")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.rows(ofShow: result.stdout) == (try Self.shellAnswer()))
  }

  /// `report → max(value)` from a DataFrame's `show()`: `|hailaer-2016|  7.5|`.
  static func rows(ofShow output: String) throws -> [String: Double] {
    var rows: [String: Double] = [:]
    for line in output.split(separator: "\n") where line.hasPrefix("|") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 2, let value = Double(cells[1]) else { continue }
      rows[cells[0]] = value
    }
    return rows
  }

  /// The same question put to the shell over the same reports.
  static func shellAnswer() throws -> [String: Double] {
    let files = groups.flatMap(\.1).map { "Tests/Fixtures/reports/\($0).txt" }
    let result = try BaogaoProcess.run(
      [
        "--format", "tsv", "--no-header", "-c",
        "select report, max(value) from indicators where indicator = 地区生产总值 "
          + "and part = plan and kind = growth group by report",
      ] + files)
    var rows: [String: Double] = [:]
    for line in result.stdout.split(separator: "\n") {
      let cells = line.split(separator: "\t").map(String.init)
      guard cells.count == 2, let value = Double(cells[1]) else { continue }
      rows[cells[0]] = value
    }
    #expect(rows.count == 3, "\(result.stdout)")
    return rows
  }
}
