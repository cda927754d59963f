// SentenceEnd.swift: where a sentence ends.
// Takes a character and its neighbours and says whether it closes a sentence:
// 。！？ and their ASCII forms, and an ASCII or full-width period typed for 。
// after Chinese text (pages in ASCII punctuation), but never the point of a
// decimal (2.5亿元) or of a list number (1.), which follow digits. Works on
// Unicode scalars: testing Characters against a Set hashes strings.

enum SentenceEnd {
  /// Marks that always end a sentence.
  static let marks = ScalarSet("。！？!?".unicodeScalars)
  /// Periods that end a sentence only after Chinese text.
  static let periods = ScalarSet(".．".unicodeScalars)
  /// Closing marks after which a period still ends the sentence: 建设）.
  static let closers = ScalarSet("）)”’%％》".unicodeScalars)

  /// Whether `c`, between `previous` and `next`, ends a sentence.
  static func isEnd(_ c: Unicode.Scalar, previous: Unicode.Scalar?, next: Unicode.Scalar?) -> Bool {
    if marks.contains(c) { return true }
    guard periods.contains(c), let previous else { return false }
    guard (!previous.isASCII && previous.properties.isAlphabetic) || closers.contains(previous)
    else { return false }
    // After Chinese text a period cannot be a decimal point, so a digit may
    // follow (新台阶.2016年); two periods are an ellipsis.
    if let next, periods.contains(next) { return false }
    return true
  }

  /// The same for Characters (their first scalars).
  static func isEnd(_ c: Character, previous: Character?, next: Character?) -> Bool {
    guard let scalar = c.unicodeScalars.first else { return false }
    return isEnd(
      scalar, previous: previous?.unicodeScalars.last, next: next?.unicodeScalars.first)
  }

  /// Index of the first sentence end among the first `limit` scalars.
  static func first(in text: Substring, within limit: Int) -> Substring.Index? {
    let scalars = text.unicodeScalars
    var previous: Unicode.Scalar?
    var i = scalars.startIndex
    var seen = 0
    while i < scalars.endIndex, seen < limit {
      let c = scalars[i]
      let next = scalars.index(after: i)
      if isEnd(c, previous: previous, next: next < scalars.endIndex ? scalars[next] : nil) {
        return i
      }
      previous = c
      i = next
      seen += 1
    }
    return nil
  }

  /// Index of the last sentence end, searching back from the end.
  static func last(in text: Substring) -> Substring.Index? {
    let scalars = text.unicodeScalars
    var i = scalars.endIndex
    var next: Unicode.Scalar?
    while i > scalars.startIndex {
      let at = scalars.index(before: i)
      let c = scalars[at]
      let previous = at > scalars.startIndex ? scalars[scalars.index(before: at)] : nil
      if isEnd(c, previous: previous, next: next) { return at }
      next = c
      i = at
    }
    return nil
  }

  /// Whether a text holds a sentence end mark (。！？!?；;), by scalar.
  static func hasMark(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains(where: { clauseEnds.contains($0) })
  }

  /// 。！？ and semicolons: a line with one is text, not a link or widget.
  static let clauseEnds = ScalarSet("。！？!?；;".unicodeScalars)
}
