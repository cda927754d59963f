// Invocation.swift: the order of `-c` and `-f` on a command line.
// ArgumentParser hands the two options over as two arrays and so loses how
// they interleave (`-c a -f s.bq -c b` must run a, then s.bq, then b). This
// file scans the raw arguments for that order and merges the arrays back.

/// One query input of a command line, in the order given.
public enum QueryInput: Sendable, Equatable {
  /// `-c 'targets; places'`: query text given on the command line.
  case command(String)
  /// `-f review.bq`: a saved query script.
  case script(path: String)
}

public enum Invocation {
  /// Names that take a query text (`-c targets`, `--command=targets`).
  public static let commandNames = ["-c", "--command"]
  /// Names that take a script path (`-f review.bq`, `--file=review.bq`).
  public static let scriptNames = ["-f", "--file"]
  /// Other options that take a value: their value is skipped, so that
  /// `--format -c` could never be read as a `-c`.
  public static let valueNames = ["--format"]

  private enum Kind { case command, script }

  /// `-c` and `-f` values in command-line order.
  ///
  /// `arguments` is the whole command line without the program name;
  /// `commands` and `scripts` are what ArgumentParser parsed, each in order.
  /// Example: `-c a -f s.bq -c b` gives `[.command("a"), .script("s.bq"),
  /// .command("b")]`.
  public static func orderedInputs(
    arguments: [String], commands: [String], scripts: [String]
  ) -> [QueryInput] {
    var kinds: [Kind] = []
    var i = 0
    while i < arguments.count {
      let argument = arguments[i]
      i += 1
      if argument == "--" { break }  // the rest are files
      if commandNames.contains(argument) {
        kinds.append(.command)
        i += 1
      } else if scriptNames.contains(argument) {
        kinds.append(.script)
        i += 1
      } else if valueNames.contains(argument) {
        i += 1
      } else if commandNames.contains(where: { argument.hasPrefix($0 + "=") }) {
        kinds.append(.command)
      } else if scriptNames.contains(where: { argument.hasPrefix($0 + "=") }) {
        kinds.append(.script)
      } else if argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 2 {
        // A cluster of short flags (`-qc 'targets'`): each c or f takes the
        // next argument, in the cluster's order.
        for letter in argument.dropFirst() {
          if letter == "c" {
            kinds.append(.command)
            i += 1
          } else if letter == "f" {
            kinds.append(.script)
            i += 1
          }
        }
      }
    }
    var nextCommand = commands.makeIterator()
    var nextScript = scripts.makeIterator()
    var inputs: [QueryInput] = []
    for kind in kinds {
      switch kind {
      case .command: if let c = nextCommand.next() { inputs.append(.command(c)) }
      case .script: if let s = nextScript.next() { inputs.append(.script(path: s)) }
      }
    }
    // Only a spelling this scan does not know could leave values over; run
    // them rather than drop them.
    while let c = nextCommand.next() { inputs.append(.command(c)) }
    while let s = nextScript.next() { inputs.append(.script(path: s)) }
    return inputs
  }
}
