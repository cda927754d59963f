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
    guard text.utf8.count > maxLine else { return text }
    var out = ""
    var changed = false
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if number > 0 { out += "\n" }
      if line.unicodeScalars.count > maxLine {
        out += cut(line)
        changed = true
      } else {
        out += line
      }
    }
    return changed ? out : text
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
