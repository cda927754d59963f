// Outline.swift: step 3 of ingest.
// Groups cleaned lines into sections by their headings (一、 and (一)/（一）)
// and paragraphs, and decides which part reviews the past and which plans the
// coming year.
import BaogaoGraph

public enum Outline {
  /// Builds the section outline of a report from its cleaned lines.
  public static func document(
    reportID: String, lines: [Line], junk: [CleanedJunk]
  ) -> Document {
    var doc = Document(reportID: reportID, junk: junk)
    var topLevel: Int?
    for line in lines {
      if let heading = Heading.parse(line.text) {
        let parent: Int? = heading.level == 1 ? nil : topLevel
        let path =
          parent.map { doc.sections[$0].path + "." + heading.number } ?? heading.number
        let section = OutlineSection(
          path: path, title: heading.title, parent: parent,
          level: parent == nil ? 1 : 2, part: heading.level == 1 ? part(ofTitle: heading.title) : nil,
          line: line.number)
        doc.sections.append(section)
        if heading.level == 1 { topLevel = doc.sections.count - 1 }
        continue
      }
      let paragraph = Paragraph(text: line.text, line: line.number)
      if doc.sections.isEmpty {
        doc.preamble.append(paragraph)
      } else {
        doc.sections[doc.sections.count - 1].paragraphs.append(paragraph)
      }
    }
    return doc
  }

  /// 回顾 and 总结 review the past; 安排, 任务 and 计划 plan the year ahead.
  static func part(ofTitle title: String) -> Part? {
    if title.contains("回顾") || title.contains("总结") { return .review }
    if title.contains("安排") || title.contains("任务") || title.contains("计划") { return .plan }
    return nil
  }
}

/// A heading line: its number as written, its level and its title.
struct Heading: Equatable {
  var number: String
  var level: Int
  var title: String

  static let chineseDigits: Set<Character> = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
  ]

  /// `一、2017年政府工作回顾` → (一, 1); `(三)攻坚推进…` and `（三）…` → ((三), 2).
  static func parse(_ line: String) -> Heading? {
    let chars = Array(line)
    guard chars.count >= 3, chars.count <= 80 else { return nil }
    var i = 0
    if chars[0] == "(" || chars[0] == "（" {
      i = 1
      while i < chars.count, chineseDigits.contains(chars[i]) { i += 1 }
      guard i > 1, i < chars.count, chars[i] == ")" || chars[i] == "）" else { return nil }
      let number = "(" + String(chars[1..<i]) + ")"
      let title = String(chars[(i + 1)...])
      return title.isEmpty ? nil : Heading(number: number, level: 2, title: title)
    }
    while i < chars.count, chineseDigits.contains(chars[i]) { i += 1 }
    guard i > 0, i < chars.count, chars[i] == "、" else { return nil }
    let title = String(chars[(i + 1)...])
    return title.isEmpty ? nil : Heading(number: String(chars[0..<i]), level: 1, title: title)
  }
}
