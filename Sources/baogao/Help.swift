// Help.swift: `baogao --help` and `baogao --version`. ArgumentParser's help
// for the root command lists only the subcommands, while what a user needs
// first are the shell's options (-c, -f, --format …), which live on the
// default subcommand. So the root's help is the shell's, with the export
// subcommand named after it.
import ArgumentParser

enum Help {
  /// The program's version, printed by `baogao --version`.
  static let version = "0.1.0"

  /// The text to print for these arguments, or nil when they ask for
  /// something else: `--help`/`-h`/`help` alone, or `--version` alone.
  static func answer(to arguments: [String]) -> String? {
    switch arguments {
    case ["--version"]: return "baogao \(version)\n"
    case ["--help"], ["-h"], ["help"]: return rootHelp()
    default: return nil
    }
  }

  /// The shell's help under the program's name, then the subcommands.
  static func rootHelp() -> String {
    let shell = Baogao.helpMessage(for: Baogao.ShellCommand.self)
    // Keep the shell's ARGUMENTS and OPTIONS sections; the overview and
    // usage lines are the program's.
    let sections =
      shell.firstRange(of: "ARGUMENTS:").map { String(shell[$0.lowerBound...]) }
      ?? shell.firstRange(of: "OPTIONS:").map { String(shell[$0.lowerBound...]) } ?? shell
    return """
      OVERVIEW: \(Baogao.configuration.abstract)

      \(Baogao.configuration.discussion)

      USAGE: baogao [-c <query>]... [-f <script>]... [<options>] [<files> ...]
             baogao export [<files> ...]

      \(sections.trimmingCharacters())
        --version               Show the version.

      SUBCOMMANDS:
        export                  \(Baogao.ExportCommand.configuration.abstract)

        See 'baogao help export' for its options.

      """
  }
}

extension String {
  /// Without white space at either end.
  fileprivate func trimmingCharacters() -> String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
