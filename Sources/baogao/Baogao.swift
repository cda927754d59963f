// Baogao.swift: the command line. Parses arguments, loads the reports and
// hands over to the shell, the runner or the export. Nothing else.
import ArgumentParser
import BaogaoGraph
import BaogaoIngest
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
    subcommands: [Query.self, ExportCommand.self],
    defaultSubcommand: Query.self)
}

/// Loads reports or exits with status 2 and a message.
func loadGraph(_ files: [String]) throws -> Graph {
  do {
    return try ReportFile.loadGraph(paths: files)
  } catch {
    var err = StandardStreams()
    err.writeError("baogao: \(error)\n")
    throw ExitCode(ExitStatus.usage.rawValue)
  }
}

extension Baogao {
  struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "shell", abstract: "Open the shell, or run queries (-c, -f).")

    @Option(name: .customShort("c"), help: "Run this query (or several, separated by ';').")
    var commands: [String] = []

    @Option(name: .customShort("f"), help: "Run this saved query script.")
    var scripts: [String] = []

    @Option(help: "Output format: table, json, csv, tsv, markdown.")
    var format: String?

    @Argument(help: "Report files (default: the bundled dinghai-2018).")
    var files: [String] = []

    func run() throws {
      let graph = try loadGraph(files)
      let interactive = isatty(1) != 0
      guard let chosen = OutputFormat(rawValue: format ?? (interactive ? "table" : "tsv")) else {
        throw ValidationError("unknown format '\(format ?? "")'")
      }
      var runner = Runner(graph: graph, format: chosen)
      var out = StandardStreams()
      if !commands.isEmpty || !scripts.isEmpty {
        var ok = true
        for command in commands {
          ok = runner.run(BaogaoQuery.Source(name: "-c", text: command), to: &out) && ok
        }
        throw ExitCode(ok ? 0 : 1)
      }
      let name = files.isEmpty ? BundledReport.id : ReportFile.reportID(forPath: files[0])
      var shell = Shell(runner: runner, reportName: name)
      if var reader = EditLineReader() {
        let status = shell.run(reader: &reader, out: &out)
        throw ExitCode(status.rawValue)
      }
      var reader = PlainLineReader()
      throw ExitCode(shell.run(reader: &reader, out: &out).rawValue)
    }
  }

  struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Print the whole graph as one JSON document.")

    @Argument(help: "Report files (default: the bundled dinghai-2018).")
    var files: [String] = []

    func run() throws {
      let graph = try loadGraph(files)
      var out = StandardStreams()
      out.write(Export.json(of: graph).text(indent: 1) + "\n")
    }
  }
}
