// Lexer.swift: step 1 of the query language.
// Splits a query text into tokens over its UTF-8 bytes. It never throws: a
// character it cannot use becomes an `.illegal` token, a string without its
// closing quote an `.unterminatedString`, and the parser reports them.
// `--` starts a comment to the end of the line.

/// Cuts a whole source into tokens, ending with one `.end` token.
public enum Lexer {
  /// ASCII bytes that end a bare word, each also a token (or part of one) itself.
  static let punctuation: [UInt8: TokenKind] = [
    UInt8(ascii: "("): .leftParen,  // ( grouping, in (…), column lists
    UInt8(ascii: ")"): .rightParen,  // )
    UInt8(ascii: ","): .comma,  // , between columns, order keys, in-list values
    UInt8(ascii: ";"): .semicolon,  // ; between statements
    UInt8(ascii: "="): .equal,  // =
    UInt8(ascii: "<"): .less,  // < <= <>
    UInt8(ascii: ">"): .greater,  // > >=
    UInt8(ascii: "~"): .tilde,  // ~ contains
  ]

  /// The tokens of `text`, comments dropped, ending with `.end`.
  public static func tokens(of text: String) -> [Token] {
    let bytes = Array(text.utf8)
    var tokens = self.tokens(in: bytes, from: 0)
    // The end stands right after the last token, not after trailing blank
    // lines, so that "expected …" points at the line that stopped short.
    let end = tokens.last?.span.end ?? bytes.count
    tokens.append(Token(kind: .end, span: SourceSpan(start: end, end: end), text: ""))
    return tokens
  }

  /// The tokens of `bytes` from `start` on, comments dropped, without `.end`.
  /// StatementReader lexes a growing text a line at a time with it.
  static func tokens(in bytes: [UInt8], from start: Int) -> [Token] {
    var tokens: [Token] = []
    var index = start
    while true {
      index = skipSpaceAndComments(bytes, from: index)
      guard index < bytes.count else { break }
      let token = token(in: bytes, at: index)
      tokens.append(token)
      // Every token is at least one byte long, so the loop always ends.
      index = max(token.span.end, index + 1)
    }
    return tokens
  }

  /// True for the bytes of ASCII white space.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }

  /// True when an ideographic space (U+3000, `E3 80 80`) starts at `index`:
  /// Chinese input methods type it between words.
  static func isIdeographicSpace(_ bytes: [UInt8], _ index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE3 && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0x80
  }

  static func skipSpaceAndComments(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      if isSpace(bytes[index]) {
        index += 1
      } else if isIdeographicSpace(bytes, index) {
        index += 3
      } else if bytes[index] == UInt8(ascii: "-"), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: "-")
      {
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
      } else {
        break
      }
    }
    return index
  }

  /// True for a byte that may stand in a bare word: any non-ASCII byte (Chinese
  /// text, full-width brackets), and ASCII except space, quotes, `!` and punctuation.
  static func isWordByte(_ byte: UInt8) -> Bool {
    if byte >= 0x80 { return true }
    if isSpace(byte) || byte < 0x20 { return false }
    if punctuation[byte] != nil { return false }
    return byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "!")
  }

  static func token(in bytes: [UInt8], at start: Int) -> Token {
    let byte = bytes[start]
    func make(_ kind: TokenKind, _ length: Int) -> Token {
      let end = min(start + length, bytes.count)
      return Token(
        kind: kind, span: SourceSpan(start: start, end: end),
        text: String(decoding: bytes[start..<end], as: UTF8.self))
    }
    let next: UInt8? = start + 1 < bytes.count ? bytes[start + 1] : nil
    switch byte {
    case UInt8(ascii: "'"), UInt8(ascii: "\""): return string(in: bytes, at: start)
    case UInt8(ascii: "!"):
      if next == UInt8(ascii: "~") { return make(.notTilde, 2) }
      return next == UInt8(ascii: "=") ? make(.notEqual, 2) : make(.illegal, 1)
    case UInt8(ascii: "<"):
      if next == UInt8(ascii: "=") { return make(.lessEqual, 2) }
      return next == UInt8(ascii: ">") ? make(.notEqual, 2) : make(.less, 1)
    case UInt8(ascii: ">"):
      return next == UInt8(ascii: "=") ? make(.greaterEqual, 2) : make(.greater, 1)
    default: break
    }
    if let kind = punctuation[byte] { return make(kind, 1) }
    if !isWordByte(byte) { return make(.illegal, 1) }
    var end = start
    while end < bytes.count {
      if isWordByte(bytes[end]), !isIdeographicSpace(bytes, end) {
        end += 1
      } else if let close = bracketedNumber(bytes, at: end, wordStart: start) {
        end = close
      } else {
        break
      }
    }
    let word = make(.word, end - start)
    return isNumber(bytes[start..<end])
      ? Token(kind: .number, span: word.span, text: word.text) : word
  }

  /// The end of `(三)` when it follows a `.` inside a word: section paths are
  /// written `二.(三)` (CONTRACT.md), and users type them bare. Elsewhere `(`
  /// groups: `indicators(name)` is a kind and a column list.
  static func bracketedNumber(_ bytes: [UInt8], at index: Int, wordStart: Int) -> Int? {
    guard bytes[index] == UInt8(ascii: "("), index > wordStart,
      bytes[index - 1] == UInt8(ascii: ".")
    else { return nil }
    var end = index + 1
    while end < bytes.count, isWordByte(bytes[end]), !isIdeographicSpace(bytes, end) { end += 1 }
    guard end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: ")") else { return nil }
    return end + 1
  }

  /// A quoted string. A backslash keeps the next character (`'it\'s'`), and a
  /// doubled quote stands for one (`'it''s'`, as in SQL).
  static func string(in bytes: [UInt8], at start: Int) -> Token {
    let quote = bytes[start]
    var content: [UInt8] = []
    var index = start + 1
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
        content.append(bytes[index + 1])
        index += 2
      } else if byte == quote {
        if index + 1 < bytes.count, bytes[index + 1] == quote {
          content.append(quote)
          index += 2
        } else {
          return Token(
            kind: .string, span: SourceSpan(start: start, end: index + 1),
            text: String(decoding: content, as: UTF8.self))
        }
      } else {
        content.append(byte)
        index += 1
      }
    }
    return Token(
      kind: .unterminatedString, span: SourceSpan(start: start, end: bytes.count),
      text: String(decoding: content, as: UTF8.self))
  }

  /// True for `[+-]? digits [. digits]? ([eE] [+-]? digits)?`, also `.5` and `5.`.
  static func isNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    func isDigit(_ i: Int) -> Bool {
      i < bytes.endIndex && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
    }
    if index < bytes.endIndex,
      bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
    {
      index += 1
    }
    var digits = 0
    while isDigit(index) {
      index += 1
      digits += 1
    }
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
      index += 1
      while isDigit(index) {
        index += 1
        digits += 1
      }
    }
    guard digits > 0 else { return false }
    if index < bytes.endIndex,
      bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
    {
      index += 1
      if index < bytes.endIndex,
        bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
      {
        index += 1
      }
      guard isDigit(index) else { return false }
      while isDigit(index) { index += 1 }
    }
    return index == bytes.endIndex
  }
}

extension Lexer {
  /// The words of a dot-command line (`.read "my file.bq"`): split at white
  /// space, quotes group words, with the strings' rules of queries (a
  /// backslash keeps the next character, a doubled quote is one quote). No
  /// `;` or `--` means anything here: a dot-command is one line of words.
  public static func words(of line: String) -> [String] {
    let bytes = Array(line.utf8)
    var words: [String] = []
    var word: [UInt8] = []
    var quoted = false
    var index = 0
    func finish() {
      if !word.isEmpty || quoted { words.append(String(decoding: word, as: UTF8.self)) }
      word = []
      quoted = false
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
        let string = self.string(in: bytes, at: index)
        word += string.text.utf8
        quoted = true
        index = string.span.end
      } else if isSpace(byte) {
        finish()
        index += 1
      } else {
        word.append(byte)
        index += 1
      }
    }
    finish()
    return words
  }
}
