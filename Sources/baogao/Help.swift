// Help.swift: `baogao --help`, `baogao help export` and `baogao --version`,
// made from the options of Options.swift in the layout users know from
// swift-argument-parser: each option's label, its help wrapped at column 26.
// The root's help is the shell's (-c, -f, --format … are what a user needs
// first), with the export subcommand named after it.
import BaogaoIngest

enum Help {
  /// The program's version, printed by `baogao --version`.
  static let version = BaogaoVersion.number

  static let abstract = "A query shell for Chinese government work reports (政府工作报告)."
  static let discussion = """
    With no -c or -f and a terminal on standard input, opens the shell; with
    piped input, runs the queries read from it. Exit status: 0 all ran, 1 a
    statement failed, 2 bad usage or an unreadable report or script, 3 --bail
    stopped at the first failing statement, 4 results could not be written.
    """

  /// Width of a help screen, and the column an option's help starts in.
  static let width = 80
  static let helpColumn = 26

  /// The text `--help` prints for a command, or for baogao itself.
  static func text(for command: CommandName?) -> String {
    guard let command else { return rootHelp() }
    var text = wrapped("OVERVIEW: " + command.abstract, width: width).joined(separator: "\n")
    if let discussion = command.discussion { text += "\n\n" + discussion }
    text += "\n\nUSAGE: " + command.usage + "\n\n" + sections(of: command) + "\n\n"
    return text
  }

  /// The shell's help under the program's name, then the subcommands.
  static func rootHelp() -> String {
    """
    OVERVIEW: \(abstract)

    \(discussion)

    USAGE: baogao [-c <query>]... [-f <script>]... [<options>] [<files> ...]
           baogao export [<files> ...]

    \(sections(of: .shell))
    \(entry("--version", "Show the version."))

    SUBCOMMANDS:
      export                  \(CommandName.export.abstract)

      See 'baogao help export' for its options.

    """
  }

  /// ARGUMENTS and OPTIONS, ending with -h, --help.
  static func sections(of command: CommandName) -> String {
    let options = command.options.map { entry($0.label, $0.help) }
    return "ARGUMENTS:\n" + entry("<files>", CommandName.filesHelp) + "\n\nOPTIONS:\n"
      + (options + [entry("-h, --help", "Show help information.")]).joined(separator: "\n")
  }

  /// `  LABEL   help…`: the help beside a short label, under a long one.
  static func entry(_ label: String, _ help: String) -> String {
    let indent = String(repeating: " ", count: helpColumn)
    let lines = wrapped(help, width: width - helpColumn)
    var text = "  " + label
    if label.count < helpColumn - 2 {
      text += String(repeating: " ", count: helpColumn - 2 - label.count) + (lines.first ?? "")
    } else {
      text += "\n" + indent + (lines.first ?? "")
    }
    for line in lines.dropFirst() { text += "\n" + indent + line }
    return text
  }

  /// The words of `text` in lines of at most `width` characters.
  static func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
