// TextWrap.swift: breaks text into lines of at most N terminal cells, by
// display width (a Chinese character is 2 cells and never split in half).
// Chinese may break between any two characters; a run of ASCII (a Latin word,
// a number such as 92.4) is kept whole when it fits on a line, and a space at
// a break is dropped. Colour sequences (ESC [ … m) that the shell itself
// inserted take no cells and are never split.

/// Wrapping by display width.
enum TextWrap {
  /// ASCII punctuation that must not begin a line (it stays with what precedes).
  static let noBreakBefore: Set<Character> = [",", ".", ";", ":", "!", "?", ")", "%"]

  /// Lines of at most `limit` cells (at least one line, maybe empty).
  static func lines(_ text: String, limit: Int, width: CellWidth = CellWidth()) -> [String] {
    let limit = max(limit, 2)
    var lines: [String] = []
    var line = ""
    var used = 0
    // Where the line may break, and whether the character there (a space) goes.
    var breakAt: (index: String.Index, dropsSpace: Bool)?
    var previous: Character?
    var inEscape = false
    nextCharacter: for character in text {
      if character == "\u{1B}" || inEscape {
        line.append(character)
        inEscape = character == "\u{1B}" || !(character.isASCII && character.isLetter)
        continue
      }
      if character == "\n" {
        lines.append(line)
        (line, used, breakAt, previous) = ("", 0, nil, nil)
        continue
      }
      let cells = width.of(String(character))
      // A line may start at this character: after a space, or between a
      // Chinese character and anything but closing ASCII punctuation.
      let startsLine =
        previous.map {
          $0 == " " || !character.isASCII || (!$0.isASCII && !noBreakBefore.contains(character))
        } ?? false
      while used + cells > limit && !line.isEmpty {
        if startsLine || character == " " {
          lines.append(line)
          (line, used) = ("", 0)
        } else if let at = breakAt, at.index > line.startIndex {
          let rest = String(line[(at.dropsSpace ? line.index(after: at.index) : at.index)...])
          lines.append(String(line[..<at.index]))
          line = rest
          used = width.of(rest)
        } else {
          lines.append(line)
          (line, used) = ("", 0)
        }
        breakAt = nil
        if character == " " && line.isEmpty { continue nextCharacter }
      }
      if character == " " {
        breakAt = (line.endIndex, true)
      } else if startsLine && previous != " " {
        breakAt = (line.endIndex, false)
      }
      line.append(character)
      used += cells
      previous = character
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
