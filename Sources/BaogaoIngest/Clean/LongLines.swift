// LongLines.swift: a report flattened to one giant line (a page's text copied
// without its paragraph breaks) would be one paragraph with no headings. A
// line far longer than any paragraph of a real report (the shared reports'
// longest is under 3,000 characters) is cut back into lines: at runs of
// indent spaces (the 　　 that began each paragraph) and after each sentence
// end, so that a numbered heading after one (。一、, 。（二）) starts a line.

enum LongLines {
  /// Lines longer than this many scalars are cut.
  static let maxLine = 10_000

  /// The text with every over-long line cut into paragraphs or sentences.
  static func split(_ text: String) -> String {
    guard text.utf8.count > maxLine, let long = longLines(of: text) else { return text }
    var out = ""
    var from = text.startIndex
    for line in long {
      out += text[from..<line.lowerBound]
      out += cut(text[line])
      from = line.upperBound
    }
    out += text[from...]
    return out
  }

  /// The lines of more than `maxLine` scalars, or nil when there are none.
  /// Found on the UTF-8 bytes: a line is as many scalars as it has bytes that
  /// are not continuation bytes (10xxxxxx), and only a line of more than
  /// `maxLine` bytes can hold more than `maxLine` scalars. Lines end at "\n"
  /// but not at "\r\n", which is one Character (the grapheme-break split
  /// this replaced kept it inside a line); Decode makes CRLF LF anyway.
  static func longLines(of text: String) -> [Range<String.Index>]? {
    let found = LineFeeds.withBytes(of: text) { bytes -> [Range<Int>] in
      var found: [Range<Int>] = []
      var start = 0
      func close(_ end: Int) {
        guard end - start > maxLine else { return }
        var scalars = 0
        for k in start..<end where bytes[k] & 0xC0 != 0x80 { scalars += 1 }
        if scalars > maxLine { found.append(start..<end) }
      }
      for feed in LineFeeds.offsets(in: bytes) where feed == 0 || bytes[feed - 1] != 0x0D {
        close(feed)
        start = feed + 1
      }
      close(bytes.count)
      return found
    }
    guard !found.isEmpty else { return nil }
    return found.map { LineFeeds.index(text, $0.lowerBound)..<LineFeeds.index(text, $0.upperBound) }
  }

  static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？"]
  static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")"]

  /// One giant line as lines.
  static func cut(_ line: Substring) -> String {
    let scalars = Array(line.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    var spaces = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{3000}" || scalar == " " || scalar == "\u{A0}" {
        spaces += 1
        index += 1
        continue
      }
      if spaces > 0 {
        // Two or more: a paragraph indent; one: a space inside the text.
        out.append(spaces >= 2 ? "\n" : " ")
        spaces = 0
      }
      out.append(scalar)
      index += 1
      guard sentenceEnds.contains(scalar) else { continue }
      while index < scalars.count, closers.contains(scalars[index]) {
        out.append(scalars[index])
        index += 1
      }
      out.append("\n")
    }
    return String(out)
  }
}
