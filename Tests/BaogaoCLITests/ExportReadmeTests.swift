// ExportReadmeTests.swift: the README's "Beyond one machine" block, run as
// shown: reports in two folders exported in parallel with xargs -P, then the
// JSON Lines folders queried with DuckDB (the venv's python3, which has it).
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ExportReadmeTests {
  /// The first indented block after the heading, without its indent.
  static func block(after heading: String) throws -> String {
    try #require(try blocks(after: heading).first)
  }

  /// The indented blocks of the heading's section, without their indent.
  static func blocks(after heading: String) throws -> [String] {
    let readme = try String(
      contentsOf: BaogaoProcess.root.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0 == heading })
    var blocks: [String] = []
    var block: [Substring] = []
    for line in lines[(start + 1)...] {
      if line.hasPrefix("## ") { break }
      if line.hasPrefix("    ") {
        block.append(line.dropFirst(4))
      } else if !block.isEmpty && !line.isEmpty {
        blocks.append(block.joined(separator: "\n") + "\n")
        block = []
      }
    }
    if !block.isEmpty { blocks.append(block.joined(separator: "\n") + "\n") }
    return blocks
  }

  @Test func beyondOneMachineBlockRunsAsShown() throws {
    let script = try ExportReadmeTests.block(after: "## Beyond one machine")
    #expect(script.contains("xargs -0 -P 4"))
    #expect(script.contains("import duckdb"))
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-readme-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let reports = BaogaoProcess.root.appendingPathComponent("Tests/Fixtures/reports")
    for (group, names) in [("a", ["hailaer-2016", "hailaer-2017"]), ("b", ["dinghai-2018"])] {
      let target = folder.appendingPathComponent("reports/" + group)
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
      for name in names {
        try FileManager.default.copyItem(
          at: reports.appendingPathComponent(name + ".txt"),
          to: target.appendingPathComponent(name + ".txt"))
      }
    }
    guard FileManager.default.isExecutableFile(atPath: ExportTools.venvPython) else {
      Issue.record("no \(ExportTools.venvPython): run Scripts/test.sh, which installs DuckDB")
      return
    }
    let binaries = URL(fileURLWithPath: BaogaoProcess.binary).deletingLastPathComponent().path
    let result = try ExportTools.shell(script, in: folder, extraPath: [binaries])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.prefix(3) == [
        "reports 3", "targets \(try count("targets"))",
        "indicators \(try count("indicators"))",
      ])
    #expect(lines.dropFirst(3).contains("海拉尔区\t2016\t7.5\t%\t[]"))
    #expect(lines.dropFirst(3).contains("海拉尔区\t2017\t326.4\t亿元\t[]"))
    #expect(lines.dropFirst(3).contains("定海区\t2018\t8.0\t%\t[]"))
  }

  /// The shell's count of a kind over the same three reports.
  func count(_ kind: String) throws -> String {
    let files = ["hailaer-2016", "hailaer-2017", "dinghai-2018"].map {
      "Tests/Fixtures/reports/\($0).txt"
    }
    let result = try BaogaoProcess.run(
      ["--format", "tsv", "--no-header", "-c", "count \(kind)"] + files)
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
