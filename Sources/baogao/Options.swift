// Options.swift: the options of baogao's two commands, declared once: the
// parser (Arguments.swift) reads them and the help text (Help.swift) is made
// from them. baogao parses its small command line itself: swift-argument-
// parser loads FoundationEssentials, about 1.5 ms of every start-up
// (Scripts/bench-process.sh), for two commands and a dozen options.
import BaogaoShell

/// What an option does with the argument after it.
enum OptionArity {
  /// `--bail`: no value.
  case flag
  /// `--format json`: the next argument, which must not look like an option.
  case value
  /// `-c 'targets; --x'`: the next argument, whatever it is (a query may start with `-`).
  case anyValue
}

/// One option of a command.
struct OptionSpec {
  /// What the parser stores the option under.
  enum Name: String {
    case command, file, format, bail, echo, quiet, noRC, noHeader, noCache, indicators
    case sqlite, jsonl, csv
  }

  var name: Name
  /// `c` for `-c`; nil when the option has only a long name.
  var short: Character?
  /// `command` for `--command`.
  var long: String
  var arity: OptionArity
  /// What the value is called in help and usage: `<command>`.
  var valueName: String?
  var repeats = false
  var help: String

  /// True for `--command` and `-c` of the option `command`.
  func isNamed(_ argument: String) -> Bool {
    if argument.hasPrefix("--") { return argument.dropFirst(2) == long }
    return short.map { argument == "-\($0)" } ?? false
  }

  /// `-c, --command <command>`, as help and error messages show it.
  var label: String {
    var text = short.map { "-\($0), " } ?? ""
    text += "--" + long
    if let valueName { text += " <\(valueName)>" }
    return text
  }

  /// `-c <command>`: the name the user most likely typed, for "missing value".
  var shortLabel: String {
    let name = short.map { "-\($0)" } ?? "--" + long
    return valueName.map { name + " <\($0)>" } ?? name
  }

  /// `[--command <command> ...]` or `[--bail]`, for the usage line.
  var usage: String {
    let value = valueName.map { " <\($0)>" } ?? ""
    return "[--" + long + value + (repeats ? " ..." : "") + "]"
  }
}

/// baogao's commands: the default one that runs queries or opens the shell,
/// and the export.
enum CommandName: String {
  case shell
  case export

  var abstract: String {
    switch self {
    case .shell: "Open the shell, or run queries (-c, -f) and exit."
    case .export: "Print the whole graph as one JSON document, or write it for other tools."
    }
  }

  var discussion: String? {
    switch self {
    case .shell: nil
    case .export:
      """
      With --sqlite, --jsonl or --csv (any together) the graph goes to those
      files instead: an SQLite database with one table per kind, or one file
      per kind (DIR/targets.jsonl, DIR/targets.csv). Each file appears whole
      or not at all; an existing one is replaced only once the new one is
      complete.
      """
    }
  }

  static let filesHelp = "Report files or folders (default: the bundled dinghai-2018)."
  static let noCacheHelp =
    "Ingest every report afresh: neither read nor write the cache (~/.cache/baogao)."

  var options: [OptionSpec] {
    switch self {
    case .shell: Self.shellOptions
    case .export: Self.exportOptions
    }
  }

  // Built once: the parser looks an option up for every argument.
  private static let shellOptions: [OptionSpec] = [
    OptionSpec(
      name: .command, short: "c", long: "command", arity: .anyValue, valueName: "command",
      repeats: true,
      help: "Run this query (or several, separated by ';'). Repeatable; runs in order with -f."
    ),
    OptionSpec(
      name: .file, short: "f", long: "file", arity: .anyValue, valueName: "file",
      repeats: true,
      help: "Run this saved query script ('-' reads standard input). Repeatable."),
    OptionSpec(
      name: .format, long: "format", arity: .value, valueName: "format",
      help:
        "Output format: \(OutputFormat.names) (default: table on a terminal, tsv otherwise)."
    ),
    OptionSpec(
      name: .bail, long: "bail", arity: .flag,
      help: "Stop at the first failing statement (exit status 3)."),
    OptionSpec(
      name: .echo, long: "echo", arity: .flag, help: "Print each statement before its result."),
    OptionSpec(
      name: .quiet, long: "quiet", arity: .flag, help: "Print only results and errors."),
    OptionSpec(
      name: .noRC, long: "no-rc", arity: .flag,
      help: "Do not read the start-up file (~/.config/baogao/rc)."),
    OptionSpec(
      name: .noHeader, long: "no-header", arity: .flag,
      help: "Print no header line in table, CSV and TSV output (also .headers off)."),
    OptionSpec(name: .noCache, long: "no-cache", arity: .flag, help: Self.noCacheHelp),
    OptionSpec(
      name: .indicators, long: "indicators", arity: .value, valueName: "indicators",
      help:
        "Add the indicator synonyms of this file (synonym<TAB>canonical a line; also ~/.config/baogao/indicators.tsv)."
    ),
  ]

  private static let exportOptions: [OptionSpec] = [
    OptionSpec(
      name: .sqlite, long: "sqlite", arity: .value, valueName: "sqlite",
      help: "Write an SQLite database to this file."),
    OptionSpec(
      name: .jsonl, long: "jsonl", arity: .value, valueName: "jsonl",
      help: "Write one JSON Lines file per kind into this folder."),
    OptionSpec(
      name: .csv, long: "csv", arity: .value, valueName: "csv",
      help: "Write one CSV file (RFC 4180) per kind into this folder."),
    OptionSpec(
      name: .indicators, long: "indicators", arity: .value, valueName: "indicators",
      help: "Add the indicator synonyms of this file (synonym<TAB>canonical a line)."),
    OptionSpec(name: .noCache, long: "no-cache", arity: .flag, help: Self.noCacheHelp),
  ]

  /// `baogao shell [--command <command> ...] … [<files> ...]`.
  var usage: String {
    (["baogao", rawValue] + options.map(\.usage) + ["[<files> ...]"]).joined(separator: " ")
  }
}

extension OutputFormat {
  /// `table, json, …`, for help and the message about an unknown format. A
  /// closure, not `\.rawValue`: a key path is built at run time, on every
  /// start-up, as the options are.
  static var names: String { allCases.map { $0.rawValue }.joined(separator: ", ") }
}
