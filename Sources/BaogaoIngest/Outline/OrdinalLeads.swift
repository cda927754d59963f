// OrdinalLeads.swift: paragraphs led by an ordinal that organise a part.
// Takes the cleaned lines and gives the runs of lines that open with 一是,
// 二是 … or 第一， 第二， … in order (hailaer-2016 line 83: "一是准确把握政策，
// 找准投资方向。紧密结合…"): a sub-level under the section they stand in, each
// titled by its first sentence, the rest of the line its body. A lone 一是
// line, or leads inside one paragraph (…。一是…；二是…), are text.

/// A line's ordinal lead: its value, its marker as the path writes it (一是,
/// 第一), its title and the body after the title.
struct OrdinalLead: Sendable, Hashable {
  var value: Int
  var marker: String
  var title: String
  var body: String?
}

enum OrdinalLeads {
  /// Fewest leads of a run: 一是 alone is a way of speaking.
  static let minRun = 2
  /// Longest numeral of a lead (十一是).
  static let maxDigits = 3
  /// Marks after 第一 that make it a lead: 第一，坚持….
  static let ordinalMarks: Set<Character> = ["，", ",", "、", "：", ":"]
  /// A lead's title is its first sentence, at most this long.
  static let maxTitle = 80

  /// Index of every lead line of a run, with its lead.
  static func find(in lines: [Line]) -> [Int: OrdinalLead] {
    var result: [Int: OrdinalLead] = [:]
    var run: [(index: Int, lead: OrdinalLead)] = []
    func close() {
      if run.count >= minRun { for item in run { result[item.index] = item.lead } }
      run = []
    }
    for (i, line) in lines.enumerated() {
      if line.heading != nil {
        close()
        continue
      }
      guard let lead = lead(of: line.text) else { continue }
      let style = lead.marker.hasPrefix("第")
      if let last = run.last, last.lead.value + 1 == lead.value,
        last.lead.marker.hasPrefix("第") == style
      {
        run.append((i, lead))
      } else {
        close()
        if lead.value == 1 { run = [(i, lead)] }
      }
    }
    close()
    return result
  }

  /// The lead of a line that opens with 一是 or 第一，, or nil.
  static func lead(of text: String) -> OrdinalLead? {
    let head = Array(text.prefix(maxDigits + 2))
    let ordinal = head.first == "第"
    let digitsStart = ordinal ? 1 : 0
    var i = digitsStart
    while i < head.count, i - digitsStart < maxDigits, Heading.chineseDigits.contains(head[i]) {
      i += 1
    }
    guard i > digitsStart, i < head.count,
      let value = ChineseNumerals.value(of: String(head[digitsStart..<i]).unicodeScalars),
      value >= 1
    else { return nil }
    let markEnd: Int
    if ordinal {
      guard ordinalMarks.contains(head[i]) else { return nil }
      markEnd = i + 1
    } else {
      guard head[i] == "是" else { return nil }
      markEnd = i + 1
    }
    let marker = String(head[0..<i]) + (ordinal ? "" : "是")
    let rest = text.dropFirst(markEnd)
    guard let end = SentenceEnd.first(in: rest, within: maxTitle + 1) else { return nil }
    let title = String(rest[..<end])
    guard !title.isEmpty else { return nil }
    let body = LineShape.trimSpaces(rest[rest.index(after: end)...])
    return OrdinalLead(
      value: Int(value), marker: marker, title: title, body: body.isEmpty ? nil : body)
  }
}
