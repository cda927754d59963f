// ExportInterruptTests.swift: an export killed midway (SIGKILL while it
// writes) leaves the previous output exactly as it was and no partial file;
// a failed export says why and exits non-zero. The writer is stopped at a
// known point by BAOGAO_TEST_PAUSE_AFTER_ROWS, so the kill is deterministic.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ExportInterruptTests {
  static let pair = [
    "Tests/Fixtures/reports/hailaer-2016.txt", "Tests/Fixtures/reports/hailaer-2017.txt",
  ]

  static func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-interrupt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Every file under `folder`, with its bytes.
  static func contents(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let name = enumerator?.nextObject() as? String {
      let url = folder.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
      if !isFolder.boolValue { files[name] = try Data(contentsOf: url) }
    }
    return files
  }

  /// Starts `baogao ARGUMENTS` paused after `rows` rows, waits until it says
  /// so, kills it with SIGKILL; gives what it printed.
  static func killMidway(_ arguments: [String], afterRows rows: Int) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BaogaoProcess.binary)
    process.arguments = arguments
    process.currentDirectoryURL = BaogaoProcess.root
    var environment = ProcessInfo.processInfo.environment
    environment["BAOGAO_TEST_PAUSE_AFTER_ROWS"] = String(rows)
    process.environment = environment
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    var said = Data()
    // Reads until the pause message or end of file (an export that never
    // paused has ended, and the test fails below).
    while !String(decoding: said, as: UTF8.self).contains("paused") {
      let chunk = errors.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      said += chunk
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    return String(decoding: said, as: UTF8.self)
  }

  @Test func killedSQLiteExportLeavesThePreviousFileIntact() throws {
    let folder = try ExportInterruptTests.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("graph.db").path
    let first = try BaogaoProcess.run(["export", "--sqlite", database])
    #expect(first.status == 0, "\(first.stderr)")
    let before = try ExportInterruptTests.contents(of: folder)
    #expect(before.keys.sorted() == ["graph.db"])

    let said = try ExportInterruptTests.killMidway(
      ["export", "--sqlite", database] + ExportInterruptTests.pair, afterRows: 1500)
    #expect(said.contains("paused after 1500 rows"), "\(said)")
    #expect(try ExportInterruptTests.contents(of: folder) == before)
    let check = try ExportTools.sqlite3(
      database, "PRAGMA integrity_check; SELECT count(*) FROM reports;")
    #expect(check.stdout == "ok\n1\n")
  }

  @Test func killedSQLiteExportWithNoPreviousFileLeavesNothing() throws {
    let folder = try ExportInterruptTests.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("graph.db").path
    let said = try ExportInterruptTests.killMidway(
      ["export", "--sqlite", database] + ExportInterruptTests.pair, afterRows: 800)
    #expect(said.contains("paused"), "\(said)")
    #expect(try ExportInterruptTests.contents(of: folder).isEmpty)
  }

  @Test func killedFolderExportLeavesThePreviousFilesIntact() throws {
    let folder = try ExportInterruptTests.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let jsonl = folder.appendingPathComponent("jsonl").path
    let csv = folder.appendingPathComponent("csv").path
    let first = try BaogaoProcess.run(["export", "--jsonl", jsonl, "--csv", csv])
    #expect(first.status == 0, "\(first.stderr)")
    let before = try ExportInterruptTests.contents(of: folder)
    #expect(before.count == 20)
    #expect(before["jsonl/targets.jsonl"]?.isEmpty == false)

    let said = try ExportInterruptTests.killMidway(
      ["export", "--jsonl", jsonl, "--csv", csv] + ExportInterruptTests.pair, afterRows: 1500)
    #expect(said.contains("paused"), "\(said)")
    #expect(try ExportInterruptTests.contents(of: folder) == before)
  }

  @Test func anUnreadableReportLeavesThePreviousFileIntact() throws {
    let folder = try ExportInterruptTests.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("graph.db").path
    #expect(try BaogaoProcess.run(["export", "--sqlite", database]).status == 0)
    let before = try ExportInterruptTests.contents(of: folder)
    let result = try BaogaoProcess.run(
      ["export", "--sqlite", database, ExportInterruptTests.pair[0], "no-such-report.txt"])
    #expect(result.status == 2)
    #expect(result.stderr == "baogao: cannot read no-such-report.txt: no such file\n")
    #expect(try ExportInterruptTests.contents(of: folder) == before)
  }

  @Test func writeFailuresSayWhatCouldNotBeWrittenAndExitWithStatus4() throws {
    // Standard output on a full device.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BaogaoProcess.binary)
    process.arguments = ["export"]
    process.currentDirectoryURL = BaogaoProcess.root
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    try process.run()
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 4)
    #expect(said == "baogao: cannot write to standard output: No space left on device\n")

    let missing = try BaogaoProcess.run(["export", "--sqlite", "/no-such-folder/graph.db"])
    #expect(missing.status == 4)
    #expect(
      missing.stderr
        == "baogao: cannot write to /no-such-folder/graph.db: No such file or directory\n"
    )
    // A device is never replaced by the database.
    let device = try BaogaoProcess.run(["export", "--sqlite", "/dev/null"])
    #expect(device.status == 4)
    #expect(device.stderr == "baogao: cannot write to /dev/null: not a regular file\n")
    var status = stat()
    #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
  }
}
