// Organizations.swift: named companies and institutions (中集集团, 中电科39所).
// Takes the outlined document; gives Organization nodes with their type and
// mention counts. Names end in an organisation word (ProjectSuffixes) and
// begin after the verb or punctuation in front of them (NameBoundary).
import BaogaoGraph

enum Organizations {
  static let rules: [(suffix: [Unicode.Scalar], type: String)] = ProjectSuffixes
    .organizationSuffixes.map { (Array($0.suffix.unicodeScalars), $0.type) }
    .sorted { $0.suffix.count > $1.suffix.count }

  static let suffixEnds = ScalarSet(rules.compactMap(\.suffix.last))

  /// Stems that make an organisation word generic (国有公司, 平台公司, 各大学).
  static let genericStems: [String] = [
    "国有", "国资", "平台", "上市", "投资", "担保", "保险", "融资", "科技", "企业", "龙头", "新",
    "各", "全", "本", "大型", "骨干", "重点", "民营", "外资", "知名", "一批", "派出", "事务",
    "研究", "科研", "高等", "的", "等", "和", "及", "与",
  ]

  static func recognise(_ context: RecogniseContext, into builder: inout GraphBuilder) {
    var counts: [String: (type: String, mentions: Int)] = [:]
    var order: [String] = []
    for section in context.document.sections {
      for paragraph in section.paragraphs {
        for (name, type) in names(in: ScalarText.scalars(paragraph.text)) {
          if counts[name] == nil { order.append(name) }
          counts[name, default: (type, 0)].mentions += 1
        }
      }
    }
    for name in order {
      guard let found = counts[name] else { continue }
      builder.organizations.append(
        Organization(
          id: builder.newID(.organization), report: context.document.reportID, name: name,
          type: found.type, mentions: found.mentions))
    }
  }

  /// 公办幼儿园2所, 中小学8所: a count of facilities, not an institute.
  static func endsWithFacility(_ text: [Unicode.Scalar], before end: Int) -> Bool {
    var i = end
    while i > 0, text[i - 1].properties.numericType != nil { i -= 1 }
    let stem = ProjectNames.string(text[max(0, i - 4)..<i])
    return ProjectSuffixes.rules.contains { stem.hasSuffix($0.suffix) } || stem.hasSuffix("中小学")
  }

  /// Organisation names in a text with their type.
  static func names(in text: [Unicode.Scalar]) -> [(String, String)] {
    var result: [(String, String)] = []
    for end in text.indices where suffixEnds.contains(text[end]) {
      let after = end + 1
      guard let rule = rules.first(where: { PhraseIndex<Int>.endsWith(text, $0.suffix, at: after) })
      else { continue }
      let suffixStart = after - rule.suffix.count
      // 所 alone is an institute only after a number: 中电科39所 (dinghai-2018).
      // and before the next word (青垒头路3所学校 counts schools).
      if rule.suffix == ["所"] {
        guard suffixStart > 0, text[suffixStart - 1].properties.numericType != nil,
          !endsWithFacility(text, before: suffixStart),
          after >= text.count || !text[after].properties.isIdeographic
            || ["等", "和", "及", "与", "的"].contains(text[after])
        else { continue }
      }
      guard
        let start = NameBoundary.start(
          in: text, suffixStart: suffixStart, minimumStem: 2, maximumStem: 8, nameEnd: after)
      else { continue }
      let stem = ProjectNames.string(text[start..<suffixStart])
      // Digits only before 所 (中电科39所); 76亿元公司 is an amount.
      let digitsAllowed = rule.suffix == ["所"]
      guard !genericStems.contains(where: { stem.hasSuffix($0) || stem.hasPrefix($0) }),
        text[start..<suffixStart].allSatisfy({
          $0.properties.isIdeographic || (digitsAllowed && $0.properties.numericType != nil)
        })
      else { continue }
      result.append((ProjectNames.string(text[start..<after]), rule.type))
    }
    return result
  }
}
