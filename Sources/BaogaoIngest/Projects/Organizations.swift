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
  static let genericStems: [String] =
    [
      "国有", "国资", "平台", "上市", "投资", "担保", "保险", "融资", "科技", "企业", "龙头", "新",
      "各", "全", "本", "大型", "骨干", "重点", "民营", "外资", "知名", "一批", "派出", "事务",
      "研究", "科研", "高等", "的", "等",
    ] + JoiningWords.conjunctionWords

  /// `places`: `PlaceLookup(context.placeIDs)`, made once for Projects and
  /// this (each made its own: a three-hundredth of ingest, perf on
  /// Scripts/bench-ingest.sh).
  static func recognise(
    _ context: RecogniseContext, places: PlaceLookup, into builder: inout GraphBuilder
  ) {
    var counts: [String: (type: String, mentions: Int)] = [:]
    var order: [String] = []
    for (index, section) in context.document.sections.enumerated() {
      for (p, paragraph) in section.paragraphs.enumerated() {
        let text =
          context.paragraphScalars.indices.contains(index)
          ? context.paragraphScalars[index][p] : ScalarText.scalars(paragraph.text)
        for (name, type) in names(in: text) + listedCompanies(in: text, places: places) {
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

  /// Words after 等 that make a list's items companies: 华为、比亚迪等龙头企业.
  static let companyWords: [[Unicode.Scalar]] = [
    "龙头企业", "头部企业", "知名企业", "领军企业", "骨干企业", "企业", "公司", "集团", "名企", "央企",
    "车企", "药企", "链主企业",
  ].map { Array($0.unicodeScalars) }

  /// Kinds of firm listed like names (专精特新、高新技术等企业).
  static let companyKinds: [String] = [
    "专精特新", "高新技术", "规上", "规模以上", "小微", "中小", "独角兽", "瞪羚", "隐形冠军", "冠军",
    "制造", "服务", "外贸", "物流", "电商", "文旅", "建筑", "农业", "工业", "龙头", "领军", "头部",
    "链主", "重点", "优势", "骨干", "民营", "国有", "外资", "合资", "上市", "拟上市", "创新",
  ]

  /// Words of industries, listed like firms (海洋影视、动漫、创意设计等企业, dinghai-2018).
  static let industryWords: [String] = [
    "海洋", "影视", "动漫", "创意", "设计", "文化", "旅游", "金融", "科技", "软件", "信息", "数字",
    "医药", "食品", "能源", "新能源", "材料", "新材料", "装备", "电子", "商贸", "物流", "电商", "化工",
    "纺织", "服装", "建材", "家居", "健康", "养老", "教育", "体育", "农业", "渔业", "物联网", "人工智能",
    "大数据", "互联网", "智能", "制造", "生物", "环保", "汽车", "零部件", "机械", "电力", "通信",
  ]

  /// Whether a list item is made of industry words only (创意设计, 海洋影视).
  static func isIndustry(_ name: String) -> Bool {
    var rest = Substring(name)
    while !rest.isEmpty {
      let longest = industryWords.filter { rest.startsWithWord($0) }.max { $0.count < $1.count }
      guard let word = longest else { return false }
      rest = rest.dropFirst(word.count)
    }
    return true
  }

  /// Last characters of kinds of firm (科技型, 创新类, 制造业).
  static let kindEndings: Set<Unicode.Scalar> = ["型", "类", "业", "性", "级", "化", "户"]

  /// Brand names in a list of companies: the items of "A、B、C等…企业" that are
  /// names (not places, not kinds of firm: 国有、民营等企业).
  static func listedCompanies(in text: [Unicode.Scalar], places: PlaceLookup) -> [(
    String, String
  )] {
    var result: [(String, String)] = []
    for marker in text.indices where text[marker] == "等" {
      var i = marker + 1
      // 等一批, 等20家, 等知名: a count or a measure before the word.
      while i < text.count, i - marker <= 4,
        PlaceLexicon.isNumeral(text[i]) || ["一", "批", "家", "多", "余"].contains(text[i])
      {
        i += 1
      }
      guard companyWords.contains(where: { PhraseIndex<Int>.endsWith(text, $0, at: i + $0.count) })
      else { continue }
      let items = PlaceLexicon.listItems(in: text, endingAt: marker)
      guard items.count >= 2 else { continue }
      for item in items {
        let name = ProjectNames.string(item[...])
        guard
          item.allSatisfy({
            $0.isIdeographic || ($0.isASCII && $0.properties.isAlphabetic)
          }),
          // A brand may end like a kind (星河科技), not begin like one (科技企业).
          !places.isPlace(name), !genericStems.contains(where: { name.startsWithWord($0) }),
          !ProjectNames.hasFacilityWord(item),
          !companyKinds.contains(where: { name.contains($0) }),
          let last = item.last, !kindEndings.contains(last), !isIndustry(name)
        else { continue }
        result.append((name, "company"))
      }
    }
    return result
  }

  /// 公办幼儿园2所, 中小学8所: a count of facilities, not an institute.
  static func endsWithFacility(_ text: [Unicode.Scalar], before end: Int) -> Bool {
    var i = end
    while i > 0, text[i - 1].properties.numericType != nil { i -= 1 }
    let stem = ProjectNames.string(text[max(0, i - 4)..<i])
    return ProjectSuffixes.rules.contains { stem.endsWithWord($0.suffix) }
      || stem.endsWithWord("中小学")
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
          after >= text.count || !text[after].isIdeographic
            || JoiningWords.isConjunction(text[after]) || ["等", "的"].contains(text[after])
        else { continue }
      }
      guard
        let start = NameBoundary.start(
          in: text, suffixStart: suffixStart, minimumStem: 2, maximumStem: 8, nameEnd: after)
      else { continue }
      let stem = ProjectNames.string(text[start..<suffixStart])
      // Digits only before 所 (中电科39所); 76亿元公司 is an amount.
      let digitsAllowed = rule.suffix == ["所"]
      guard !genericStems.contains(where: { stem.endsWithWord($0) || stem.startsWithWord($0) }),
        text[start..<suffixStart].allSatisfy({
          $0.isIdeographic || (digitsAllowed && $0.properties.numericType != nil)
        })
      else { continue }
      result.append((ProjectNames.string(text[start..<after]), rule.type))
    }
    return result
  }
}
