// QueryEngine.swift: the query module's front door.
// Lexes a whole source once, splits its tokens into statements at `;`, then
// parses, checks and evaluates each. A failing statement does not stop the
// ones after it: after a syntax error the next statement starts at the next `;`.
import BaogaoGraph

/// What one statement of a source gave.
public struct StatementOutcome: Sendable {
  /// The statement's span in the source, from its first token to its last,
  /// without comments around it or the `;`.
  public var span: SourceSpan
  public var result: Result<ResultTable, QueryError>
}

public enum QueryEngine {
  /// Largest source accepted, in bytes. Scripts are a few kilobytes; 16 MiB
  /// leaves room for generated ones while bounding the lexer's memory.
  public static let maxSourceBytes = 16 << 20

  /// Runs every statement of the source against the graph, in order.
  /// `previous` is the last result before this source, for `show #N`; each
  /// statement's result is the next one's previous.
  /// Once `cancellation` asks, the statement running stops with
  /// `QueryError.interrupted` and none after it runs.
  public static func run(
    _ source: Source, in graph: Graph, options: QueryOptions = QueryOptions(),
    previous: ResultTable? = nil, cancellation: Cancellation = .never
  ) -> [StatementOutcome] {
    let size = source.text.utf8.count
    guard size <= maxSourceBytes else {
      let span = SourceSpan(start: 0, end: 0)
      return [
        StatementOutcome(
          span: span, result: .failure(.tooLarge(bytes: size, limit: maxSourceBytes, at: span)))
      ]
    }
    var previous = previous
    var outcomes: [StatementOutcome] = []
    for tokens in statements(of: Lexer.tokens(of: source.text)) {
      let span = SourceSpan(
        start: tokens.first?.span.start ?? 0, end: tokens.dropLast().last?.span.end ?? 0)
      var result = Cancellation.$current.withValue(cancellation) {
        evaluate(tokens, in: graph, options: options, previous: previous)
      }
      // A loop that stopped early left rows out: the result is not the answer.
      let stopped = cancellation.isRequested
      if stopped { result = .failure(.interrupted(at: span)) }
      outcomes.append(StatementOutcome(span: span, result: result))
      if stopped { break }
      if case .success(let table) = result { previous = table }
    }
    return outcomes
  }

  /// Parses, checks and evaluates one statement's tokens (ending with `;` or `.end`).
  static func evaluate(
    _ tokens: [Token], in graph: Graph, options: QueryOptions = QueryOptions(),
    previous: ResultTable? = nil
  )
    -> Result<ResultTable, QueryError>
  {
    do throws(QueryError) {
      var statement = try Parser.parse(tokens)
      if options.drawsCharts, let first = tokens.first {
        statement = charted(statement, tokens: tokens, at: first.span)
      }
      var checker = Checker(graph: graph, options: options)
      let plan = try checker.check(statement)
      return .success(try Evaluator.evaluate(plan, in: graph, previous: previous))
    } catch {
      return .failure(error)
    }
  }

  /// The statement as a chart of itself, for a format that draws every
  /// result (`--format svg`); a chart stays as it is.
  static func charted(_ statement: Statement, tokens: [Token], at span: SourceSpan) -> Statement {
    if case .chart = statement { return statement }
    return .chart(
      ChartQuery(
        style: nil, keywordSpan: span, statement: statement, statementSpan: span,
        title: Parser.title(of: tokens)))
  }

  /// The token runs of the statements, each with its terminator (`;` or `.end`);
  /// empty statements (`;;`, a comment alone) are dropped.
  static func statements(of tokens: [Token]) -> [[Token]] {
    var result: [[Token]] = []
    var current: [Token] = []
    for token in tokens {
      current.append(token)
      if token.kind == .semicolon || token.kind == .end {
        if current.count > 1 { result.append(current) }
        current = []
      }
    }
    return result
  }

  /// True when the text ends a statement, so the shell runs it; false when
  /// more lines should follow. A text is complete when its last statement
  /// ends with `;`, or parses fully without `;`, or has an error that more
  /// text would not cure. It is incomplete when it ends inside a string or
  /// where the grammar wants more: `targets where`, `count`, `(area = x`.
  /// Text of only spaces and comments is complete (there is nothing to run).
  /// The shell and scripts read line by line with a `StatementReader`.
  public static func isComplete(_ text: String) -> Bool {
    guard text.utf8.count <= maxSourceBytes else { return true }
    var reader = StatementReader(mode: .lines)
    return reader.add(text)
  }

  /// The text after the last `;` token: the statement being typed, for
  /// completion. A `;` inside quotes or a comment does not count.
  public static func lastStatement(of text: String) -> String {
    guard let semicolon = Lexer.tokens(of: text).last(where: { $0.kind == .semicolon }) else {
      return text
    }
    return String(decoding: Array(text.utf8)[semicolon.span.end...], as: UTF8.self)
  }
}

/// How results are meant to be read, which changes what a query shows by
/// default (never what it can select).
public struct QueryOptions: Sendable, Hashable {
  /// A reader's format (a table at a terminal): with one report loaded the
  /// report column says nothing and is left out of the default columns, and
  /// `outline` indents its titles. Formats for other tools keep every field.
  public var hidesSingleReport: Bool
  /// A format that draws every result (SVG): each statement is taken as
  /// `chart STATEMENT`.
  public var drawsCharts: Bool

  public init(hidesSingleReport: Bool = false, drawsCharts: Bool = false) {
    self.hidesSingleReport = hidesSingleReport
    self.drawsCharts = drawsCharts
  }
}
