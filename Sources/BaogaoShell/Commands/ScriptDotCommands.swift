// ScriptDotCommands.swift: dot-commands met in `-c` and `-f` scripts
// (`.mode csv`, `.schema targets`) run through the shell's own table
// (DotCommands.swift), so a script may use them as the shell does. Settings
// that live on the Runner (`.mode`) last for the rest of the run.

extension Shell {
  /// A `DotCommandHook` for the Runner that runs the line as the shell would,
  /// over the runner's graph; it fails when the command printed an error.
  public static func scriptDotCommands(reportName: String) -> DotCommandHook {
    { line, runner, out in
      var shell = Shell(runner: runner, reportName: reportName)
      shell.startupFile = nil
      let recorder = ErrorRecorder(out)
      shell.console = Console(sink: recorder)
      let outcome = shell.execute(line, name: "", firstLine: 1)
      runner = shell.runner
      // `.quit` and `.exit N` end the whole run, as in sqlite3's scripts.
      if case .exit(let code) = outcome { runner.stop(status: code) }
      if outcome == .quit { runner.stop(status: nil) }
      out = recorder.sink
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
