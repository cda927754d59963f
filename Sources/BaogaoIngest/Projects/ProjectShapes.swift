// ProjectShapes.swift: project names found by the shape of the text around
// them, not by a facility word alone: the items of a list closed by 等…项目
// that other items or a place show to be names (浪潮服务器生产线、安意法8英寸碳化硅晶圆
// 等项目), the lines of an appendix's project table, and the start of a name
// after a descriptor of the report's own place (我市首条高架路乐凯大街南延高架桥).

enum ProjectShapes {
  /// Characters after 我 that make it the report's own unit (我市, 我县).
  static let ownUnits: Set<Unicode.Scalar> = ["市", "县", "区", "省", "州", "旗", "镇", "乡"]

  /// baoding-2021 "我市首条高架路乐凯大街南延高架桥": a name never begins with
  /// 我市; after it stands a description, and the name begins at the first
  /// known place in the rest. With no place there is no name: 我市2021年十大工程,
  /// 我区现有存量工业700万吨露天矿 (hailaer-2016) describe.
  static func startAfterOwnUnit(
    in text: [Unicode.Scalar], start: Int, suffixStart: Int, places: PlaceLookup
  ) -> Int? {
    guard start + 2 < suffixStart, text[start] == "我", ownUnits.contains(text[start + 1])
    else { return start }
    let rest = start + 2
    let first = places.index.matches(in: Array(text[rest..<suffixStart])).map(\.range.lowerBound)
      .min()
    return first.map { rest + $0 }
  }

  /// Facility words that a list item may leave out of a name given in full
  /// elsewhere (dinghai-2018 "500千伏联网输变电工程顺利开工" and "…500千伏联网输变电、
  /// 新奥能源LNG管道…等项目").
  static let omittedWords = ["工程", "项目"]

  /// The full name of `name` among the names found, or nil.
  static func fullName(of name: String, among names: TextTable<ProjectDraft>) -> String? {
    omittedWords.map { name + $0 }.first { names[$0] != nil }
  }

  /// Longest item of a project list looked at, and the shortest one that is a name.
  static let maximumItem = 16
  static let minimumItem = 5
  /// Longest run between 等 and 项目 (等一批重大转型升级项目).
  static let maximumTail = 10

  /// Words that close a list of projects, after 等 and an optional count.
  /// Not 工程: 等…工程 lists are of kinds of work (hailaer-2017 "次干道路、变电站、
  /// 输配电线路等基础设施工程", "职业高中扩建、…、学前教育提升等工程").
  static let projectWords: [[Unicode.Scalar]] = ["项目"].map { Array($0.unicodeScalars) }

  /// The items of `A、B等项目` lists that are names although they have no
  /// facility word: chongqing-2026 "浪潮服务器生产线、安意法8英寸碳化硅晶圆…等项目"
  /// (another item has one), hebei-2019 "邯郸格力智能装备、城市钢厂退城搬迁等一批重大
  /// 转型升级项目" (the item begins with a known place). Items that are kinds of
  /// work (运动健身、健康食品等项目) have neither and give nothing.
  static func listedNames(in text: [Unicode.Scalar], places: PlaceLookup) -> [ProjectMention] {
    var found: [ProjectMention] = []
    for marker in text.indices where text[marker] == "等" && closesProjectList(text, after: marker) {
      let items = listItems(in: text, endingAt: marker)
      guard items.count >= 2 else { continue }
      let named = items.contains { ProjectNames.hasFacilityWord(Array(text[$0])) }
      for range in items {
        let item = Array(text[range])
        guard !ProjectNames.hasFacilityWord(item), item.count >= minimumItem,
          named || startsWithPlace(item, places: places), isNameLike(item)
        else { continue }
        found.append(ProjectMention(name: ProjectNames.string(item[...]), kind: "项目", range: range))
      }
    }
    return found
  }

  /// After 等: an optional count or 一批, then ideographs up to 项目 or 工程.
  static func closesProjectList(_ text: [Unicode.Scalar], after marker: Int) -> Bool {
    var i = marker + 1
    while i < text.count, i - marker <= maximumTail,
      text[i].isIdeographic
        || PlaceLexicon.isNumeral(text[i])
    {
      i += 1
      if projectWords.contains(where: { PhraseIndex<Int>.endsWith(text, $0, at: i) }) {
        return true
      }
    }
    return false
  }

  /// The 、-separated items before `end`, each a run with no stop in it; the
  /// first begins where a name would (after a verb). 和 and 与 stay inside names.
  static func listItems(in text: [Unicode.Scalar], endingAt end: Int) -> [Range<Int>] {
    ListItems.ending(
      at: end, in: text, lengths: 1...maximumItem, span: PlaceLexicon.maximumListSpan)
  }

  static func startsWithPlace(_ item: [Unicode.Scalar], places: PlaceLookup) -> Bool {
    guard let prefix = places.prefix(of: ProjectNames.string(item[...])) else { return false }
    return item.count - prefix.unicodeScalars.count >= 4
  }

  /// Ideographs and digits, no function character, no generic start or ending.
  static func isNameLike(_ item: [Unicode.Scalar]) -> Bool {
    let text = ProjectNames.string(item[...])
    return item.allSatisfy { $0.isIdeographic || PlaceLexicon.isNumeral($0) }
      && !item.contains(where: { NameBoundary.functionCharacters.contains($0) })
      && !ProjectSuffixes.genericStemStarts.contains(where: { text.startsWithWord($0) })
      && !ProjectSuffixes.genericStemEndings.contains(where: { text.endsWithWord($0) })
  }

  /// Longest line of a project table taken whole as a name.
  static let maximumTableLine = 36

  /// Marks that a table line naming a project does not hold.
  static let clauseMarks: Set<Unicode.Scalar> = [
    "，", ",", "。", "；", ";", "：", ":", "、", "！", "？", "“", "”",
  ]

  /// anguo-2022 附件1 (its ten projects, one a row): a line of an appendix that
  /// is all one name ending in a facility word, with an optional bracketed
  /// phase (…配套项目（一期）), is that project's whole name, however long.
  static func tableLine(_ text: [Unicode.Scalar]) -> ProjectMention? {
    guard (4...maximumTableLine).contains(text.count),
      !text.contains(where: { clauseMarks.contains($0) || $0.properties.isWhitespace }),
      let first = text.first, first.isIdeographic
    else { return nil }
    var nameEnd = text.count
    if text[nameEnd - 1] == "）" || text[nameEnd - 1] == ")",
      let open = text.lastIndex(where: { $0 == "（" || $0 == "(" })
    {
      nameEnd = open
    }
    let name = Array(text[..<nameEnd])
    guard nameEnd >= 4, ProjectNames.hasFacilityWord(name),
      !name.contains(where: { $0 == "的" }),
      NameBoundary.verbIndex.matches(in: name).first?.range.lowerBound != 0,
      !ProjectSuffixes.genericNames.contains(ProjectNames.string(name[...])),
      let rule = ProjectNames.rules.first(where: {
        PhraseIndex<Int>.endsWith(name, $0.suffix, at: name.count)
      })
    else { return nil }
    return ProjectMention(
      name: ProjectNames.string(text[...]), kind: rule.kind, range: 0..<text.count)
  }
}
