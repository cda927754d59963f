// ProcessRunner.swift: the one way the tests run a program (baogao, sqlite3,
// Python): input from a file, output and errors into files, the exit status.
// Files, not pipes: a child that fills a pipe nobody reads would block for ever.
import Foundation

public enum ProcessRunner {
  /// Runs `executable ARGUMENTS` with `input` on standard input in `directory`.
  /// A nil `environment` passes the tests' own. With `mergingErrors`, standard
  /// error goes to the same file as standard output, in the order written.
  public static func run(
    _ executable: String, _ arguments: [String], input: String = "", in directory: URL,
    environment: [String: String]? = nil, mergingErrors: Bool = false
  ) throws -> ProcessResult {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    let inURL = scratch.appendingPathComponent("in")
    try Data(input.utf8).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let stdin = try FileHandle(forReadingFrom: inURL)
    let stdout = try FileHandle(forWritingTo: outURL)
    let stderr = try FileHandle(forWritingTo: errURL)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = mergingErrors ? stdout : stderr
    try process.run()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}
