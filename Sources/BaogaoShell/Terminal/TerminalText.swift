// TerminalText.swift: the one sanitiser between text that is not ours (report
// text, file names, values quoted in messages) and a terminal. A report comes
// from the web: an escape sequence in it must not retitle the window, write the
// clipboard (OSC 52) or reset the screen, and a bidi override must not reorder
// what follows it on the line. Everything that reaches a terminal passes here:
// table cells, `show`, messages on standard error, and CSV, TSV and Markdown
// when standard output is a terminal.

/// Makes control characters visible and neutralises bidi overrides.
public enum TerminalText {
  /// What a layout lets through as it is.
  public enum Breaks: Sendable {
    /// One cell or one line: a newline shows as `↵`, a tab as a space.
    case none
    /// Whole lines of output: newline, tab and CRLF stay, so CSV and TSV keep
    /// their shape; a lone carriage return (which would overwrite the line)
    /// does not.
    case kept
  }

  /// The text with every C0 and C1 control shown visibly (`␛`, `\x9b`) and
  /// every bidi override or isolate shown as `\u202e`, never sent raw.
  public static func sanitised(_ text: String, breaks: Breaks) -> String {
    guard text.unicodeScalars.contains(where: { needsCare($0) }) else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var next = scalars.next()
    while let scalar = next {
      next = scalars.next()
      guard needsCare(scalar) else {
        out.append(scalar)
        continue
      }
      switch (scalar, breaks) {
      case ("\n", .kept), ("\t", .kept): out.append(scalar)
      case ("\r", .kept) where next == "\n": out.append(scalar)
      case ("\n", .none): out.append("↵")
      case ("\t", .none): out.append(" ")
      default: out.append(contentsOf: shown(scalar).unicodeScalars)
      }
    }
    return String(out)
  }

  /// True for the scalars that a terminal acts on instead of showing.
  static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (v >= 0x7F && v < 0xA0) || isBidiControl(v)
  }

  /// U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates).
  static func isBidiControl(_ v: UInt32) -> Bool {
    (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }

  /// The visible form of one control: a Control Pictures sign for C0 and DEL
  /// (U+2400 + code, `␛` for ESC), a `\x9b` escape for C1, `\u202e` for bidi.
  static func shown(_ scalar: Unicode.Scalar) -> String {
    let v = scalar.value
    if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
    if v == 0x7F { return "␡" }
    if v < 0xA0 { return "\\x" + hex(v, digits: 2) }
    return "\\u" + hex(v, digits: 4)
  }

  static func hex(_ v: UInt32, digits: Int) -> String {
    let text = String(v, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
