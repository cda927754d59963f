// Baogao.swift: the command line. Parses arguments (Arguments.swift), loads
// the reports and hands over to the runner (-c, -f, piped input), the shell
// or the export. Nothing else: running, rendering and exit statuses live in
// BaogaoShell.
import BaogaoIngest
import BaogaoQuery
import BaogaoShell

#if canImport(Glibc)
  import Glibc
#endif

/// Leaves the program with this status (thrown from deep inside a command).
struct ExitCode: Error {
  var rawValue: Int32
  init(_ rawValue: Int32) { self.rawValue = rawValue }
}

@main
enum Baogao {
  static func main() {
    HeapPadding.apply()
    WriteFailure.occupyClosedStandardDescriptors()
    let request: Request
    do {
      request = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
      StandardStreams().writeError(error.text)
      exit(ExitStatus.usage.rawValue)
    }
    do throws(ExitCode) {
      switch request {
      case .version: StandardStreams().write("baogao \(Help.version)\n")
      case .help(let command): StandardStreams().write(Help.text(for: command))
      case .run(let arguments):
        switch arguments.command {
        case .shell: try ShellCommand(arguments).run()
        case .export: try ExportCommand(arguments).run()
        }
      }
      exit(ExitStatus.ok.rawValue)
    } catch {
      exit(error.rawValue)
    }
  }
}

extension Baogao {
  /// `baogao [-c QUERY | -f SCRIPT]... [FILE...]`: runs queries, or opens the shell.
  struct ShellCommand {
    /// The options as given: each is read where it is used, so none is
    /// declared twice (Options.swift declares them).
    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments) {
      self.arguments = arguments
    }

    func run() throws(ExitCode) {
      // Everything that can be bad usage is checked before anything runs, so
      // a typo in a script name never leaves half a job done.
      let inputs = arguments.inputs
      let files = arguments.files
      var texts: [String: String] = [:]
      for case .script(let path) in inputs where texts[path] == nil {
        do {
          texts[path] = try ScriptInput.read(path: path)
        } catch {
          throw usageFailure("baogao: \(error)")
        }
      }
      let graph = try ReportLoading.graph(
        files, indicators: arguments.value(.indicators), cached: !arguments.isSet(.noCache))
      // Arguments.parse has refused a format that is not one.
      let format = arguments.value(.format).flatMap(OutputFormat.init(rawValue:))
      var runner = Runner(graph: graph, format: format ?? (isatty(1) != 0 ? .table : .tsv))
      runner.style.toTerminal = isatty(1) != 0
      runner.bail = arguments.isSet(.bail)
      runner.echo = arguments.isSet(.echo)
      runner.quiet = arguments.isSet(.quiet)
      runner.style.showsHeader = !arguments.isSet(.noHeader)
      var out = StandardStreams()

      let name = files.isEmpty ? "dinghai-2018" : ReportLoading.reportID(files[0])
      if !inputs.isEmpty {
        // `-c` at a terminal fits it as the shell does; rows are not
        // numbered, as there is no `show #N` to follow.
        runner.style = runner.style.forTerminal(numbered: false)
        // `.output FILE` and `.once FILE` in a script redirect what follows.
        var output = ScriptOutput()
        runner.dotCommand = Shell.scriptDotCommands(reportName: name, output: output)
        for input in inputs {
          switch input {
          case .command(let text): runner.runScript(text, name: "-c", to: &output)
          case .script(let path):
            runner.runScript(
              texts[path] ?? "", name: path == "-" ? "<stdin>" : path, to: &output)
          }
        }
        // Straight out, not thrown up to main: unwinding released the whole
        // graph node by node, a tenth of a warm run's instructions
        // (Scripts/bench-process.sh). Results are written already, unbuffered.
        exit(runner.requestedExit ?? runner.status.rawValue)
      }
      // The shell, interactive on a terminal; on piped input it reads the
      // lines with no prompt and no history, so dot-commands and exploring
      // commands (outline, search) work there too.
      var shell = Shell(runner: runner, reportName: name)
      if arguments.isSet(.noRC) { shell.startupFile = nil }
      let status: ExitStatus
      if var reader = EditLineReader() {
        status = shell.run(reader: &reader, out: &out)
      } else {
        var reader = PlainLineReader()
        status = shell.run(reader: &reader, out: &out)
      }
      if let code = shell.runner.requestedExit { throw ExitCode(code) }
      throw ExitCode(shell.runner.hasBailed ? ExitStatus.bailed.rawValue : status.rawValue)
    }
  }

  /// `baogao export [--sqlite FILE] [--jsonl DIR] [--csv DIR] [FILE...]`: the
  /// whole graph as the JSON of CONTRACT.md, or as files for other tools.
  struct ExportCommand {
    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments) {
      self.arguments = arguments
    }

    func run() throws(ExitCode) {
      let destinations = ExportDestinations(
        sqlite: arguments.value(.sqlite), jsonl: arguments.value(.jsonl),
        csv: arguments.value(.csv))
      let names = try ReportLoading.indicatorNames(arguments.value(.indicators))
      do {
        let err = StandardStreams()
        try ExportStream.run(
          paths: arguments.files, to: destinations, names: names,
          cache: arguments.isSet(.noCache) ? nil : GraphCache.standard(),
          notes: { err.writeError("baogao: note: \($0)\n") })
      } catch {
        StandardStreams().writeError("baogao: \(error)\n")
        throw ExitCode(ExportCommand.status(of: error).rawValue)
      }
    }

    /// A report that cannot be read is bad usage (2), as for every command.
    static func status(of error: ExportError) -> ExitStatus {
      switch error {
      case .unreadableReport: .usage
      case .cannotWrite: .writeFailed
      }
    }
  }
}

/// Prints the message to standard error and gives the usage exit status.
func usageFailure(_ message: String) -> ExitCode {
  StandardStreams().writeError(message + "\n")
  return ExitCode(ExitStatus.usage.rawValue)
}
