// Topics.swift: the lead sentence of a paragraph that acts as its heading.
// Takes a paragraph's text and gives its first sentence when that sentence is
// a short phrase that announces what follows (突出抓好产业创新。, dinghai-2018
// line 14), or nil for overview and fact paragraphs.

enum Topics {
  /// A lead sentence is at most this long (一年来,我们全力推进海洋经济转型升级,
  /// 区域综合实力持续增强。 has 29 characters) and at least `minLength`.
  static let maxLength = 32
  static let minLength = 4
  /// List dashes before a lead (——综合实力显著增强。, hailaer-2016 line 15).
  static let listDashes: Set<Character> = ["—", "-", "－"]
  /// Openings of paragraphs that address the audience or state a situation,
  /// not a topic.
  static let nonTopicOpenings = ["各位代表", "今年", "去年", "过去", "同时", "此外", "总之"]

  /// The paragraph's lead sentence when it is a topic heading.
  static func lead(of paragraph: String) -> String? {
    // Only the paragraph's start is read: the sentence end is looked for in
    // the first `maxLength` characters, the rest is only measured.
    // Character tests (a hash or a normalising compare per Character) run
    // only where a scalar test finds a candidate: a Character is one of
    // these single-scalar characters only if its scalars hold it.
    var text = Substring(paragraph)
    if let first = text.unicodeScalars.first, listDashScalars.contains(first) {
      text = text.drop(while: { listDashes.contains($0) })
    }
    guard let end = SentenceEnd.first(in: text, within: maxLength) else { return nil }
    let sentence = text[...end]
    let rest = text[text.index(after: end)...]
    let length = sentence.count
    guard length >= minLength, !rest.hasAtMost(length - 1) else { return nil }
    let scalars = sentence.unicodeScalars
    // Facts carry numbers; a topic names a task (2017年是定海实干攻坚、奋勇争先的一年。).
    if scalars.contains(where: { ("0"..."9").contains($0) }),
      sentence.contains(where: \.isASCIIDigit)
    {
      return nil
    }
    // 就业是最大的民生。 and 今年是…之年。 state; they do not announce. 一是…,
    // 二是… enumerate tasks and stay topics.
    if scalars.contains("是") {
      let enumerated =
        sentence.first.map { Heading.chineseDigits.contains($0) } == true
        && sentence.dropFirst().first == "是"
      if sentence.dropFirst(enumerated ? 2 : 0).contains(where: { $0 == "是" }) { return nil }
    }
    if scalars.contains(where: { stopScalars.contains($0) }),
      sentence.contains(where: { "：:；;".contains($0) })
    {
      return nil
    }
    let lead = String(sentence)
    if nonTopicOpenings.contains(where: { lead.utf8.starts(with: $0.utf8) }) { return nil }
    return lead
  }

  /// `listDashes` as scalars.
  static let listDashScalars = ScalarSet(listDashes.flatMap(\.unicodeScalars))
  /// Colons and semicolons, which make a lead a statement.
  static let stopScalars = ScalarSet("：:；;".unicodeScalars)
}
