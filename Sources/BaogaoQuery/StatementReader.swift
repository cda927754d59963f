// StatementReader.swift: the one statement splitter and completeness check.
// Reads query text a line at a time on the lexer's tokens and says when the
// statements read so far are complete. The shell, continuation lines, scripts
// (-c, -f, standard input, .read) and completion all use it, so a `;` or `--`
// inside quotes, and a quote or `;` inside a `--` comment, mean the same on
// every route.
//
// Linear in the text: each line is lexed once (a string still open at a line's
// end is scanned on from where it stopped, not lexed again), and a statement
// is parsed at a line's end only when its tokens could end it there.

/// Reads statements line by line.
public struct StatementReader: Sendable {
  /// What ends the text read so far.
  public enum Mode: Sendable, Hashable {
    /// A line whose last token is `;` (a script that holds a `;`, as sqlite3
    /// reads one): a statement without `;` goes on to the next line.
    case semicolons
    /// A line where the last statement ends with `;` or is complete (the
    /// shell, and a script with no `;` at all).
    case lines
  }

  /// Statements with more tokens than this are parsed at a line's end only
  /// when their last tokens do not plainly want more (`where`, `=`, an open
  /// bracket): parsing a 30,000-line statement again at each of its lines
  /// would take minutes. Shorter ones are always parsed, which is exact.
  static let maxAlwaysParsedTokens = 256

  public let mode: Mode
  /// The lines read since the last complete text, each ended by "\n".
  private var bytes: [UInt8] = []
  /// Tokens of `bytes`, but for a string still open at the end.
  private var tokens: [Token] = []
  /// Index in `tokens` of the first token of the last statement.
  private var statementStart = 0
  /// Bracket depth of the last statement.
  private var depth = 0
  /// True when the last statement starts with `select` and has no `from` yet.
  private var wantsFrom = false
  /// A string open at the end of `bytes`: where it starts, and how far its
  /// closing quote has been looked for.
  private var openString: (start: Int, scanned: Int)?
  /// True once any `;` token was read, in this text or one before it.
  public private(set) var sawSemicolon = false

  public init(mode: Mode) {
    self.mode = mode
  }

  /// True when nothing but white space and comments was read since the last
  /// complete text.
  public var isBlank: Bool { tokens.isEmpty && openString == nil }

  /// The text read since the last complete text, lines joined by "\n".
  public var text: String { String(decoding: bytes.dropLast(), as: UTF8.self) }

  /// Reads one line (without its line end; a text of several lines reads as
  /// one). Returns true when the text read so far is complete: take it with
  /// `take()`.
  public mutating func add(_ line: String) -> Bool {
    let start = bytes.count
    bytes += line.utf8
    bytes.append(0x0A)
    lexNewBytes(from: start)
    return isComplete
  }

  /// The text read so far, and a fresh start.
  public mutating func take() -> String {
    let taken = text
    bytes = []
    tokens = []
    statementStart = 0
    depth = 0
    wantsFrom = false
    openString = nil
    return taken
  }

  /// True when the text read so far ends where a statement may end.
  public var isComplete: Bool {
    guard openString == nil, let last = tokens.last else { return isBlank }
    if last.kind == .semicolon { return true }
    guard mode == .lines else { return false }
    let statement = tokens[statementStart...]
    if statement.count > StatementReader.maxAlwaysParsedTokens, plainlyWantsMore(statement) {
      return false
    }
    let end = Token(
      kind: .end, span: SourceSpan(start: last.span.end, end: last.span.end), text: "")
    do throws(QueryError) {
      _ = try Parser.parse(Array(statement) + [end])
      return true
    } catch {
      return !error.isIncomplete
    }
  }

  // MARK: lexing

  private mutating func lexNewBytes(from start: Int) {
    var from = start
    if let open = openString {
      guard closesString(open) else {
        openString = (open.start, bytes.count)
        return
      }
      openString = nil
      from = open.start
    }
    var new = Lexer.tokens(in: bytes, from: from)
    if let last = new.last, last.kind == .unterminatedString {
      new.removeLast()
      openString = (last.span.start, last.span.start + 1)
    }
    for token in new {
      note(token)
      tokens.append(token)
    }
  }

  /// True when the open string closes in the bytes not yet looked at; the
  /// rules are the lexer's (a backslash keeps the next byte, a doubled quote
  /// is one quote).
  private func closesString(_ open: (start: Int, scanned: Int)) -> Bool {
    let quote = bytes[open.start]
    var index = open.scanned
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        index += 2
      } else if byte == quote {
        if index + 1 < bytes.count, bytes[index + 1] == quote {
          index += 2
        } else {
          return true
        }
      } else {
        index += 1
      }
    }
    return false
  }

  /// Keeps the last statement's bracket depth and `select … from` state.
  private mutating func note(_ token: Token) {
    switch token.kind {
    case .semicolon:
      sawSemicolon = true
      statementStart = tokens.count + 1
      depth = 0
      wantsFrom = false
    case .leftParen: depth += 1
    case .rightParen: depth -= 1
    case .word:
      if tokens.count == statementStart, token.isKeyword("select") { wantsFrom = true }
      if depth == 0, token.isKeyword("from") { wantsFrom = false }
    default: break
    }
  }

  /// Words after which a statement cannot end when they stand where a
  /// keyword goes (after a value or a field, not after an operator).
  static let connectives: Set<String> = ["where", "and", "or", "not"]

  /// True when the last tokens plainly want more: an open bracket or string,
  /// `select` without `from`, a trailing operator, comma or connective, or a
  /// field just after a connective. Never true of a statement that parses.
  private func plainlyWantsMore(_ statement: ArraySlice<Token>) -> Bool {
    guard let last = statement.last else { return false }
    if depth > 0 || wantsFrom { return true }
    switch last.kind {
    case .leftParen, .comma, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
      .tilde, .notTilde:
      return true
    default: break
    }
    let previous = statement.dropLast().last
    let lastWord = last.kind == .word ? last.text.lowercased() : ""
    let previousWord = previous?.kind == .word ? previous?.text.lowercased() ?? "" : ""
    let previousIsOperand = previous.map {
      [.word, .number, .string, .rightParen].contains($0.kind)
    }
    if StatementReader.connectives.contains(lastWord), previousIsOperand == true,
      !StatementReader.connectives.contains(previousWord)
    {
      return true
    }
    if lastWord == "by", previousWord == "order" || previousWord == "group" { return true }
    // `where area`: a comparison wants its operator.
    return last.kind == .word && lastWord != "null"
      && StatementReader.connectives.contains(previousWord)
  }
}
