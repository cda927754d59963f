// MainList.swift: finds the report's list of main expected targets.
// Takes a paragraph's clauses and gives the scalar range of the list that
// follows a marker such as 主要预期目标是： or 建议今年…主要预期指标为: up to the
// end of its sentence. Lists for a five-year period (“十四五”时期…主要目标) are
// not the year's list.

/// Where the main list stands: the scalar ranges it takes in paragraphs of
/// one section (one range when the list runs on after its marker, several
/// when each item has a line of its own).
struct MainListPlace: Sendable, Hashable {
  var section: Int
  var ranges: [Int: Range<Int>]

  /// The list's range in a paragraph of a section, if it has one there.
  func range(section: Int, paragraph: Int) -> Range<Int>? {
    section == self.section ? ranges[paragraph] : nil
  }
}

enum MainList {
  /// Most lines one list takes when each item has a line of its own.
  static let maxItemLines = 20

  /// Longest line read as one item of a list.
  static let maxItemLength = 200

  /// The report's main list: the first one outside the review part. Parts come
  /// from headings, which some reports lack, so sections of no known part are
  /// searched too. A heading that names the list (二、主要预期目标) stands for
  /// the marker when no paragraph has one.
  static func locate(in document: Document) -> MainListPlace? {
    // A review part found by mistake must not hide the list: look there last.
    for inReview in [false, true] {
      let sections = document.sections.indices.filter {
        (document.part(ofSection: $0) == .review) == inReview
      }
      if let found = locate(in: document, sections: sections) { return found }
    }
    return nil
  }

  static func locate(in document: Document, sections: [Int]) -> MainListPlace? {
    for index in sections {
      let section = document.sections[index]
      for (p, paragraph) in section.paragraphs.enumerated() {
        // Cheap test first: most paragraphs name no marker.
        guard markerList.occurs(in: Array(paragraph.text.utf8)) else { continue }
        let text = ClauseText(paragraph.text)
        guard let range = range(in: text) else { continue }
        if hasDigit(text, range) || hasWordedItem(text, range) {
          return MainListPlace(section: index, ranges: [p: range])
        }
        // 主要预期目标是： then one item a line.
        if range.count <= 2, range.upperBound >= text.scalars.count - 1 {
          let lines = itemLines(section.paragraphs, after: p)
          if !lines.isEmpty { return MainListPlace(section: index, ranges: lines) }
        }
      }
    }
    for index in sections {
      let title = Array(document.sections[index].title.utf8)
      guard markerList.occurs(in: title), !periodList.occurs(in: title) else { continue }
      let lines = itemLines(document.sections[index].paragraphs, after: -1)
      if !lines.isEmpty { return MainListPlace(section: index, ranges: lines) }
    }
    return nil
  }

  /// The lines after `start` that each state an item: short, with a number.
  static func itemLines(_ paragraphs: [Paragraph], after start: Int) -> [Int: Range<Int>] {
    var ranges: [Int: Range<Int>] = [:]
    var q = start + 1
    while q < paragraphs.count, q - start <= maxItemLines {
      let scalars = paragraphs[q].text.unicodeScalars
      guard scalars.count <= maxItemLength,
        scalars.contains(where: Numbers.isDigit)
          || MainItems.worded(FigureNames.withoutEnumerator(paragraphs[q].text)) != nil
      else { break }
      ranges[q] = 0..<scalars.count
      q += 1
    }
    return ranges
  }

  /// A clause cut to the list where the list opens inside it (主要预期目标是
  /// 地区生产总值增长6% → 地区生产总值增长6%), and whether it is in the list.
  static func clip(_ clause: Clause, to range: Range<Int>?) -> (Clause, Bool) {
    guard let range, clause.end > range.lowerBound, clause.start < range.upperBound else {
      return (clause, false)
    }
    var clipped = clause
    clipped.start = max(clause.start, range.lowerBound)
    return (clipped, true)
  }

  /// The list runs on over the sentences after its marker's while each of
  /// their clauses is an item (…进入全省前三。PM2.5平均浓度下降率完成省定任务。);
  /// a sentence about the list itself ends it (这样的安排，主要考虑…).
  static func listEnd(in text: ClauseText, from sentence: Int) -> Int {
    var last = sentence
    while last + 1 < text.sentences.count {
      let clauses = text.clauses.filter { $0.sentence == last + 1 }
      guard !clauses.isEmpty,
        clauses.allSatisfy({
          MainItems.worded(text.text(of: $0)) != nil
            || !FigureReader.figures(in: text, clause: $0).isEmpty
        })
      else { break }
      last += 1
    }
    return text.sentences[last].upperBound
  }

  static func hasWordedItem(_ text: ClauseText, _ range: Range<Int>) -> Bool {
    text.clauses.contains {
      range.contains($0.start) && MainItems.worded(text.text(of: $0)) != nil
    }
  }

  static func hasDigit(_ text: ClauseText, _ range: Range<Int>) -> Bool {
    text.scalars[range].contains(where: Numbers.isDigit)
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
        let after = at + m.count
        var colon = after
        let limit = min(sentence.upperBound, after + markerReach)
        while colon < limit, text.scalars[colon] != "：", text.scalars[colon] != ":" {
          colon += 1
        }
        if colon < limit { return (colon + 1)..<listEnd(in: text, from: index) }
        // 主要预期目标是地区生产总值增长6%…: 是 or 为 opens the list.
        if after < sentence.upperBound, text.scalars[after] == "是" || text.scalars[after] == "为" {
          return (after + 1)..<listEnd(in: text, from: index)
        }
      }
    }
    return nil
  }
}
