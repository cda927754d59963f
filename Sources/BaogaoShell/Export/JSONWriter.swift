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
      JSON.writeArray(items, to: &out, indent: indent, depth: depth) { item, out in
        item.write(to: &out, indent: indent, depth: depth + 1)
      }
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        JSON.newline(&out, indent, depth + 1)
        JSON.quote(key, into: &out)
        out += indent == nil ? ":" : ": "
        value.write(to: &out, indent: indent, depth: depth + 1)
      }
      JSON.newline(&out, indent, depth)
      out += "}"
    }
  }

  /// A query value written as `JSON(value).text(indent:)` writes it,
  /// without the tree: the export writes its rows this way (a fifth fewer
  /// instructions for JSON Lines).
  static func write(_ value: Value, to out: inout String, indent: Int? = nil, depth: Int = 0) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n.isFinite ? Value.format(n) : "null"
    case .string(let s): quote(s, into: &out)
    case .list(let items):
      writeArray(items, to: &out, indent: indent, depth: depth) { item, out in
        write(item, to: &out, indent: indent, depth: depth + 1)
      }
    }
  }

  /// A row as the object `JSON.object(zip(keys, values))` writes, its keys
  /// quoted already (ExportLayout.quotedNames).
  static func writeObject(
    keys: [String], values: [Value], to out: inout String, indent: Int? = nil, depth: Int = 0
  ) {
    out += "{"
    for (i, (key, value)) in zip(keys, values).enumerated() {
      if i > 0 { out += "," }
      JSON.newline(&out, indent, depth + 1)
      out += key
      out += indent == nil ? ":" : ": "
      write(value, to: &out, indent: indent, depth: depth + 1)
    }
    JSON.newline(&out, indent, depth)
    out += "}"
  }

  /// `[…]`, an item a line when indenting: the tree's arrays and the query
  /// values' lists are written alike.
  static func writeArray<Item>(
    _ items: [Item], to out: inout String, indent: Int?, depth: Int,
    item writeItem: (Item, inout String) -> Void
  ) {
    if items.isEmpty {
      out += "[]"
      return
    }
    out += "["
    for (i, item) in items.enumerated() {
      if i > 0 { out += "," }
      newline(&out, indent, depth + 1)
      writeItem(item, &out)
    }
    newline(&out, indent, depth)
    out += "]"
  }

  private static func newline(_ out: inout String, _ indent: Int?, _ depth: Int) {
    guard let indent else { return }
    out += "\n" + String(repeating: " ", count: indent * depth)
  }

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    // Most text needs no escape: one copy instead of one append per scalar
    // (the scalar loop was a fifth of `export --jsonl`).
    guard needsEscape(s) else {
      out += s
      out += "\""
      return
    }
    JSONString.append(s, to: &out)
    out += "\""
  }

  /// True when a scalar of `s` is written escaped, read off its UTF-8 bytes:
  /// the escaped scalars are ASCII (controls, `"`, `\\`, DEL), C2 80–C2 9F
  /// (C1 controls), E2 80 A8–E2 80 AE (U+2028, U+2029, embeddings and
  /// overrides) and E2 81 A6–E2 81 A9 (isolates). Chinese punctuation shares
  /// the lead bytes (“ is E2 80 9C, · is C2 B7) and is no escape.
  static func needsEscape(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if byte < 0x80 {
          if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
        } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] < 0xA0 {
          return true
        } else if byte == 0xE2, i + 2 < bytes.count {
          let (second, third) = (bytes[i + 1], bytes[i + 2])
          if second == 0x80 && (0xA8...0xAE).contains(third) { return true }
          if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
        }
        i += 1
      }
      return false
    }
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
