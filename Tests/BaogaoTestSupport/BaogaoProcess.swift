// BaogaoProcess.swift: runs the built `baogao` binary as a separate process,
// feeds its standard input and captures its output and exit status. The
// binary sits next to the test bundle (`swift test` builds every product);
// BAOGAO_BIN overrides it.
import Foundation

/// What one run of `baogao` gave.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}

public enum BaogaoProcess {
  /// The binary under test.
  public static var binary: String {
    if let path = ProcessInfo.processInfo.environment["BAOGAO_BIN"], !path.isEmpty { return path }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return exe.deletingLastPathComponent().appendingPathComponent("baogao").path
  }

  /// The repository's root, found from this file, for fixtures and examples.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Runs `baogao ARGUMENTS` with `input` on a pipe as standard input (so it
  /// is never a terminal) in `directory`. With `mergingErrors`, standard
  /// error goes to the same file as standard output.
  public static func run(
    _ arguments: [String], input: String = "", in directory: URL? = nil,
    environment overrides: [String: String] = [:], mergingErrors: Bool = false
  ) throws -> ProcessResult {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Output goes to files, not pipes: a child that fills a pipe nobody reads
    // would block for ever.
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    let inURL = scratch.appendingPathComponent("in")
    try Data(input.utf8).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? root
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = scratch.path
    environment["XDG_CONFIG_HOME"] = scratch.path
    environment["XDG_STATE_HOME"] = scratch.path
    // The graph cache too: a test never reads or fills the real ~/.cache.
    environment["XDG_CACHE_HOME"] = scratch.path
    environment.merge(overrides) { _, new in new }
    process.environment = environment
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
    // Merged, errors land in `stdout` in the order they were written.
    process.standardError = mergingErrors ? stdout : stderr
    try process.run()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// Writes a script into a fresh directory and gives its path.
  public static func script(_ text: String, named name: String = "script.bq") throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-script-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }
}
