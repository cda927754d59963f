// DotCommands.swift: the shell's dot-commands, from ONE table that drives
// dispatch (any unique prefix: `.h` is `.help`), `.help`, Tab completion and
// "did you mean". Each handler is small: it reads its arguments, changes the
// shell, prints, and returns an outcome or throws a ShellError.
import BaogaoGraph
import BaogaoIngest
import BaogaoQuery

/// What a dot-command asks the shell to do next.
public enum DotOutcome: Sendable, Hashable {
  case ok
  /// The arguments were wrong: print the command's usage line.
  case usage
  case quit
  /// `.exit N`: leave with exit status N.
  case exit(Int32)
}

/// One row of the dot-command table.
public struct DotCommand: Sendable {
  /// The name without its dot: the usage's first word.
  public let name: String
  /// The synopsis: `.mode table|json|csv|tsv|markdown|line`.
  public let usage: String
  public let summary: String
  /// What Tab offers after the name.
  public let argument: DotArgument
  let run: @Sendable (inout Shell, [String]) throws(ShellError) -> DotOutcome

  /// A row: the name is read off `usage` (`.read FILE` is `read`), so that it
  /// is written once.
  init(
    _ usage: String, _ summary: String, _ argument: DotArgument,
    _ run: @escaping @Sendable (inout Shell, [String]) throws(ShellError) -> DotOutcome
  ) {
    self.name = String(usage.dropFirst().prefix { $0 != " " })
    self.usage = usage
    self.summary = summary
    self.argument = argument
    self.run = run
  }
}

extension DotCommand {
  /// Every dot-command, in the order `.help` lists them.
  public static let all: [DotCommand] = [
    DotCommand(".help [COMMAND]", "Show this help, or one command's", .choice([]), help),
    DotCommand(".read FILE", "Run the queries of a script file", .files, read),
    DotCommand(
      ".open [+]FILE|DIR|GLOB...", "Load these reports instead (+: add them to the loaded ones)",
      .files, openReports),
    DotCommand(".add FILE|DIR|GLOB...", "Add these reports to the loaded ones", .files, addReports),
    DotCommand(".reports", "List the loaded reports", .none, reports),
    DotCommand(
      ".mode " + OutputFormat.allCases.map(\.rawValue).joined(separator: "|"),
      "Set the output format", .choice(OutputFormat.allCases.map(\.rawValue)), mode),
    DotCommand(".output [FILE]", "Send results to FILE, or back to the screen", .files, output),
    DotCommand(".once FILE", "Send the next statement's results to FILE", .files, once),
    DotCommand(
      ".chart [bars|line] [FILE.svg]", "Draw the last result as a chart, or write it to FILE.svg",
      .files, chart),
    DotCommand(
      ".headers on|off", "Show or hide the header line (table, CSV, TSV)", .choice(["on", "off"]),
      headers),
    DotCommand(".nullvalue TEXT", "Show missing values as TEXT", .none, nullValue),
    DotCommand(".print TEXT...", "Print TEXT", .none, printText),
    DotCommand(".tables", "List the kinds with their row counts", .none, tables),
    DotCommand(
      ".timer on|off", "Show how long each statement took", .choice(["on", "off"]), timer),
    DotCommand(".schema [KIND]", "List the kinds and their fields", .kind, schema),
    DotCommand(".history [TEXT]", "List history entries containing TEXT", .none, history),
    DotCommand(".quit", "Leave the shell (also Ctrl-D)", .none, quit),
    DotCommand(".exit [N]", "Leave the shell with exit status N (0-255)", .none, exit),
  ]

  /// Names and arguments for the completer.
  public static var completionTable: [(name: String, argument: DotArgument)] {
    all.map { ($0.name, $0.argument) }
  }

  /// The command a typed name stands for: exact, or the only one it begins.
  static func find(_ typed: String) throws(ShellError) -> DotCommand {
    let name = typed.lowercased()
    if let exact = all.first(where: { $0.name == name }) { return exact }
    let matches = all.filter { $0.name.hasPrefix(name) }
    if matches.count == 1, let only = matches.first { return only }
    if matches.count > 1 {
      throw ShellError(
        "'.\(typed)' is ambiguous: " + matches.map { "." + $0.name }.joined(separator: ", "))
    }
    let hint = Suggestion.nearest(to: name, among: all.map(\.name)).map {
      "; did you mean '.\($0)'?"
    }
    throw ShellError("unknown command '.\(typed)'\(hint ?? "; try .help")")
  }

  // MARK: handlers

  static func quit(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    .quit
  }

  static func exit(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard let first = args.first else { return .quit }
    guard args.count == 1, let code = Int32(first), (0...255).contains(code) else { return .usage }
    return .exit(code)
  }

  static func help(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    if let name = args.first {
      let command = try find(name.hasPrefix(".") ? String(name.dropFirst()) : name)
      shell.console.writeResult(command.usage + "\n  " + command.summary + "\n")
      return .ok
    }
    let w = shell.cellWidth
    // One long usage (`.mode …`) would push every summary right: a usage
    // wider than this has its summary on the next line.
    let width = min(all.map { w.of($0.usage) }.max() ?? 0, 18)
    // Fitted to the screen like tables: long summaries wrap under themselves.
    let columns = shell.runner.style.maxWidth ?? Int.max
    var text = ""
    for command in all {
      let usage = w.of(command.usage)
      let head =
        usage > width
        ? command.usage + "\n" + String(repeating: " ", count: width + 2)
        : command.usage + String(repeating: " ", count: width - usage + 2)
      text += hanging(head + command.summary, indent: width + 2, columns: columns, width: w)
    }
    let guide = """

      Queries (end a line with where/and/… to go on to the next line):
        targets where area = 城市建设
        indicators where name ~ 收入 order by value desc limit 5
        count targets group by area
        chart count targets group by area     the same as bars; .chart FILE.svg saves it
      Exploring:
        show T1 | show #3     a node (or row 3 of the last result), its sentence, its neighbours
        outline               the section tree
        text 二.(三)          a section's text
        search 旅游           the sentences that contain a word
      Keys: Tab completes, Up/Down recall history,
      Ctrl-R searches it, Ctrl-C cancels the line, Ctrl-D leaves.
      """
    for line in guide.split(separator: "\n", omittingEmptySubsequences: false) {
      // Continuation lines start under the text after the first wide gap.
      let gap = line.firstRange(of: "   ").map { range in
        w.of(line[..<range.lowerBound]) + w.of(line[range.lowerBound...].prefix { $0 == " " })
      }
      let lead = w.of(line.prefix { $0 == " " })
      text += hanging(String(line), indent: gap ?? lead, columns: columns, width: w)
    }
    shell.console.writeResult(text)
    return .ok
  }

  /// `text` wrapped to `columns`, lines after the first indented by `indent`.
  static func hanging(_ text: String, indent: Int, columns: Int, width: CellWidth) -> String {
    if let newline = text.firstIndex(of: "\n") {
      return String(text[..<newline]) + "\n"
        + hanging(
          String(text[text.index(after: newline)...]), indent: indent, columns: columns,
          width: width)
    }
    guard width.of(text) > columns else { return text + "\n" }
    let indent = columns - indent >= 20 ? indent : 4
    let pad = String(repeating: " ", count: indent)
    // Leading spaces are kept: the wrapper drops spaces at a line's start.
    let lead = String(text.prefix { $0 == " " })
    let body = String(text.dropFirst(lead.count))
    let first = lead + TextWrap.lines(body, limit: columns - lead.count, width: width)[0]
    let rest = String(text.dropFirst(first.count)).trimmingWhitespace()
    let lines = rest.isEmpty ? [] : TextWrap.lines(rest, limit: columns - indent, width: width)
    return ([first] + lines.map { pad + $0 }).joined(separator: "\n") + "\n"
  }

  static func read(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.count == 1 else { return .usage }
    // The runner reads scripts for -f too: same syntax, nesting limit, and
    // dot-command lines come back to this table (ScriptDotCommands.swift).
    var sink = StatementSink(console: shell.console)
    let ran = shell.runner.runScript(atPath: FileNames.expandHome(args[0]), to: &sink)
    // Ctrl-C stopped the script (only the shell's SIGINT handler sets it).
    if Interrupts.take() {
      shell.console.writeError("interrupted\n")
      return .ok
    }
    shell.console.writeResult(sink.text)
    if !ran { shell.noteFailure() }
    return .ok
  }

  static func openReports(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard !args.isEmpty else { return .usage }
    if args[0].hasPrefix("+") {
      let rest = [String(args[0].dropFirst())].filter { !$0.isEmpty } + args.dropFirst()
      return try addReports(&shell, rest)
    }
    return try load(&shell, paths: try ReportGlob.expand(args.map(FileNames.expandHome)))
  }

  /// `.add FILE...` and `.open +FILE...`: the loaded reports, then these.
  static func addReports(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard !args.isEmpty else { return .usage }
    let loaded = shell.runner.graph.reports.map(\.source)
    return try load(
      &shell, paths: loaded + (try ReportGlob.expand(args.map(FileNames.expandHome))))
  }

  /// Loads the paths (`bundled` for the bundled report) as one corpus.
  static func load(_ shell: inout Shell, paths: [String]) throws(ShellError) -> DotOutcome {
    do {
      let names = try IndicatorFile.names(explicit: nil)
      var corpus = Corpus(names: names.names)
      // The files between `bundled`s are read together, in parallel.
      var files: [String] = []
      func addFiles() throws(IngestError) {
        do throws(PathFailure) {
          try corpus.add(paths: files)
        } catch {
          throw error.error
        }
        files = []
      }
      for path in paths {
        if path == "bundled" {
          try addFiles()
          try corpus.addBundled()
        } else {
          files.append(path)
        }
      }
      try addFiles()
      for note in names.warnings + corpus.notes { shell.console.writeError("note: \(note)\n") }
      for (path, warning) in corpus.warnings {
        shell.console.writeError("baogao: \(path): warning: \(warning)\n")
      }
      let name = corpus.builder.reports.first?.id ?? "baogao"
      shell.replaceGraph(corpus.finish().graph, name: name)
    } catch {
      throw ShellError("\(error)")
    }
    let graph = shell.runner.graph
    shell.console.writeError(
      "loaded \(graph.reports.count) report\(graph.reports.count == 1 ? "" : "s"), "
        + "\(graph.nodeCount) nodes\n")
    return .ok
  }

  static func reports(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.isEmpty else { return .usage }
    let graph = shell.runner.graph
    let table = ResultTable(
      columns: ["id", "title", "place", "code", "level", "province", "year", "source"],
      rows: graph.reports.map {
        [
          .string($0.id), .string($0.title), .string($0.place ?? ""),
          .string($0.identity.code ?? ""), .string($0.identity.level?.rawValue ?? ""),
          .string($0.identity.province ?? ""), $0.year.map { .number(Double($0)) } ?? .null,
          .string($0.source),
        ]
      },
      rowIDs: graph.reports.map(\.id))
    shell.show(table)
    return .ok
  }

  static func mode(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard let name = args.first else {
      shell.console.writeResult("current mode: \(shell.runner.format.rawValue)\n")
      return .ok
    }
    guard args.count == 1, let format = OutputFormat(rawValue: name.lowercased()) else {
      return .usage
    }
    shell.runner.format = format
    return .ok
  }

  static func output(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.count <= 1 else { return .usage }
    try shell.redirect(to: args.first.map(FileNames.expandHome))
    return .ok
  }

  static func once(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.count == 1 else { return .usage }
    try shell.redirect(to: FileNames.expandHome(args[0]), once: true)
    return .ok
  }

  static func headers(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.count == 1, ["on", "off"].contains(args[0].lowercased()) else { return .usage }
    shell.runner.style.showsHeader = args[0].lowercased() == "on"
    return .ok
  }

  static func nullValue(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.count <= 1 else { return .usage }
    shell.runner.style.nullText = args.first ?? ""
    return .ok
  }

  static func printText(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    shell.console.writeResult(args.joined(separator: " ") + "\n")
    return .ok
  }

  static func tables(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.isEmpty else { return .usage }
    let graph = shell.runner.graph
    let rows: [[Value]] = Schema.kindNames.map { name in
      let count = Schema.kind(named: name).map { $0.rowCount(in: graph) } ?? 0
      return [.string(name), .number(Double(count))]
    }
    shell.show(ResultTable(columns: ["kind", "rows"], rows: rows))
    return .ok
  }

  static func timer(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.count == 1, ["on", "off"].contains(args[0].lowercased()) else { return .usage }
    shell.showsTimer = args[0].lowercased() == "on"
    return .ok
  }

  static func schema(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    guard args.count <= 1 else { return .usage }
    let kinds = args.first.map { [$0] } ?? Schema.kindNames
    var text = ""
    for name in kinds {
      guard let kind = Completer.kind(named: name), let fields = Schema.fields(ofKind: kind) else {
        let hint = Suggestion.nearest(to: name, among: Schema.kindNames).map {
          "; did you mean '\($0)'?"
        }
        throw ShellError("unknown kind '\(name)'\(hint ?? "")")
      }
      text += kind + ": " + fields.joined(separator: ", ") + "\n"
    }
    shell.console.writeResult(text)
    return .ok
  }

  static func history(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    let needle = args.joined(separator: " ")
    let entries = shell.historyEntries
    var text = ""
    let digits = String(entries.count).count
    for (n, entry) in entries.enumerated() where needle.isEmpty || entry.contains(needle) {
      let number = String(n + 1)
      let label = String(repeating: " ", count: digits - number.count) + number + "  "
      text +=
        label
        + Render.visible(entry).replacing(
          "↵", with: "\n" + String(repeating: " ", count: digits + 2))
        + "\n"
    }
    shell.console.writeResult(text)
    return .ok
  }
}
