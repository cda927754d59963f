// MainList.swift: finds the report's list of main expected targets.
// Takes a paragraph's clauses and gives the scalar range of the list that
// follows a marker such as 主要预期目标是： or 建议今年…主要预期指标为: up to the
// end of its sentence. Lists for a five-year period (“十四五”时期…主要目标) are
// not the year's list.

/// Where the main list stands: a paragraph of a section, and its scalars.
struct MainListPlace: Sendable, Hashable {
  var section: Int
  var paragraph: Int
  var range: Range<Int>
}

enum MainList {
  /// The report's main list: the first one outside the review part. Parts come
  /// from headings, which some reports lack, so sections of no known part are
  /// searched too.
  static func locate(in document: Document) -> MainListPlace? {
    for (index, section) in document.sections.enumerated()
    where document.part(ofSection: index) != .review {
      for (p, paragraph) in section.paragraphs.enumerated() {
        // Cheap test first: most paragraphs name no marker.
        guard markerList.occurs(in: Array(paragraph.text.utf8)) else { continue }
        if let range = range(in: ClauseText(paragraph.text)) {
          return MainListPlace(section: index, paragraph: p, range: range)
        }
      }
    }
    return nil
  }

  /// Markers of the main expected targets list, most specific first.
  static let markers: [String] = [
    "主要预期目标", "主要预期指标", "预期目标", "预期指标", "主要目标", "主要指标",
  ]

  /// Words that make a marker's sentence a five-year plan, not the year's list:
  /// baoding-2021 "“十四五”时期我市经济社会发展主要目标：一是…".
  static let periodWords: [String] = ["时期", "五年", "十三五", "十四五", "十二五", "十五五"]

  static let markerList = WordList(markers)
  static let periodList = WordList(periodWords)

  /// Words that end the text before a list: 主要预期目标是： and …指标为:.
  static let openers: [String] = ["是：", "是:", "为：", "为:", "：", ":"]

  /// Longest distance, in scalars, from a marker to its list's colon.
  static let markerReach = 6

  /// The scalar range of the main list in this paragraph, if it has one.
  static func range(in text: ClauseText) -> Range<Int>? {
    for (index, sentence) in text.sentences.enumerated() {
      let sentenceText = text.text(ofSentence: index)
      guard !periodList.occurs(in: Array(sentenceText.utf8)) else { continue }
      for marker in markers {
        let m = Array(marker.unicodeScalars)
        guard let at = text.find(m, from: sentence.lowerBound, to: sentence.upperBound) else {
          continue
        }
        var colon = at + m.count
        let limit = min(sentence.upperBound, colon + markerReach)
        while colon < limit, text.scalars[colon] != "：", text.scalars[colon] != ":" {
          colon += 1
        }
        guard colon < limit else { continue }
        return (colon + 1)..<sentence.upperBound
      }
    }
    return nil
  }
}
