// ScriptDotCommands.swift: dot-commands met in `-c` and `-f` scripts
// (`.mode csv`, `.schema targets`) run through the shell's own table
// (DotCommands.swift), so a script may use them as the shell does. Settings
// that live on the Runner (`.mode`) last for the rest of the run.

extension Shell {
  /// A `DotCommandHook` for the Runner that runs the line as the shell would,
  /// over the runner's graph; it fails when the command printed an error.
  /// With `output` (the run's results), `.output FILE` and `.once FILE` send
  /// the results of the statements after them to the file.
  public static func scriptDotCommands(reportName: String, output: ScriptOutput? = nil)
    -> DotCommandHook
  {
    { line, runner, out in
      var shell = Shell(runner: runner, reportName: reportName)
      shell.startupFile = nil
      let outcome: DotOutcome
      let recorder: ErrorRecorder
      if let output {
        // The run's console, so that a redirection outlives this line.
        // Results go straight to the stream (the console's own sink would
        // lead back here), errors through `out`, which says where they are.
        recorder = ErrorRecorder(RoutedSink(results: output.stream, errors: out))
        output.console.sink = recorder
        defer { output.console.sink = output.stream }
        shell.console = output.console
        outcome = shell.execute(line, name: "", firstLine: 1)
      } else {
        recorder = ErrorRecorder(out)
        shell.console = Console(sink: recorder)
        outcome = shell.execute(line, name: "", firstLine: 1)
      }
      runner = shell.runner
      // `.quit` and `.exit N` end the whole run, as in sqlite3's scripts.
      if case .exit(let code) = outcome { runner.stop(status: code) }
      if outcome == .quit { runner.stop(status: nil) }
      if output == nil { out = recorder.sink }
      return !recorder.sawError
    }
  }
}

/// Passes output on and remembers whether an error went by.
final class ErrorRecorder: OutputSink {
  var sink: any OutputSink
  var sawError = false

  init(_ sink: any OutputSink) { self.sink = sink }

  func write(_ text: String) { sink.write(text) }

  func writeError(_ text: String) {
    sawError = true
    sink.writeError(text)
  }
}

/// The results of a `-c`/`-f` run: standard output, or the file that a
/// script's `.output FILE` or `.once FILE` named. Errors always go to the
/// stream's error side.
public final class ScriptOutput: OutputSink {
  let stream: any OutputSink
  let console: Console

  public init(stream: any OutputSink = StandardStreams()) {
    self.stream = stream
    console = Console(sink: stream)
  }

  public func write(_ text: String) { console.writeResult(text) }
  public func writeError(_ text: String) {
    var stream = stream
    stream.writeError(text)
  }
  public func endStatement() {
    if console.isOnce { try? console.redirect(to: nil) }
  }
}

/// Results to one sink, errors to another.
struct RoutedSink: OutputSink {
  var results: any OutputSink
  var errors: any OutputSink
  mutating func write(_ text: String) { results.write(text) }
  mutating func writeError(_ text: String) { errors.writeError(text) }
}
