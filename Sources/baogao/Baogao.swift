// Baogao.swift: the command line. Parses arguments, loads the reports and
// hands over to the runner (-c, -f, piped input), the shell or the export.
// Nothing else: running, rendering and exit statuses live in BaogaoShell.
import ArgumentParser
import BaogaoQuery
import BaogaoShell

#if canImport(Glibc)
  import Glibc
#endif

@main
struct Baogao: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baogao",
    abstract: "A query shell for Chinese government work reports (政府工作报告).",
    discussion: """
      With no -c or -f and a terminal on standard input, opens the shell; with
      piped input, runs the queries read from it. Exit status: 0 all ran, 1 a
      statement failed, 2 bad usage or an unreadable report or script, 3 --bail
      stopped at the first failing statement, 4 results could not be written.
      """,
    subcommands: [ShellCommand.self, ExportCommand.self],
    defaultSubcommand: ShellCommand.self)

  /// ArgumentParser's own `main` exits with 64 on bad usage; the contract
  /// (CONTRACT.md) says 2, so errors are mapped here.
  static func main() {
    WriteFailure.occupyClosedStandardDescriptors()
    // `baogao --help` shows the shell's options (-c, -f, --format …), which
    // live on the default subcommand, and `--version` needs no subcommand.
    if let text = Help.answer(to: Array(CommandLine.arguments.dropFirst())) {
      StandardStreams().write(text)
      Glibc.exit(ExitStatus.ok.rawValue)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
      Glibc.exit(ExitStatus.ok.rawValue)
    } catch let code as ExitCode {
      Glibc.exit(code.rawValue)
    } catch {
      if exitCode(for: error) == .success {  // --help, --version
        StandardStreams().write(fullMessage(for: error) + "\n")
        Glibc.exit(ExitStatus.ok.rawValue)
      }
      StandardStreams().writeError(fullMessage(for: error) + "\n")
      Glibc.exit(ExitStatus.usage.rawValue)
    }
  }
}

extension Baogao {
  /// `baogao [-c QUERY | -f SCRIPT]... [FILE...]`: runs queries, or opens the shell.
  struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "shell", abstract: "Open the shell, or run queries (-c, -f) and exit.")

    @Option(
      name: [.customShort("c"), .customLong("command")], parsing: .unconditionalSingleValue,
      help: "Run this query (or several, separated by ';'). Repeatable; runs in order with -f.")
    var commands: [String] = []

    @Option(
      name: [.customShort("f"), .customLong("file")], parsing: .unconditionalSingleValue,
      help: "Run this saved query script ('-' reads standard input). Repeatable.")
    var scripts: [String] = []

    @Option(
      help:
        "Output format: table, json, csv, tsv, markdown, svg (default: table on a terminal, tsv otherwise)."
    )
    var format: String?

    @Flag(help: "Stop at the first failing statement (exit status 3).")
    var bail = false

    @Flag(help: "Print each statement before its result.")
    var echo = false

    @Flag(help: "Print only results and errors.")
    var quiet = false

    @Flag(help: "Do not read the start-up file (~/.config/baogao/rc).")
    var noRC = false

    @Flag(help: "Print no header line in table, CSV and TSV output (also .headers off).")
    var noHeader = false

    @Option(
      help:
        "Add the indicator synonyms of this file (synonym<TAB>canonical a line; also ~/.config/baogao/indicators.tsv)."
    )
    var indicators: String?

    @Argument(help: "Report files or folders (default: the bundled dinghai-2018).")
    var files: [String] = []

    func validate() throws {
      if let format, OutputFormat(rawValue: format) == nil {
        let names = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("unknown format '\(format)'; use one of \(names)")
      }
    }

    func run() throws {
      // Everything that can be bad usage is checked before anything runs, so
      // a typo in a script name never leaves half a job done.
      let inputs = Invocation.orderedInputs(
        arguments: Array(CommandLine.arguments.dropFirst()), commands: commands, scripts: scripts)
      var texts: [String: String] = [:]
      for case .script(let path) in inputs where texts[path] == nil {
        do {
          texts[path] = try ScriptInput.read(path: path)
        } catch {
          throw usageFailure("baogao: \(error)")
        }
      }
      let graph = try ReportLoading.graph(files, indicators: indicators)
      let chosen = format.flatMap(OutputFormat.init(rawValue:)) ?? (isatty(1) != 0 ? .table : .tsv)
      var runner = Runner(graph: graph, format: chosen)
      runner.style.toTerminal = isatty(1) != 0
      runner.bail = bail
      runner.echo = echo
      runner.quiet = quiet
      runner.style.showsHeader = !noHeader
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
        throw ExitCode(runner.requestedExit ?? runner.status.rawValue)
      }
      // The shell, interactive on a terminal; on piped input it reads the
      // lines with no prompt and no history, so dot-commands and exploring
      // commands (outline, search) work there too.
      var shell = Shell(runner: runner, reportName: name)
      if noRC { shell.startupFile = nil }
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
  struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Print the whole graph as one JSON document, or write it for other tools.",
      discussion: """
        With --sqlite, --jsonl or --csv (any together) the graph goes to those
        files instead: an SQLite database with one table per kind, or one file
        per kind (DIR/targets.jsonl, DIR/targets.csv). Each file appears whole
        or not at all; an existing one is replaced only once the new one is
        complete.
        """)

    @Option(help: "Write an SQLite database to this file.")
    var sqlite: String?

    @Option(help: "Write one JSON Lines file per kind into this folder.")
    var jsonl: String?

    @Option(help: "Write one CSV file (RFC 4180) per kind into this folder.")
    var csv: String?

    @Option(help: "Add the indicator synonyms of this file (synonym<TAB>canonical a line).")
    var indicators: String?

    @Argument(help: "Report files or folders (default: the bundled dinghai-2018).")
    var files: [String] = []

    func run() throws {
      let destinations = ExportDestinations(sqlite: sqlite, jsonl: jsonl, csv: csv)
      let names = try ReportLoading.indicatorNames(indicators)
      do {
        let err = StandardStreams()
        try ExportStream.run(
          paths: files, to: destinations, names: names,
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
