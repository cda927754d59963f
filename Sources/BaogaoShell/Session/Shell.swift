// Shell.swift: the interactive loop. Reads statements (a statement may span
// lines; the query engine's StatementReader says where one ends), keeps them
// in history, runs dot-commands (DotCommands.swift) itself and hands every
// statement (queries, outline, text, search, show) to the Runner. Ctrl-C drops
// the line being typed, or stops the statement running; Ctrl-D leaves.
import BaogaoGraph
import BaogaoQuery

#if canImport(Glibc)
  import Glibc
#endif

/// The shell over one graph.
public struct Shell {
  public var runner: Runner
  /// The loaded report's name, shown in the prompt.
  public var reportName: String
  /// The start-up file run before the first prompt; nil skips it (`--no-rc`).
  public var startupFile: String? = StartupFile.defaultPath()

  var console: Console
  var showsTimer = false
  var cellWidth = CellWidth()
  /// History as the reader had it when the current statement started.
  var historyEntries: [String] = []
  var completer: Completer
  private var completerIsStale = false
  private var failed = false
  private var usesTerminal = false

  public init(runner: Runner, reportName: String) {
    self.runner = runner
    self.reportName = reportName
    self.console = Console(sink: StandardStreams())
    self.completer = Completer(graph: runner.graph, dotCommands: DotCommand.completionTable)
    // `.read` scripts may hold dot-commands too (ScriptDotCommands.swift).
    if self.runner.dotCommand == nil {
      self.runner.dotCommand = Shell.scriptDotCommands(reportName: reportName)
    }
  }

  /// Marks the session as having a failure (exit status 1 when piped).
  mutating func noteFailure() { failed = true }

  /// 4 when results could not all be written, else 1 when something failed.
  var exitStatus: ExitStatus {
    console.hasFailedWrite ? .writeFailed : failed ? .queryFailed : .ok
  }

  /// The prompt: the report's name.
  var prompt: String { Render.visible(reportName) + "> " }

  /// The continuation prompt, `...> ` right-aligned under the prompt.
  var continuationPrompt: String {
    String(repeating: " ", count: max(0, DisplayWidth.of(prompt) - 5)) + "...> "
  }

  /// Runs until `.quit` or the end of input; returns the exit status. With an
  /// `EditLineReader` the shell is interactive: tables fit the terminal, rows
  /// are numbered, tall output goes through the pager, Ctrl-C never kills it.
  public mutating func run<Reader: LineReader, Out: OutputSink>(
    reader: inout Reader, out: inout Out
  ) -> ExitStatus {
    console.sink = out
    defer {
      if let back = console.sink as? Out { out = back }
    }
    usesTerminal = reader is EditLineReader
    if usesTerminal {
      // At a terminal one failure must not stop the rest of the session.
      runner.bail = false
      Interrupts.install()
      runner.cancellation = Interrupts.cancellation
      runner.style = runner.style.forTerminal()
      cellWidth = runner.style.width
      console.pager = Terminal.pagerCommand()
      // Results are UTF-8 whatever the locale says; with LANG unset, less
      // would show box drawing as <E2><94><8C>.
      if console.pager != nil { setenv("LESSCHARSET", "utf-8", 1) }
    }
    reader.use(completer)
    if usesTerminal { completer.prepareValuesInBackground() }
    if let startupFile { runStartupFile(at: startupFile) }
    if usesTerminal && !runner.quiet { console.writeError(banner()) }

    // Where statements end is the query engine's call (StatementReader).
    var pending = StatementReader(mode: .lines)
    var lineNumber = 0
    var firstLine = 1
    while true {
      switch reader.read(prompt: pending.isBlank ? prompt : continuationPrompt) {
      case .end:
        if !pending.isBlank && usesTerminal {
          // Ctrl-D at `...>` drops the statement; saying so, the user knows
          // it did not run, and a second Ctrl-D leaves.
          console.writeError("unfinished statement dropped (Ctrl-D again leaves)\n")
          _ = pending.take()
          continue
        }
        // Piped input may end without a final newline or `;`: run what is left.
        if !pending.isBlank {
          _ = execute(pending.take(), name: "<stdin>", firstLine: firstLine)
        }
        return exitStatus
      case .cancelled:
        _ = pending.take()
        continue
      case .line(let line):
        lineNumber += 1
        let statement: String
        if pending.isBlank {
          let trimmed = line.trimmingWhitespace()
          if trimmed.isEmpty { continue }
          firstLine = lineNumber
          // A dot-command is one line.
          if trimmed.hasPrefix(".") {
            statement = line
          } else {
            guard pending.add(line) else { continue }
            statement = pending.take()
          }
        } else {
          guard pending.add(line) else { continue }
          statement = pending.take()
        }
        // One entry per statement, even when it took several lines.
        reader.remember(statement)
        historyEntries = reader.entries()
        let outcome = execute(statement, name: "<stdin>", firstLine: firstLine)
        if completerIsStale {
          reader.use(completer)
          completer.prepareValuesInBackground()
          completerIsStale = false
        }
        if case .exit(let code) = outcome { runner.stop(status: code) }
        // `.quit`, `.exit N`, or one of them in a `.read` script.
        if outcome == .quit || runner.isStopped { return exitStatus }
      }
    }
  }

  /// Runs one statement: a dot-command, or queries (`outline`, `text`,
  /// `search` and `show` among them).
  mutating func execute(_ statement: String, name: String, firstLine: Int) -> DotOutcome {
    let started = Shell.now()
    let isDotCommand = statement.trimmingWhitespace().hasPrefix(".")
    defer {
      // Timed: queries, not the shell's own settings.
      if showsTimer && !isDotCommand {
        let seconds = Double(Shell.now() - started) / 1e9
        console.writeError("Run Time: \(String(format3(seconds))) s\n")
      }
    }
    if usesTerminal, Terminal.isTerminal(1), !console.isRedirected {
      // The window may have been resized since the last statement.
      runner.style.maxWidth = Terminal.size()?.columns
    }
    let trimmed = statement.trimmingWhitespace()
    // A Ctrl-C from Enter on counts for this statement (it stops it); one in
    // the pager after its results must not stop the next.
    defer { if usesTerminal { _ = Interrupts.take() } }
    if trimmed.hasPrefix(".") { return runDotCommand(trimmed) }
    // `.once FILE` takes this statement's results only.
    defer { if console.isOnce { try? redirect(to: nil) } }
    runQueries(Source(name: name, text: statement, firstLine: firstLine))
    return .ok
  }

  /// Runs queries through the Runner; their results go to the console. A
  /// Ctrl-C while they run stops them (Cancellation) and drops their output.
  mutating func runQueries(_ source: Source) {
    var sink = StatementSink(console: console)
    if !runner.run(source, to: &sink) { failed = true }
    if usesTerminal && Interrupts.take() {
      console.writeError("interrupted\n")
      return
    }
    console.writeResult(sink.text)
  }

  /// Sends results to a file (`.output FILE`, `.once FILE`), or back to the
  /// screen with nil. A file gets no colour, no row numbers and no width limit.
  mutating func redirect(to path: String?, once: Bool = false) throws(ShellError) {
    try console.redirect(to: path, once: once)
    if console.isRedirected {
      runner.style = runner.style.forFile()
    } else if usesTerminal {
      runner.style = runner.style.forTerminal()
    } else {
      runner.style.toTerminal = Terminal.isTerminal(1)
    }
  }

  /// Prints a table in the current format and makes it the last result.
  mutating func show(_ table: ResultTable) {
    runner.lastResult = table
    console.writeResult(Render.text(table, as: runner.format, style: runner.style))
  }

  /// Swaps in a new graph (`.open`): the prompt, completion and `show #N`
  /// follow it.
  mutating func replaceGraph(_ graph: Graph, name: String) {
    runner.graph = graph
    runner.lastResult = nil
    reportName = name
    completer = Completer(graph: graph, dotCommands: DotCommand.completionTable)
    completerIsStale = true
  }

  /// One line on what is loaded and where help is.
  func banner() -> String {
    let graph = runner.graph
    let reports =
      graph.reports.count == 1
      ? (graph.reports.first.map { Render.visible($0.title) } ?? reportName)
      : "\(graph.reports.count) reports"
    let text =
      "baogao: \(reports): \(graph.sections.count) sections, "
      + "\(graph.indicators.count) indicators, \(graph.targets.count) targets. "
      + "Tab completes, .help for help."
    // Fitted like every other line, so that no line is wider than the screen.
    guard let columns = runner.style.maxWidth else { return text + "\n" }
    return TextWrap.lines(text, limit: columns, width: cellWidth).joined(separator: "\n") + "\n"
  }

  mutating func runDotCommand(_ line: String) -> DotOutcome {
    var words = Lexer.words(of: String(line.dropFirst()))
    guard !words.isEmpty else { return .ok }
    let name = words.removeFirst()
    do {
      let command = try DotCommand.find(name)
      let outcome = try command.run(&self, words)
      if outcome == .usage {
        console.writeError("usage: \(command.usage)\n")
        failed = true
      }
      return outcome
    } catch {
      console.writeError("error: \(error.message)\n")
      failed = true
      return .ok
    }
  }

  /// Runs the start-up file's statements (script syntax, ScriptInput.swift);
  /// a bad one warns and the rest run. A missing file is not an error.
  public mutating func runStartupFile(at path: String) {
    guard let bytes = Files.read(path) else { return }
    let wasFailed = failed
    for piece in ScriptInput.pieces(of: String(decoding: bytes, as: UTF8.self), name: path) {
      let (text, firstLine): (String, Int)
      switch piece {
      case .statements(let source): (text, firstLine) = (source.text, source.firstLine)
      case .dotCommand(let line, let number): (text, firstLine) = (line, number)
      }
      failed = false
      if execute(text, name: path, firstLine: firstLine) == .quit { break }
      if failed { console.writeError("\(path):\(firstLine): warning: statement skipped\n") }
    }
    // A bad start-up line is a warning, never the session's exit status.
    failed = wasFailed
  }

  /// Monotonic nanoseconds, for `.timer`.
  static func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
  }
}

/// Seconds with three decimals, without Foundation.
private func format3(_ seconds: Double) -> String {
  let millis = Int((seconds * 1000).rounded())
  let fraction = String(millis % 1000)
  return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}
