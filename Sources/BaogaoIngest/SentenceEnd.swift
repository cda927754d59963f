// SentenceEnd.swift: where a sentence ends.
// Takes a character and its neighbours and says whether it closes a sentence:
// 。！？ and their ASCII forms, and an ASCII or full-width period typed for 。
// after Chinese text (pages in ASCII punctuation), but never the point of a
// decimal (2.5亿元) or of a list number (1.), which follow digits.

enum SentenceEnd {
  /// Marks that always end a sentence.
  static let marks: Set<Character> = ["。", "！", "？", "!", "?"]
  /// Periods that end a sentence only after Chinese text.
  static let periods: Set<Character> = [".", "．"]
  /// Closing marks after which a period still ends the sentence: 建设）.
  static let closers: Set<Character> = ["）", ")", "”", "’", "%", "％", "》"]

  /// Whether `c`, between `previous` and `next`, ends a sentence.
  static func isEnd(_ c: Character, previous: Character?, next: Character?) -> Bool {
    if marks.contains(c) { return true }
    guard periods.contains(c), let previous else { return false }
    guard (previous.isLetter && !previous.isASCII) || closers.contains(previous) else {
      return false
    }
    // After Chinese text a period cannot be a decimal point, so a digit may
    // follow (新台阶.2016年); two periods are an ellipsis.
    if let next, periods.contains(next) { return false }
    return true
  }

  /// Index of the first sentence end among the first `limit` characters.
  static func first(in text: Substring, within limit: Int) -> Substring.Index? {
    var previous: Character?
    var i = text.startIndex
    var seen = 0
    while i < text.endIndex, seen < limit {
      let c = text[i]
      let next = text.index(after: i)
      if isEnd(c, previous: previous, next: next < text.endIndex ? text[next] : nil) { return i }
      previous = c
      i = next
      seen += 1
    }
    return nil
  }

  /// Index of the last sentence end, searching back from the end.
  static func last(in text: Substring) -> Substring.Index? {
    var i = text.endIndex
    var next: Character?
    while i > text.startIndex {
      let at = text.index(before: i)
      let c = text[at]
      let previous = at > text.startIndex ? text[text.index(before: at)] : nil
      if isEnd(c, previous: previous, next: next) { return at }
      next = c
      i = at
    }
    return nil
  }
}
