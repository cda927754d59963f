// TextWrap.swift: breaks text into lines of at most N terminal cells, by
// display width (a Chinese character is 2 cells and never split in half).
// Chinese has no spaces to break at, so any character boundary will do; Latin
// words are kept whole when they fit on a line.

/// Wrapping by display width.
enum TextWrap {
  /// Lines of at most `limit` cells (at least one line, maybe empty).
  static func lines(_ text: String, limit: Int, width: CellWidth = CellWidth()) -> [String] {
    let limit = max(limit, 2)
    var lines: [String] = []
    var line = ""
    var used = 0
    var lastSpace: (index: String.Index, used: Int)?
    for character in text {
      if character == "\n" {
        lines.append(line)
        line = ""
        used = 0
        lastSpace = nil
        continue
      }
      let cells = width.of(String(character))
      while used + cells > limit && !line.isEmpty {
        if let space = lastSpace, character != " " {
          // Break after the last space so a Latin word stays whole.
          let rest = String(line[line.index(after: space.index)...])
          lines.append(String(line[..<space.index]))
          line = rest
          used = width.of(rest)
        } else {
          lines.append(line)
          line = ""
          used = 0
        }
        lastSpace = nil
        if character == " " { continue }
      }
      if character == " " { lastSpace = (line.endIndex, used) }
      line.append(character)
      used += cells
    }
    lines.append(line)
    return lines
  }

  /// The text cut to `limit` cells, ending with `…` when something was cut.
  static func cut(_ text: String, limit: Int, width: CellWidth = CellWidth()) -> String {
    guard width.of(text) > limit else { return text }
    var out = ""
    var used = 0
    for character in text {
      let cells = width.of(String(character))
      if used + cells > limit - 1 { break }
      out.append(character)
      used += cells
    }
    return out + "…"
  }
}
