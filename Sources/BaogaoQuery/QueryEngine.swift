// QueryEngine.swift: the query module's front door.
// Splits a source into statements, then lexes, parses, checks and evaluates
// each. A failing statement does not stop the ones after it.
import BaogaoGraph

/// What one statement of a source gave.
public struct StatementOutcome: Sendable {
  /// The statement's span in the source, without the `;`.
  public var span: SourceSpan
  public var result: Result<ResultTable, QueryError>
}

public enum QueryEngine {
  /// Runs every statement of the source against the graph, in order.
  public static func run(_ source: Source, in graph: Graph) -> [StatementOutcome] {
    var outcomes: [StatementOutcome] = []
    var offset = 0
    for piece in source.text.split(separator: ";", omittingEmptySubsequences: false) {
      let length = piece.utf8.count
      let span = SourceSpan(start: offset, end: offset + length)
      offset += length + 1
      let words = piece.split(whereSeparator: \.isWhitespace)
      if words.isEmpty { continue }
      outcomes.append(StatementOutcome(span: span, result: evaluate(words, span: span, in: graph)))
    }
    return outcomes
  }

  /// True when the text ends a statement (the shell then runs it); false when
  /// more lines should follow.
  public static func isComplete(_ text: String) -> Bool {
    true
  }

  static func evaluate(_ words: [Substring], span: SourceSpan, in graph: Graph) -> Result<
    ResultTable, QueryError
  > {
    switch words[0] {
    case "sections":
      let rows = graph.sections.map { s -> [Value] in
        [.string(s.id), .string(s.path), .string(s.title), .string(s.area ?? "")]
      }
      return .success(
        ResultTable(
          columns: ["id", "path", "title", "area"], rows: rows, rowIDs: graph.sections.map(\.id)))
    default:
      return .failure(QueryError("unknown kind '\(words[0])'", at: span))
    }
  }
}
