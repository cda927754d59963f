// JSONWriter.swift: JSON text from values, without Foundation's encoder, so
// numbers stay numbers (8, not 8.0), keys keep the schema's order and Chinese
// text is written as itself.
import BaogaoEscaping
import BaogaoQuery

/// A JSON value with ordered object keys.
public indirect enum JSON: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func == (a: JSON, b: JSON) -> Bool { a.text() == b.text() }
  public func hash(into hasher: inout Hasher) { hasher.combine(text()) }

  /// A query value as JSON: lists become arrays, numbers numbers.
  public init(_ value: Value) {
    switch value {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .number(let n): self = .number(n)
    case .string(let s): self = .string(s)
    case .list(let items): self = .array(items.map(JSON.init))
    }
  }

  /// Serialises; with `indent`, one member per line.
  public func text(indent: Int? = nil) -> String {
    var out = ""
    write(to: &out, indent: indent, depth: 0)
    return out
  }

  func write(to out: inout String, indent: Int?, depth: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n.isFinite ? Value.format(n) : "null"
    case .string(let s): JSON.quote(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        newline(&out, indent, depth + 1)
        item.write(to: &out, indent: indent, depth: depth + 1)
      }
      newline(&out, indent, depth)
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        newline(&out, indent, depth + 1)
        JSON.quote(key, into: &out)
        out += indent == nil ? ":" : ": "
        value.write(to: &out, indent: indent, depth: depth + 1)
      }
      newline(&out, indent, depth)
      out += "}"
    }
  }

  private func newline(_ out: inout String, _ indent: Int?, _ depth: Int) {
    guard let indent else { return }
    out += "\n" + String(repeating: " ", count: indent * depth)
  }

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    JSONString.append(s, to: &out)
    out += "\""
  }
}

/// The escapes of a JSON string: C0 and C1 controls, bidi overrides and the
/// line and paragraph separators as `\u2028`, so that JSON on a terminal is
/// as safe as the table (TerminalText); the data is the same.
enum JSONString: BackslashEscapes {
  static let escapesQuote = true
  static func needsCode(_ scalar: Unicode.Scalar) -> Bool {
    TerminalText.needsCare(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029
  }
  static func code(_ value: UInt32) -> String { "\\u" + TerminalText.hex(value, digits: 4) }
}
