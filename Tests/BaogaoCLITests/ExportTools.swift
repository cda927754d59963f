// ExportTools.swift: runs the tools the export tests read baogao's files with —
// the sqlite3 command-line tool, Python (its sqlite3 module) and DuckDB's
// Python package from the virtual environment Scripts/setup-test-tools.sh
// makes at .build/venv — and exports the shared reports once for all of them.
import BaogaoTestSupport
import Foundation
import Testing

enum ExportTools {
  /// The virtual environment's Python, which has duckdb.
  static let venvPython = BaogaoProcess.root.appendingPathComponent(".build/venv/bin/python").path

  /// Runs `executable ARGUMENTS` with `input` on standard input, in the repository.
  static func run(_ executable: String, _ arguments: [String], input: String = "") throws
    -> ProcessResult
  {
    try ProcessRunner.run(executable, arguments, input: input, in: BaogaoProcess.root)
  }

  /// Runs a README block as `sh -e` in `folder`, with the venv (python with
  /// duckdb and pyspark) and `extraPath` ahead of the test's PATH, and
  /// `environment` (NAME=value words) set for it.
  static func shell(
    _ script: String, in folder: URL, extraPath: [String] = [], environment: String = ""
  ) throws -> ProcessResult {
    let venv = URL(fileURLWithPath: venvPython).deletingLastPathComponent().path
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let search = ([venv] + extraPath + [path]).joined(separator: ":")
    return try run(
      "/bin/sh",
      ["-c", "cd \"$1\" && PATH=\"$2\" \(environment) sh -e", "sh", folder.path, search],
      input: script)
  }

  /// Runs a Python program; `python` is the venv's (with duckdb) or the system's.
  static func python(_ program: String, arguments: [String] = [], venv: Bool = false) throws
    -> ProcessResult
  {
    if venv {
      guard FileManager.default.isExecutableFile(atPath: venvPython) else {
        Issue.record("no \(venvPython): run Scripts/test.sh, which installs DuckDB there")
        return ProcessResult(status: -1, stdout: "", stderr: "")
      }
      return try run(venvPython, ["-"] + arguments, input: program)
    }
    return try run("/usr/bin/env", ["python3", "-"] + arguments, input: program)
  }

  /// Runs the sqlite3 command-line tool on a database.
  static func sqlite3(_ database: String, _ sql: String) throws -> ProcessResult {
    try run("/usr/bin/env", ["sqlite3", "-batch", database], input: sql)
  }
}

/// The shared reports exported once as SQLite, JSON Lines and CSV, and the
/// shell's `count KIND` of each kind over the same files.
struct SharedExport: Sendable {
  static let kinds = [
    "reports", "sections", "indicators", "targets", "places", "projects", "organizations",
    "reconciliations", "junk",
  ]

  let folder: URL
  let files: [String]
  /// `count KIND` for each kind, as the shell gives it.
  let counts: [String: Int]

  var database: String { folder.appendingPathComponent("graph.db").path }
  var jsonl: String { folder.appendingPathComponent("jsonl").path }
  var csv: String { folder.appendingPathComponent("csv").path }

  /// Made once per test run; every test reads it, none writes it.
  static let shared: Result<SharedExport, ExportSetupError> = make()

  struct ExportSetupError: Error, CustomStringConvertible {
    var description: String
  }

  private static func make() -> Result<SharedExport, ExportSetupError> {
    do {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("baogao-export-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let reports = "Tests/Fixtures/reports"
      let names = try FileManager.default.contentsOfDirectory(
        atPath: BaogaoProcess.root.appendingPathComponent(reports).path)
      let files = names.filter { $0.hasSuffix(".txt") }.sorted().map { reports + "/" + $0 }
      let export = try BaogaoProcess.run(
        [
          "export", "--sqlite", folder.appendingPathComponent("graph.db").path,
          "--jsonl", folder.appendingPathComponent("jsonl").path,
          "--csv", folder.appendingPathComponent("csv").path,
        ] + files)
      guard export.status == 0 else {
        return .failure(ExportSetupError(description: "export failed: \(export.stderr)"))
      }
      let query = kinds.map { "count \($0)" }.joined(separator: "; ")
      let counted = try BaogaoProcess.run(["--format", "tsv", "-c", query] + files)
      let numbers = counted.stdout.split(separator: "\n").filter { $0 != "count" }.compactMap {
        Int($0)
      }
      guard counted.status == 0, numbers.count == kinds.count else {
        return .failure(ExportSetupError(description: "count failed: \(counted.stdout)"))
      }
      return .success(
        SharedExport(
          folder: folder, files: files,
          counts: Dictionary(uniqueKeysWithValues: zip(kinds, numbers))))
    } catch {
      return .failure(ExportSetupError(description: "\(error)"))
    }
  }

  static func get() throws -> SharedExport { try shared.get() }
}
