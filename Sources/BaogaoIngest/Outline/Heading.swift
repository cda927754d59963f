// Heading.swift: recognises a heading line of a report.
// Takes one cleaned line and gives its number as written, its rank (一、 over
// (一) over 1. over (1)), its title, and the body text glued after it on the
// same line (`(一)经济实力迈上新台阶。2016年,…`, hailaer-2017 line 13). Also
// knows unnumbered headings (2022年工作回顾) and appendix/glossary headings.
import BaogaoGraph

/// A heading line: its number as written, its rank and its title.
struct Heading: Sendable, Hashable {
  /// The number as written, brackets made ASCII: `一`, `(三)`, `1`, `(2)`,
  /// `附件1`; for an unnumbered heading its title.
  var number: String
  /// 0 appendix, glossary and unnumbered (2022年工作回顾 may hold 一、…),
  /// 1 一、 and 第一部分, 2 (一), 3 1., 4 (1).
  var rank: Int
  var title: String
  var kind: SectionKind = .body
  /// Body text after the title on the same line (an inline heading), or nil.
  var body: String? = nil

  static let chineseDigits: Set<Character> = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "百",
  ]
  static let openBrackets: Set<Character> = ["(", "（"]
  static let closeBrackets: Set<Character> = [")", "）"]
  /// Marks after a Chinese number: 一、, and 一． in some typesetting.
  static let chineseNumberMarks: Set<Character> = ["、", "．"]
  /// Units of 第一部分-style headings.
  static let partUnits = ["部分", "章", "篇"]
  /// Marks after a number: 一、 1. 1、 1．
  static let numberMarks: Set<Character> = ["、", ".", "．"]
  /// A heading's title alone is at most this long; longer lines are
  /// headings only when their first sentence is short (inline headings).
  static let maxTitle = 80
  /// An inline heading's first sentence is at most this long.
  static let maxInlineTitle = 60
  /// Sentence ends that close an inline heading's title.
  static let titleEnds: Set<Character> = ["。", "！", "？", "!", "?"]

  /// Words of an unnumbered top-level heading on a line of its own
  /// (2022年工作回顾, 今年工作安排). The line must also be short and unpunctuated.
  static let unnumberedWords: [String] = [
    "工作回顾",  // 2022年工作回顾
    "工作安排",  // 今年工作安排
    "主要任务", "重点任务", "重点工作", "目标任务", "主要目标", "总体要求", "工作要求",
    "自身建设",  // 加强政府自身建设
    "发展回顾", "工作总结", "工作建议", "总体思路", "工作思路",
  ]
  /// Longest unnumbered heading.
  static let maxUnnumbered = 30

  /// Appendix headings (附件1 安国市2022年十大工程, anguo-2022 line 94).
  static let appendixWords = ["附件", "附录", "附表"]
  /// Glossary headings (名词解释：, anguo-2022 line 246; ※名词解释※, boye-2024 line 64).
  static let glossaryWords = ["名词解释", "名词注释", "名词说明", "词语解释", "注释", "注解", "释义"]
  /// Decoration around a glossary heading.
  static let decoration: Set<Character> = [
    "※", "*", "【", "】", "[", "]", "：", ":", " ", "\u{3000}", "★", "☆", "■", "●", "◆",
  ]

  /// `一、2017年政府工作回顾` → (一, rank 1); `(三)攻坚推进…` and `（三）…` → ((三), 2).
  static func parse(_ line: String) -> Heading? {
    // Numbers sit in the first few characters; a long line is read only as
    // far as its number and an inline title reach, never split whole.
    // One Character pass: a short line whole (its first characters are the
    // head), a long one only as far as the number window.
    let isShort = line.hasAtMost(maxUnnumbered + 10)
    // A long line is a heading only by its number: most are paragraphs,
    // which their first scalar rules out before any Character is built.
    if !isShort, let first = line.unicodeScalars.first, !numberStarts.contains(first) {
      return nil
    }
    // A short line whose first Character starts no number and that holds
    // no appendix, glossary or heading word is no heading either (each of
    // the three readers below says nil first thing), and needs no Character
    // array: that array of every short line was a fifth of `parse` (perf on
    // Scripts/bench-ingest.sh).
    if isShort, let first = line.first, !mayStartNumber(first), !specialList.occurs(in: line),
      !unnumberedList.occurs(in: line)
    {
      return nil
    }
    let chars = isShort ? Array(line) : Array(line.prefix(numberWindow))
    let head = isShort ? Array(chars.prefix(numberWindow)) : chars
    guard head.count >= 2 else { return nil }
    if isShort, let special = parseSpecial(line, chars) { return special }
    guard head.count >= 3 else { return nil }
    if let numbered = parseNumbered(line, head) { return numbered }
    return isShort ? parseUnnumbered(line, chars) : nil
  }

  /// The scalars a numbered heading starts with: a bracket, 第, a digit.
  static let numberStarts = ScalarSet(
    (openBrackets.union(chineseDigits).union(["第"])).flatMap(\.unicodeScalars)
      + "0123456789".unicodeScalars)

  /// Whether `parseNumbered` may read a number starting with this Character:
  /// a bracket, a Chinese digit, 第 or an ASCII digit (its first tests).
  static func mayStartNumber(_ c: Character) -> Bool {
    openBrackets.contains(c) || chineseDigits.contains(c) || c == "第" || c.isASCIIDigit
  }

  /// How many leading characters can hold a heading's number: （十二）.
  static let numberWindow = 8

  /// 一、 (一) （一） 1. 1、 (1) headings; `chars` are the line's first characters.
  static func parseNumbered(_ line: String, _ chars: [Character]) -> Heading? {
    // (一) （一） (1) （1）
    if openBrackets.contains(chars[0]) {
      var i = 1
      while i < chars.count, chineseDigits.contains(chars[i]) || chars[i].isASCIIDigit { i += 1 }
      guard i > 1, i < chars.count, closeBrackets.contains(chars[i]), i <= 5 else { return nil }
      let digits = String(chars[1..<i])
      let arabic = digits.allSatisfy(\.isASCIIDigit)
      if !arabic && !digits.allSatisfy({ chineseDigits.contains($0) }) { return nil }
      return titled("(" + digits + ")", rank: arabic ? 4 : 2, line.dropFirst(i + 1))
    }
    // 第一部分 第二章: parts of a long report.
    if chars[0] == "第" {
      var i = 1
      while i < chars.count, chineseDigits.contains(chars[i]) { i += 1 }
      guard i > 1, i <= 4 else { return nil }
      let rest = line.dropFirst(i)
      guard let unit = partUnits.first(where: { rest.hasPrefix($0) }) else { return nil }
      let title = rest.dropFirst(unit.count).drop(while: {
        LineShape.isSpace($0) || "：:、".contains($0)
      }
      )
      let number = String(chars[0..<i]) + unit
      guard !title.isEmpty else { return Heading(number: number, rank: 1, title: number) }
      return titled(number, rank: 1, title)
    }
    // 一、  一．  1.  1、
    var i = 0
    while i < chars.count, chineseDigits.contains(chars[i]) { i += 1 }
    if i > 0 {
      guard i <= 3, i < chars.count, chineseNumberMarks.contains(chars[i]) else { return nil }
      return titled(String(chars[0..<i]), rank: 1, line.dropFirst(i + 1))
    }
    while i < chars.count, chars[i].isASCIIDigit { i += 1 }
    guard i > 0, i <= 2, i + 1 < chars.count, numberMarks.contains(chars[i]) else { return nil }
    // 2.5亿元 is a number, not a heading.
    guard !chars[i + 1].isASCIIDigit, chars[i + 1] != "%" else { return nil }
    guard var heading = titled(String(chars[0..<i]), rank: 3, line.dropFirst(i + 1)) else {
      return nil
    }
    // A numbered list item in running text is long; a 1. heading is short.
    if heading.body == nil && heading.title.count > 40 { return nil }
    if heading.title.contains(where: { "：:，,；;".contains($0) }) && heading.body == nil {
      return nil
    }
    heading.number = String(chars[0..<i])
    return heading
  }

  /// A numbered heading's title and any body after it.
  static func titled(_ number: String, rank: Int, _ rest: Substring) -> Heading? {
    let rest = rest.drop(while: { LineShape.isSpace($0) })
    guard !rest.isEmpty else { return nil }
    // The title ends at the first sentence end within reach of an inline title.
    if let end = SentenceEnd.first(in: rest, within: maxInlineTitle + 1) {
      let title = String(rest[..<end])
      let body = LineShape.trimSpaces(rest[rest.index(after: end)...])
      guard !title.isEmpty else { return nil }
      return Heading(number: number, rank: rank, title: title, body: body.isEmpty ? nil : body)
    }
    guard rest.hasAtMost(maxTitle), SentenceEnd.first(in: rest, within: maxTitle + 1) == nil else {
      return nil
    }
    return Heading(number: number, rank: rank, title: String(rest))
  }

  /// Appendix and glossary headings.
  static func parseSpecial(_ line: String, _ chars: [Character]) -> Heading? {
    // Most lines hold none of the words: a byte search rules them out cheaply.
    guard specialList.occurs(in: line) else { return nil }
    guard chars.count <= maxUnnumbered + 10,
      !chars.contains(where: { titleEnds.contains($0) || "，,；;".contains($0) })
    else { return nil }
    let bare = String(chars.filter { !decoration.contains($0) })
    if glossaryWords.contains(bare) {
      return Heading(number: bare, rank: 0, title: bare, kind: .glossary)
    }
    // 附件：2022年重点项目表 keeps its colon; only the decoration around goes.
    let trimmed = String(
      line.drop(while: { decoration.contains($0) && $0 != "：" })
        .reversed().drop(while: { decoration.contains($0) }).reversed())
    for word in appendixWords where trimmed.hasPrefix(word) {
      let rest = trimmed.dropFirst(word.count)
      let digits = rest.prefix(while: { $0.isASCIIDigit || chineseDigits.contains($0) })
      let after = rest.dropFirst(digits.count)
      guard after.isEmpty || after.first.map({ "：:、. ".contains($0) }) == true || digits.isEmpty
      else { continue }
      guard rest.count <= maxUnnumbered else { continue }
      let number = word + digits
      let title = LineShape.trimSpaces(after.drop(while: { "：:、. ".contains($0) }))
      return Heading(
        number: number, rank: 0, title: title.isEmpty ? number : title, kind: .appendix)
    }
    return nil
  }

  /// Words of appendix and glossary headings.
  static let specialWords = appendixWords + glossaryWords
  static let specialList = WordList(specialWords)
  static let unnumberedList = WordList(unnumberedWords)

  /// A short unpunctuated line with a heading word: 2022年工作回顾.
  static func parseUnnumbered(_ line: String, _ chars: [Character]) -> Heading? {
    guard unnumberedList.occurs(in: line) else { return nil }
    guard chars.count <= maxUnnumbered, !line.containsWord("报告"),
      !chars.contains(where: { titleEnds.contains($0) || "，,；;".contains($0) }),
      !chars.contains(where: { "：:、“”\"".contains($0) })
    else { return nil }
    return Heading(number: line, rank: 0, title: line)
  }
}
