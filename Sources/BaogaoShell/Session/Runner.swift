// Runner.swift: runs query sources (-c, -f, standard input, .read) against a
// graph and prints their results and errors. One runner serves them all, so a
// statement behaves the same wherever it comes from. It counts failures and
// stops everything once `bail` meets the first one; the exit status says which.
import BaogaoGraph
import BaogaoQuery

#if canImport(Glibc)
  import Glibc
#endif

/// Exit statuses of CONTRACT.md.
public enum ExitStatus: Int32, Sendable {
  /// Every statement ran.
  case ok = 0
  /// A statement failed; the others still ran.
  case queryFailed = 1
  /// Bad usage, or a report or script that cannot be read.
  case usage = 2
  /// `--bail` stopped at the first failing statement.
  case bailed = 3
  /// Results could not be written: standard output or the `.output` file
  /// failed (a full disk, a closed descriptor). See WriteFailure.swift.
  case writeFailed = 4
}

/// Where output goes; tests capture it.
public protocol OutputSink {
  mutating func write(_ text: String)
  mutating func writeError(_ text: String)
  /// After each statement's result (`.once FILE` ends there).
  mutating func endStatement()
}

extension OutputSink {
  /// Most sinks do not care where a statement ends.
  public mutating func endStatement() {}
}

/// Standard output and standard error.
public struct StandardStreams: OutputSink {
  public init() {}
  public func write(_ text: String) { StandardStreams.write(text, to: 1) }
  /// Messages quote report text, file names and values: on a terminal they
  /// pass the sanitiser (TerminalText) first.
  public func writeError(_ text: String) {
    let shown = Terminal.isTerminal(2) ? TerminalText.sanitised(text, breaks: .kept) : text
    StandardStreams.write(shown, to: 2)
  }

  /// Unbuffered, so results and errors interleave in the order they happen.
  /// A failed write to standard output ends the run (WriteFailure); one to
  /// standard error has nowhere to be reported.
  static func write(_ text: String, to fd: Int32) {
    var text = text
    let failure: Int32? = text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return nil }
      return Files.writeAll(base, count: bytes.count, to: fd)
    }
    if let failure, fd == 1 { WriteFailure.standardOutput(errno: failure) }
  }
}

/// Runs a dot-command line met in a script (`.mode csv`); returns false when
/// it failed. The shell provides it; without one, scripts hold queries only.
public typealias DotCommandHook = (
  _ line: String, _ runner: inout Runner, _ out: inout any OutputSink
)
  -> Bool

public struct Runner {
  public var graph: Graph
  public var format: OutputFormat
  /// Print each statement before its result (`--echo`).
  public var echo = false
  /// Stop at the first failing statement (`--bail`).
  public var bail = false
  /// No banner or notices, only results and errors (`--quiet`).
  public var quiet = false
  /// The last result, so that `show #3` can open its row 3.
  public var lastResult: ResultTable?
  /// Layout of the table format: the shell fits it to the terminal.
  public var style = TableStyle()
  /// Stops a running statement and the statements after it (the shell's
  /// Ctrl-C); the script around them stops too.
  public var cancellation = Cancellation.never
  /// Dot-command lines in scripts go here (see `DotCommandHook`).
  public var dotCommand: DotCommandHook?
  /// Statements (and dot-commands) that failed so far.
  public private(set) var failures = 0
  /// True once `bail` stopped the run: nothing more runs.
  public private(set) var hasBailed = false
  /// True once `.quit` or `.exit` stopped the run: nothing more runs.
  public private(set) var hasQuit = false
  /// The status `.exit N` asked for, if any.
  public private(set) var requestedExit: Int32?
  /// Scripts open right now, through `.read` inside scripts.
  private var openScripts: [String] = []

  /// How deep `.read` may nest scripts: enough for any real use, and a
  /// script that reads itself ends with an error instead of a stack overflow.
  public static let maxScriptNesting = 25

  public init(graph: Graph, format: OutputFormat) {
    self.graph = graph
    self.format = format
  }

  /// True when nothing more runs: `--bail` met a failure, or `.quit`/`.exit`.
  public var isStopped: Bool { hasBailed || hasQuit }

  /// Stops the run (`.quit`, `.exit N`); `status` is the process's exit
  /// status to use instead of the usual one.
  public mutating func stop(status: Int32?) {
    hasQuit = true
    if let status { requestedExit = status }
  }

  /// The exit status for what ran so far.
  public var status: ExitStatus {
    hasBailed ? .bailed : failures > 0 ? .queryFailed : .ok
  }

  /// What the format asks of default columns: a reader's format drops what
  /// says nothing (the report column with one report loaded).
  var queryOptions: QueryOptions {
    QueryOptions(
      hidesSingleReport: [.table, .line, .markdown].contains(format), drawsCharts: format == .svg)
  }

  /// Runs every statement of the source; returns false when one failed.
  @discardableResult
  public mutating func run(_ source: Source, to out: inout some OutputSink) -> Bool {
    // The user's work: the counting on idle threads waits meanwhile.
    IdleThread.foreground { runNow(source, to: &out) }
  }

  private mutating func runNow(_ source: Source, to out: inout some OutputSink) -> Bool {
    guard !isStopped else { return false }
    var allRan = true
    var lines: Diagnostic.Lines?
    // Once per source: a slice per statement must not copy the whole text.
    let utf8 = echo ? Array(source.text.utf8) : []
    let outcomes = QueryEngine.run(
      source, in: graph, options: queryOptions, previous: lastResult, cancellation: cancellation)
    for outcome in outcomes {
      if echo {
        out.write(slice(utf8, outcome.span).trimmingWhitespace() + "\n")
      }
      switch outcome.result {
      case .success(let table):
        lastResult = table
        out.write(Render.text(table, as: format, style: style))
      case .failure(let error):
        allRan = false
        if lines == nil { lines = Diagnostic.Lines(source) }
        fail(Diagnostic.render(error, in: lines ?? Diagnostic.Lines(source)), to: &out)
        if hasBailed { return false }
      }
      out.endStatement()
    }
    return allRan
  }

  /// Runs a script's text (see `ScriptInput.pieces`); returns false when a
  /// statement or dot-command failed.
  @discardableResult
  public mutating func runScript(_ text: String, name: String, to out: inout some OutputSink)
    -> Bool
  {
    var allRan = true
    for piece in ScriptInput.pieces(of: text, name: name) {
      guard !isStopped, !cancellation.isRequested else { return false }
      switch piece {
      case .statements(let source):
        allRan = run(source, to: &out) && allRan
      case .dotCommand(let line, let number):
        allRan = runDotCommand(line, line: number, script: name, to: &out) && allRan
      }
    }
    return allRan
  }

  /// Reads and runs a script file (`-f`, `.read`); a file that cannot be
  /// read is one failure, reported as `baogao: cannot read X: no such file`.
  @discardableResult
  public mutating func runScript(atPath path: String, to out: inout some OutputSink) -> Bool {
    guard !isStopped else { return false }
    guard openScripts.count < Runner.maxScriptNesting else {
      fail("baogao: \(path): scripts nested deeper than \(Runner.maxScriptNesting)", to: &out)
      return false
    }
    let text: String
    do {
      text = try ScriptInput.read(path: path)
    } catch {
      fail("baogao: \(error)", to: &out)
      return false
    }
    openScripts.append(path)
    defer { openScripts.removeLast() }
    return runScript(text, name: path == "-" ? "<stdin>" : path, to: &out)
  }

  private mutating func runDotCommand<Sink: OutputSink>(
    _ line: String, line number: Int, script: String, to out: inout Sink
  ) -> Bool {
    guard let hook = dotCommand else {
      fail(
        "\(script):\(number):1: error: dot-commands run in the shell only; "
          + "use options such as --format instead\n  \(line)", to: &out)
      return false
    }
    // The shell's messages say `error: ...`; in a script they also say where.
    let located = LocatingSink(out, location: "\(script):\(number):1: ")
    var sink: any OutputSink = located
    let ok = hook(line, &self, &sink)
    if let back = located.sink as? Sink { out = back }
    if !ok { fail(nil, to: &out) }
    return ok
  }

  /// Counts a failure, prints its message and, with `bail`, stops the run.
  private mutating func fail(_ message: String?, to out: inout some OutputSink) {
    failures += 1
    if let message { out.writeError(message + "\n") }
    if bail { hasBailed = true }
  }

  func slice(_ utf8: [UInt8], _ span: SourceSpan) -> String {
    let start = min(max(0, span.start), utf8.count)
    let end = min(max(start, span.end), utf8.count)
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }
}

/// Passes output on, putting a script location before each error message.
final class LocatingSink: OutputSink {
  var sink: any OutputSink
  let location: String

  init(_ sink: any OutputSink, location: String) {
    self.sink = sink
    self.location = location
  }

  func write(_ text: String) { sink.write(text) }
  func writeError(_ text: String) { sink.writeError(location + text) }
}

extension String {
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
