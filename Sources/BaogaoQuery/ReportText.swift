// ReportText.swift: report text cut into sentences, for `show` (where a name
// is first mentioned) and `search`.

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

  static func trimmed(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }
}
