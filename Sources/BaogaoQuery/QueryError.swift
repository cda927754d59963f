// QueryError.swift: what can go wrong in a query, with where.
// Stages throw these; Diagnostic.swift alone turns them into text.

/// An error in one statement, at a span of its source.
public struct QueryError: Error, Sendable, Hashable {
  public var message: String
  public var span: SourceSpan
  /// True when the statement simply ended too early: the shell answers with a
  /// continuation prompt, not an error.
  public var isIncomplete: Bool

  public init(_ message: String, at span: SourceSpan, isIncomplete: Bool = false) {
    self.message = message
    self.span = span
    self.isIncomplete = isIncomplete
  }
}
