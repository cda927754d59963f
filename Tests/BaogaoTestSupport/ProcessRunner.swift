// ProcessRunner.swift: the one way the tests run a program (baogao, sqlite3,
// Python): input from a file, output and errors into files, the exit status.
// Files, not pipes: a child that fills a pipe nobody reads would block for ever.
// `spawn` is the same through posix_spawn, where a test needs a closed
// standard output or the child's CPU time.
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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

/// Where a spawned child's standard output goes.
public enum StandardOutput: Sendable {
  /// A file of the runner's, read back into `SpawnResult.stdout`.
  case captured
  /// A path opened for writing as it is (`/dev/full`, `/dev/null`).
  case path(String)
  /// No descriptor 1 at all.
  case closed
}

/// What one spawned child gave: exit status, output, and its CPU seconds.
public struct SpawnResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
  /// User plus system time of the child, from wait4's rusage: what it cost,
  /// where wall time on a busy machine measures the machine.
  public var cpuSeconds: Double
}

extension ProcessRunner {
  /// Runs `executable ARGUMENTS` through posix_spawn, for what `Process`
  /// cannot do: a closed or a given standard output, and the child's rusage.
  /// The child sees only `environment`.
  public static func spawn(
    _ executable: String, _ arguments: [String], input: String = "",
    stdout target: StandardOutput = .captured, environment: [String: String]
  ) throws -> SpawnResult {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-spawn-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    try Data(input.utf8).write(to: URL(fileURLWithPath: scratch + "/in"))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let created = O_WRONLY | O_CREAT | O_TRUNC
    posix_spawn_file_actions_addopen(&actions, 0, scratch + "/in", O_RDONLY, 0)
    switch target {
    case .captured: posix_spawn_file_actions_addopen(&actions, 1, scratch + "/out", created, 0o644)
    case .path(let path): posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY, 0)
    case .closed: posix_spawn_file_actions_addclose(&actions, 1)
    }
    posix_spawn_file_actions_addopen(&actions, 2, scratch + "/err", created, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp =
      environment.sorted { $0.key < $1.key }.map { strdup($0.key + "=" + $0.value) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw POSIXError(.init(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let cpuSeconds =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    func read(_ name: String) -> String {
      let data = (try? Data(contentsOf: URL(fileURLWithPath: scratch + "/" + name))) ?? Data()
      return String(decoding: data, as: UTF8.self)
    }
    return SpawnResult(
      status: (status >> 8) & 0xFF, stdout: read("out"), stderr: read("err"),
      cpuSeconds: cpuSeconds)
  }
}
