// QueryError.swift: what can go wrong in a query, with where.
// Stages throw these; Diagnostic.swift alone turns them into text. Each case
// carries its span; `message` words it, `isIncomplete` tells the shell to ask
// for another line instead of reporting an error.

/// An error in one statement, at a span of its source.
public enum QueryError: Error, Sendable, Hashable {
  /// A token the grammar does not allow here: "expected X, found Y".
  case unexpected(found: String, expected: String, at: SourceSpan)
  /// The text ended where the grammar wants more; the shell continues the line.
  case incompleteInput(expected: String, at: SourceSpan)
  /// A kind that is not in the schema, with the nearest one.
  case unknownKind(String, suggestion: String?, at: SourceSpan)
  /// A field the kind lacks, with the nearest one and all of the kind's fields.
  case unknownField(String, kind: String, suggestion: String?, fields: [String], at: SourceSpan)
  /// A value no node has in that field, when a near value exists: 城市建 → 城市建设.
  case unknownValue(String, field: String, kind: String, suggestion: String, at: SourceSpan)
  /// A value of the wrong type for its field: `value = abc`, `main = 3`.
  case typeMismatch(String, field: String, expected: String, at: SourceSpan)
  /// A number that does not fit: `1e400`, `limit 99999999999999999999`.
  case numberOutOfRange(String, at: SourceSpan)
  /// Brackets or `not`s nested beyond `Parser.maxDepth`.
  case tooDeep(limit: Int, at: SourceSpan)
  /// A source longer than `QueryEngine.maxSourceBytes`.
  case tooLarge(bytes: Int, limit: Int, at: SourceSpan)
  /// `show` of an id that no node has.
  case unknownID(String, at: SourceSpan)
  /// A plain column beside aggregates or groups that is not grouped by.
  case notGrouped(String, at: SourceSpan)
  /// `sum` or `avg` of a field that is not a number.
  case notNumeric(function: String, field: String, type: String, at: SourceSpan)
  /// `in REPORT` naming no loaded report, with the nearest id or place.
  case unknownReport(String, suggestion: String?, loaded: [String], at: SourceSpan)
  /// `text PATH` where no section has that path or title.
  case noSection(String, suggestion: String?, at: SourceSpan)
  /// `chart` of a statement or result with no numbers to draw.
  case notChartable(String, at: SourceSpan)
  /// The statement was stopped while it ran (Ctrl-C; Cancellation.swift).
  case interrupted(at: SourceSpan)
  /// Any other error, worded by its thrower.
  case other(String, at: SourceSpan, isIncomplete: Bool)

  /// An error with a free message (kept for callers of the first API).
  public init(_ message: String, at span: SourceSpan, isIncomplete: Bool = false) {
    self = .other(message, at: span, isIncomplete: isIncomplete)
  }

  /// The one-line message, without position.
  public var message: String {
    switch self {
    case .unexpected(let found, let expected, _):
      return "expected \(expected), found \(found)"
    case .incompleteInput(let expected, _):
      return "incomplete input: expected \(expected)"
    case .unknownKind(let name, let suggestion, _):
      let kinds = Schema.kindNames.joined(separator: ", ")
      if let suggestion { return "unknown kind '\(name)'; did you mean '\(suggestion)'?" }
      return "unknown kind '\(name)'; kinds are \(kinds)"
    case .unknownField(let name, let kind, let suggestion, let fields, _):
      // The report's fields every kind has are named once, as report.*.
      let own = fields.filter { !$0.hasPrefix("report.") }
      let list =
        "fields of \(kind): " + own.joined(separator: ", ")
        + (own.count < fields.count ? ", report.*" : "")
      if let suggestion {
        return "\(kind) have no field '\(name)'; did you mean '\(suggestion)'? \(list)"
      }
      return "\(kind) have no field '\(name)'; \(list)"
    case .unknownValue(let value, let field, let kind, let suggestion, _):
      return "no \(kind) have \(field) '\(value)'; did you mean '\(suggestion)'?"
    case .typeMismatch(let value, let field, let expected, _):
      return "'\(field)' is \(expected); '\(value)' is not"
    case .numberOutOfRange(let text, _):
      return "number '\(text)' is out of range"
    case .tooDeep(let limit, _):
      return "conditions nested more than \(limit) deep"
    case .tooLarge(let bytes, let limit, _):
      return "query of \(bytes) bytes is larger than the limit of \(limit) bytes"
    case .unknownID(let id, _):
      return "no node has id '\(id)'"
    case .notGrouped(let field, _):
      return "column '\(field)' is neither grouped nor aggregated; add it to 'group by', "
        + "or use an aggregate such as count(distinct \(field))"
    case .notNumeric(let function, let field, let type, _):
      return "\(function) needs a number field; '\(field)' is \(type)"
    case .unknownReport(let name, let suggestion, let loaded, _):
      if let suggestion { return "no report '\(name)' is loaded; did you mean '\(suggestion)'?" }
      return "no report '\(name)' is loaded; loaded: " + loaded.joined(separator: ", ")
    case .noSection(let path, let suggestion, _):
      if let suggestion {
        return "no section has path or title '\(path)'; did you mean '\(suggestion)'?"
      }
      return "no section has path or title '\(path)'; 'outline' lists them"
    case .notChartable(let reason, _):
      return reason
    case .interrupted:
      return "interrupted"
    case .other(let message, _, _):
      return message
    }
  }

  /// Where in the source the error points.
  public var span: SourceSpan {
    switch self {
    case .unexpected(_, _, let span), .incompleteInput(_, let span), .unknownKind(_, _, let span),
      .unknownField(_, _, _, _, let span), .unknownValue(_, _, _, _, let span),
      .typeMismatch(_, _, _, let span), .numberOutOfRange(_, let span), .tooDeep(_, let span),
      .tooLarge(_, _, let span), .unknownID(_, let span), .notGrouped(_, let span),
      .notNumeric(_, _, _, let span), .unknownReport(_, _, _, let span), .noSection(_, _, let span),
      .notChartable(_, let span), .interrupted(let span), .other(_, let span, _):
      return span
    }
  }

  /// True when the statement simply ended too early: the shell answers with a
  /// continuation prompt, not an error.
  public var isIncomplete: Bool {
    switch self {
    case .incompleteInput: true
    case .other(_, _, let incomplete): incomplete
    default: false
    }
  }
}
