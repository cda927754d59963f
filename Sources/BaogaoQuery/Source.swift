// Source.swift: a query text and positions in it.
// Positions are UTF-8 offsets; line, column and the caret's display column are
// computed only when an error is shown (see Diagnostic.swift).

/// A named query text: `-c`, a script's path, or `<stdin>`.
public struct Source: Sendable, Hashable {
  public var name: String
  public var text: String
  /// Line number of the text's first line, when it is a piece of a larger file.
  public var firstLine: Int

  public init(name: String, text: String, firstLine: Int = 1) {
    self.name = name
    self.text = text
    self.firstLine = firstLine
  }
}

/// A half-open range of UTF-8 offsets into a `Source`'s text.
public struct SourceSpan: Sendable, Hashable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}
