// Invocation.swift: the query inputs of a command line (`-c`, `-f`), in the
// order given: `-c a -f s.bq -c b` runs a, then s.bq, then b. The command
// line is parsed by Sources/baogao/Arguments.swift.

/// One query input of a command line, in the order given.
public enum QueryInput: Sendable, Equatable {
  /// `-c 'targets; places'`: query text given on the command line.
  case command(String)
  /// `-f review.bq`: a saved query script.
  case script(path: String)
}
