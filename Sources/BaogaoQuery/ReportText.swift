// ReportText.swift: report text cut into sentences, for `show` (where a name
// is first mentioned) and `search`, and into paragraphs, for `text`. Search
// and paragraphs read the bytes where they can (SentenceBytes.swift); the
// Character functions here say what the answer is.

public enum ReportText {
  /// Sentence ends in report text: 。！？ and a paragraph's end.
  static let sentenceEnds: Set<Character> = ["。", "！", "？", "\n"]

  /// The sentences of a section's text, trimmed, empty ones dropped.
  public static func sentences(of text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text {
      if character != "\n" { current.append(character) }
      if sentenceEnds.contains(character) {
        let trimmed = trimmed(current)
        if !trimmed.isEmpty { result.append(trimmed) }
        current = ""
      }
    }
    let last = trimmed(current)
    if !last.isEmpty { result.append(last) }
    return result
  }

  /// The sentences of a section's text whose folded text contains `needle`
  /// (folded UTF-8), at most `limit`, in order. On the bytes where they tell
  /// (SentenceBytes), by Characters where they do not.
  static func sentences(of text: String, containing needle: [UInt8], limit: Int) -> [String] {
    if SentenceBytes.isRawNeedle(needle),
      let found = SentenceBytes.sentences(of: text, containing: needle, limit: limit)
    {
      return found
    }
    // A sentence's folded text is part of the section's: no match there, none in a sentence.
    guard SentenceBytes.contains(Fold.text(text), needle) else { return [] }
    return Array(sentencesByCharacter(of: text, containing: needle).prefix(limit))
  }

  /// The same sentences, cut by Characters, each folded and tested.
  static func sentencesByCharacter(of text: String, containing needle: [UInt8]) -> [String] {
    sentences(of: text).filter { Fold.contains(Array(Fold.text($0).utf8), needle) }
  }

  /// A section's lines, trimmed, empty ones dropped.
  static func paragraphs(of text: String) -> [String] {
    SentenceBytes.paragraphs(of: text) ?? paragraphsByCharacter(of: text)
  }

  /// The same lines, cut and trimmed by Characters.
  static func paragraphsByCharacter(of text: String) -> [String] {
    text.split(separator: "\n").map { trimmed(String($0)) }.filter { !$0.isEmpty }
  }

  static func trimmed(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }
}
