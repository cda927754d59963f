// BaogaoProcess.swift: runs the built `baogao` binary as a separate process
// (through ProcessRunner), feeds its standard input and captures its output
// and exit status. The binary sits next to the test bundle (`swift test`
// builds every product); BAOGAO_BIN overrides it.
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

  /// Runs `baogao ARGUMENTS` with `input` on standard input (never a
  /// terminal) in `directory`, with a fresh empty home, config and state
  /// folder. With `mergingErrors`, standard error goes to standard output.
  public static func run(
    _ arguments: [String], input: String = "", in directory: URL? = nil,
    environment overrides: [String: String] = [:], mergingErrors: Bool = false
  ) throws -> ProcessResult {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    environment["XDG_CONFIG_HOME"] = home.path
    environment["XDG_STATE_HOME"] = home.path
    // The graph cache too: a test never reads or fills the real ~/.cache.
    environment["XDG_CACHE_HOME"] = home.path
    environment.merge(overrides) { _, new in new }
    return try ProcessRunner.run(
      binary, arguments, input: input, in: directory ?? root, environment: environment,
      mergingErrors: mergingErrors)
  }

  /// Spawns `baogao ARGUMENTS` (ProcessRunner.spawn) with nothing in its
  /// environment but a fresh empty home, config and state folder.
  public static func spawn(
    _ arguments: [String], input: String = "", stdout target: StandardOutput = .captured
  ) throws -> SpawnResult {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-home-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    return try ProcessRunner.spawn(
      binary, arguments, input: input, stdout: target,
      environment: [
        "HOME": home, "XDG_CONFIG_HOME": home, "XDG_STATE_HOME": home, "XDG_CACHE_HOME": home,
      ])
  }

  /// Writes `bytes` into a fresh directory as `name` and gives its path.
  public static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-file-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
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
