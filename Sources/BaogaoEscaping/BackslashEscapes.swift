// BackslashEscapes.swift: the one backslash escaper. JSON strings (the export,
// `--format json`), TSV fields (`.mode tsv`) and Swift string literals (the
// resources EmbedResourcesTool compiles in) all write \\ \n \r \t by name and
// the other scalars they cannot hold as a code; they differ only in whether
// `"` is escaped, which scalars take a code and how the code is written.
// Its own module, with no dependencies, so the build tool can use it too.

/// One format's escapes. `append` is @inlinable so each format's loop is
/// specialised where it is used (the JSON export calls it for every string).
public protocol BackslashEscapes {
  /// True where the text stands between double quotes (`\"`).
  static var escapesQuote: Bool { get }
  /// True for a scalar, besides `\` `"` newline, return and tab, that is
  /// written as a code.
  static func needsCode(_ scalar: Unicode.Scalar) -> Bool
  /// The code for such a scalar: `\u001b` in JSON, `\x1b` in TSV.
  static func code(_ value: UInt32) -> String
}

extension BackslashEscapes {
  /// Appends `text` to `out` escaped, without quotes around it.
  @inlinable public static func append(_ text: String, to out: inout String) {
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"" where escapesQuote: out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if needsCode(scalar) {
          out += code(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
  }

  /// `text` escaped, without quotes around it.
  @inlinable public static func escaped(_ text: String) -> String {
    var out = ""
    append(text, to: &out)
    return out
  }
}
