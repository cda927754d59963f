// LineShape.swift: what a line looks like, for the stages that sort lines.
// Takes a line's text and says whether it is complete (ends with a mark that
// closes a paragraph) or short and unpunctuated like a link, and trims white
// space including the ideographic space U+3000. Clean and Outline both ask.

enum LineShape {
  /// A line this long or shorter, with no sentence end mark, may be a link,
  /// a tag or a date; longer lines are text.
  static let maxLinkLength = 60
  /// Marks that end a paragraph: a line ending in one is complete.
  static let paragraphEnds: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "：", ":", "…"]
  /// Closing quotes and brackets that may follow a paragraph's end mark.
  static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "】", "》", "\""]

  /// White space (U+3000 is White_Space too), without the property tables
  /// or comparing Characters (WhiteSpace.swift).
  static func isSpace(_ u: Unicode.Scalar) -> Bool { u.isWhiteSpace }

  static func isSpace(_ c: Character) -> Bool { c.isWhiteSpace }

  /// The text without white space (and U+3000) at either end.
  static func trimSpaces(_ s: Substring) -> String {
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// A short line without a sentence end mark: a link, a tag, a date.
  static func isLinkLike(_ text: String) -> Bool {
    text.hasAtMost(maxLinkLength) && !SentenceEnd.hasMark(text)
  }

  /// Whether a paragraph's text ends with a mark that closes it.
  static func isComplete(_ text: String) -> Bool {
    var end = text.endIndex
    while end > text.startIndex {
      let c = text[text.index(before: end)]
      if closers.contains(c) {
        end = text.index(before: end)
        continue
      }
      if paragraphEnds.contains(c) { return true }
      // A period typed for 。: 任务. (not the point of 2.5).
      let before = text.index(before: end)
      let previous = before > text.startIndex ? text[text.index(before: before)] : nil
      return SentenceEnd.isEnd(c, previous: previous, next: nil)
    }
    return true
  }
}
