// Console.swift: where the shell's output goes. Results go to the sink given
// to the shell (standard output), or to the file of `.output`, through the
// pager when they are taller than the screen; messages go to standard error.

#if canImport(Glibc)
  import Glibc
#endif

/// The shell's output: results, messages and errors.
final class Console {
  /// Where results go when no `.output` file is set.
  var sink: any OutputSink
  /// The `.output` file, when one is open.
  private(set) var file: (path: String, fd: Int32)?
  /// The pager command, when paging is on (interactive, on a terminal).
  var pager: String?
  /// A write to the `.output` file failed (and said so); the shell's exit
  /// status tells it too.
  var hasFailedWrite = false

  init(sink: any OutputSink) {
    self.sink = sink
  }

  deinit { closeFile() }

  /// Prints results: to the `.output` file, or through the pager when taller
  /// than the screen, or straight to the sink.
  func writeResult(_ text: String) {
    guard !text.isEmpty else { return }
    if let file {
      let failure = Array(text.utf8).withUnsafeBytes {
        Files.writeAll($0.baseAddress!, count: $0.count, to: file.fd)
      }
      if let failure {
        writeError(WriteFailure.message(target: file.path, errno: failure) + "\n")
        hasFailedWrite = true
      }
      return
    }
    if let pager, let rows = Terminal.size()?.rows, Terminal.isTerminal(1),
      Console.lineCount(text, atLeast: rows) >= rows, page(text, through: pager)
    {
      return
    }
    sink.write(text)
  }

  /// Messages and errors: always on standard error (or the sink's error side).
  func writeError(_ text: String) { sink.writeError(text) }

  /// True while results go to a file.
  var isRedirected: Bool { file != nil }
  /// True when the file takes the next statement's results only (`.once`).
  private(set) var isOnce = false

  /// Sends results to `path` from now on, or with `once` for the next
  /// statement only (nil: back to standard output).
  func redirect(to path: String?, once: Bool = false) throws(ShellError) {
    closeFile()
    isOnce = false
    guard let path, path != "-" else { return }
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw ShellError("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    file = (path, fd)
    isOnce = once
  }

  private func closeFile() {
    if let file { close(file.fd) }
    file = nil
  }

  /// Counts lines up to `limit` only: a huge result need not be scanned.
  static func lineCount(_ text: String, atLeast limit: Int) -> Int {
    var count = 0
    for byte in text.utf8 where byte == 10 {
      count += 1
      if count >= limit { break }
    }
    return count
  }

  /// Runs the pager with the text on its input; false when it cannot start.
  private func page(_ text: String, through command: String) -> Bool {
    guard let pipe = popen(command, "w") else { return false }
    var bytes = Array(text.utf8)
    // A pager quit early closes the pipe; SIGPIPE is ignored by the shell, so
    // the short write just ends here.
    _ = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, pipe) }
    let status = pclose(pipe)
    // 127: the shell could not find the command; print the text ourselves.
    if status != -1, (status >> 8) & 0xFF == 127 { return false }
    return true
  }
}

/// A failure of a dot-command or an exploring command, shown as `error: …`.
public struct ShellError: Error, Sendable, Hashable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// Collects the results of a line's statements so that the console can
/// decide on paging. An error first lets the results before it out, so that
/// results and errors keep their statements' order.
struct StatementSink: OutputSink {
  let console: Console
  var text = ""
  mutating func write(_ text: String) { self.text += text }
  mutating func writeError(_ text: String) {
    console.writeResult(self.text)
    self.text = ""
    console.writeError(text)
  }
}
