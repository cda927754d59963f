// TextWrap.swift: breaks text into lines of at most N terminal cells, by
// display width (a Chinese character is 2 cells and never split in half).
// The text is first cut into units that a line never breaks inside: a run of
// ASCII (a Latin word, a number such as 92.4, `growth`), or one Chinese
// character with the punctuation that clings to it by the Chinese
// line-breaking rules (避头尾: no line starts with 。，、；：？！）」』, none ends
// with （「『). Lines are then filled greedily with whole units; a space at a
// break is dropped. Colour sequences (ESC [ … m) that the shell itself
// inserted take no cells and are never split. Only a unit wider than the
// whole line is cut, character by character.

/// Wrapping by display width.
enum TextWrap {
  /// Characters that must not begin a line: they stay with what precedes
  /// (Chinese closing punctuation, and the ASCII closers a report mixes in).
  static let noLineStart: Set<Character> = [
    "。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》", "〉", "】", "〕",
    "…", "％", "·",
    ",", ".", ";", ":", "!", "?", ")", "]", "%",
  ]

  /// Characters that must not end a line: they go with what follows.
  static let noLineEnd: Set<Character> = ["（", "「", "『", "“", "‘", "《", "〈", "【", "〔", "(", "["]

  /// One piece of text that a line never breaks inside.
  struct Unit: Equatable {
    var text = ""
    /// Cells taken (escape sequences take none).
    var cells = 0
    /// Spaces before the unit: kept inside a line, dropped at a break.
    var spacesBefore = 0
    /// True for a line break of the text itself.
    var isNewline = false
    /// The last visible character, for the gluing rules.
    var last: Character?
  }

  /// The text's units, in order.
  static func units(of text: String, width: CellWidth = CellWidth()) -> [Unit] {
    var units: [Unit] = []
    var current = Unit()
    var spaces = 0
    /// An escape sequence that opens (a colour) goes with the next unit.
    var heldEscape = ""
    var escape: String?
    func flush() {
      if current.last != nil || !current.text.isEmpty { units.append(current) }
      current = Unit()
    }
    func start(_ character: Character, cells: Int) {
      flush()
      current = Unit(
        text: heldEscape + String(character), cells: cells, spacesBefore: spaces,
        last: character)
      heldEscape = ""
      spaces = 0
    }
    for character in text {
      if var sequence = escape {
        sequence.append(character)
        // A CSI sequence ends at its final byte, a letter.
        if character.isASCII && character.isLetter {
          escape = nil
          if sequence == "\u{1B}[0m" || sequence == "\u{1B}[m", current.last != nil {
            current.text += sequence  // a reset closes what came before
          } else {
            heldEscape += sequence
          }
        } else {
          escape = sequence
        }
        continue
      }
      if character == "\u{1B}" {
        escape = "\u{1B}"
        continue
      }
      if character == "\n" {
        flush()
        current.text = heldEscape
        heldEscape = ""
        units.append(Unit(text: current.text, isNewline: true))
        current = Unit()
        spaces = 0
        continue
      }
      if character == " " {
        if current.last != nil { flush() }
        spaces += 1
        continue
      }
      let cells = characterCells(character, width)
      let glues: Bool
      if let last = current.last, spaces == 0 {
        glues =
          noLineStart.contains(character) || noLineEnd.contains(last)
          || (character.isASCII && last.isASCII)
      } else {
        glues = false
      }
      if glues {
        current.text += heldEscape + String(character)
        heldEscape = ""
        current.cells += cells
        current.last = character
      } else {
        start(character, cells: cells)
      }
    }
    flush()
    if !heldEscape.isEmpty || escape != nil {
      if var last = units.last, !last.isNewline {
        last.text += heldEscape + (escape ?? "")
        units[units.count - 1] = last
      }
    }
    return units
  }

  /// Cells of the widest unit: the narrowest a column can be without
  /// breaking inside a word.
  static func widestUnit(_ text: String, width: CellWidth = CellWidth()) -> Int {
    units(of: text, width: width).map(\.cells).max() ?? 0
  }

  /// Lines of at most `limit` cells (at least one line, maybe empty).
  static func lines(_ text: String, limit: Int, width: CellWidth = CellWidth()) -> [String] {
    let limit = max(limit, 2)
    var lines: [String] = []
    var line = ""
    var used = 0
    var lineHasText = false
    func breakLine() {
      lines.append(line)
      (line, used, lineHasText) = ("", 0, false)
    }
    for unit in units(of: text, width: width) {
      if unit.isNewline {
        line += unit.text
        breakLine()
        continue
      }
      let gap = lineHasText ? unit.spacesBefore : 0
      if used + gap + unit.cells <= limit {
        line += String(repeating: " ", count: gap) + unit.text
        used += gap + unit.cells
        lineHasText = lineHasText || unit.cells > 0
        continue
      }
      if lineHasText { breakLine() }
      if unit.cells <= limit {
        line += unit.text
        used = unit.cells
        lineHasText = true
        continue
      }
      // Wider than a whole line: cut by characters (a long URL, a number run).
      for piece in hardSplit(unit.text, limit: limit, width: width) {
        if lineHasText { breakLine() }
        line += piece.text
        used = piece.cells
        lineHasText = true
      }
    }
    lines.append(line)
    return lines
  }

  /// Pieces of at most `limit` cells, escape sequences kept whole.
  private static func hardSplit(_ text: String, limit: Int, width: CellWidth)
    -> [(text: String, cells: Int)]
  {
    var pieces: [(text: String, cells: Int)] = []
    var piece = ""
    var cells = 0
    var inEscape = false
    for character in text {
      if character == "\u{1B}" || inEscape {
        piece.append(character)
        inEscape = character == "\u{1B}" || !(character.isASCII && character.isLetter)
        continue
      }
      let w = characterCells(character, width)
      if cells + w > limit && cells > 0 {
        pieces.append((piece, cells))
        (piece, cells) = ("", 0)
      }
      piece.append(character)
      cells += w
    }
    pieces.append((piece, cells))
    return pieces
  }

  /// Cells of one character, without making a String of it (this runs for
  /// every character of every cell).
  static func characterCells(_ character: Character, _ width: CellWidth) -> Int {
    var cells = 0
    for scalar in character.unicodeScalars { cells += width.cells(scalar) }
    return cells
  }

  /// The text cut to `limit` cells, ending with `…` when something was cut.
  static func cut(_ text: String, limit: Int, width: CellWidth = CellWidth()) -> String {
    guard width.of(text) > limit else { return text }
    var out = ""
    var used = 0
    for character in text {
      let cells = characterCells(character, width)
      if used + cells > limit - 1 { break }
      out.append(character)
      used += cells
    }
    return out + "…"
  }
}
