// Token.swift: the pieces the lexer cuts a query into.
// A token is a kind plus a span of the source (SQLite's slice), and for words,
// numbers and strings the text they stand for.

/// What a token is. The raw value of a punctuation kind is its display text, so
/// that a message can say "expected ')'" in one line.
public enum TokenKind: String, Sendable, Hashable {
  /// A bare word: a keyword, kind, field or value (`targets`, `城市建设`, `%`).
  case word = "a word"
  /// A word that reads as a number: `5`, `-1.5`, `1e3`.
  case number = "a number"
  /// A quoted string, `'…'` or `"…"`.
  case string = "a quoted string"
  case leftParen = "'('"
  case rightParen = "')'"
  case comma = "','"
  case semicolon = "';'"
  case equal = "'='"
  case notEqual = "'!='"
  case less = "'<'"
  case lessEqual = "'<='"
  case greater = "'>'"
  case greaterEqual = "'>='"
  case tilde = "'~'"
  case notTilde = "'!~'"
  /// A character that starts no token (a lone `!`).
  case illegal = "an illegal character"
  /// A string whose closing quote never came.
  case unterminatedString = "an unterminated string"
  /// The end of the source.
  case end = "end of input"
}

/// One token of a query: its kind, where it stands, and its text (the word, the
/// number as written, or the string without quotes and escapes).
public struct Token: Sendable, Hashable {
  public var kind: TokenKind
  public var span: SourceSpan
  public var text: String

  public init(kind: TokenKind, span: SourceSpan, text: String) {
    self.kind = kind
    self.span = span
    self.text = text
  }

  /// True when the token is the bare word `keyword`, in any letter case.
  public func isKeyword(_ keyword: String) -> Bool {
    kind == .word && text.count == keyword.count && text.lowercased() == keyword
  }

  /// How a message quotes the token: `'where'`, `';'`, `end of input`.
  var quoted: String {
    switch kind {
    case .word, .number: "'\(text)'"
    case .string: "'\"\(text)\"'"
    case .end, .unterminatedString: kind.rawValue
    case .illegal: "'\(text)'"
    default: kind.rawValue
    }
  }
}
