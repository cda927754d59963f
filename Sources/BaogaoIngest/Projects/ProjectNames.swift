// ProjectNames.swift: finds project names in one paragraph.
// Takes the paragraph's scalars and the place names known so far; gives each
// name with its span and kind. Names end in a facility word (ProjectSuffixes)
// or stand in a list closed by 等项目; a list sharing one facility word
// (城北、和平路、金塘大丰等7个幼儿园) gives one project per item.

/// A project name found in a text.
struct ProjectMention: Sendable, Hashable {
  var name: String
  var kind: String
  /// Scalar offsets in the paragraph; for names built from a list, the item's.
  var range: Range<Int>
}

enum ProjectNames {
  static let rules: [(suffix: [Unicode.Scalar], kind: String)] = ProjectSuffixes.rules
    .map { (Array($0.suffix.unicodeScalars), $0.kind) }
    .sorted { $0.suffix.count > $1.suffix.count }
  static let suffixEnds = ScalarSet(rules.compactMap(\.suffix.last))

  /// The first (longest) rule whose suffix ends at `end`. By index: a
  /// `first(where:)` copied each (suffix, kind) pair out, retaining and
  /// releasing both at every suffix ending of every paragraph.
  static func ruleIndex(endingAt end: Int, in text: [Unicode.Scalar]) -> Int? {
    ruleSuffixes.first(endingAt: end, in: text)
  }

  /// `rules`' suffixes alone, in the same order, by last scalar.
  static let ruleSuffixes = SuffixTable(rules.map(\.suffix))

  /// Whether a name ends in a facility word.
  static func hasFacilityWord(_ name: [Unicode.Scalar]) -> Bool {
    rules.contains { PhraseIndex<Int>.endsWith(name, $0.suffix, at: name.count) }
  }

  /// Characters that end the words before a project name, besides NameBoundary's:
  /// 企业向文创园区集聚, 入口公园即葆三公园 (dinghai-2018).
  static let extraCuts: ScalarSet = ["向", "即", "从"]

  /// Phase words dropped from a facility's name: 瑞金医院舟山分院一期 is 瑞金医院舟山分院.
  static let phases = ["一期", "二期", "三期", "四期"]

  static func withoutPhase(_ name: String) -> String {
    for phase in phases where name.endsWithWord(phase) {
      let base = String(name.dropLast(phase.count))
      if hasFacilityWord(Array(base.unicodeScalars)) { return base }
    }
    return name
  }

  /// Longest quoted name looked at.
  static let maximumQuoted = 10

  /// 盐仓“枫情一条街”, 小沙“百果园”: a quoted name after a place keeps both.
  static func quoted(_ text: [Unicode.Scalar], _ range: Range<Int>, places: PlaceLookup) -> String?
  {
    guard range.lowerBound >= 3, text[range.lowerBound - 1] == "“",
      range.upperBound < text.count, text[range.upperBound] == "”"
    else { return nil }
    for length in (2...min(4, range.lowerBound - 1)).reversed() {
      let place = string(text[(range.lowerBound - 1 - length)..<(range.lowerBound - 1)])
      if places.isPlace(place) { return place + "“" + string(text[range]) + "”" }
    }
    return nil
  }
  static let designationIndex = PhraseIndex(ProjectSuffixes.designationVerbs.map { ($0, ()) })

  /// `placeNames`: the place names in `text`, when the caller has found them.
  static func find(
    in text: [Unicode.Scalar], places: PlaceLookup,
    placeNames: [(range: Range<Int>, value: String)]? = nil
  ) -> [ProjectMention] {
    var found: [ProjectMention] = []
    // Spans of place names: a facility word inside one (北向疏港公路) is the place's.
    let placeSpans = (placeNames ?? places.index.matches(in: text)).map(\.range)
    for end in text.indices where suffixEnds.contains(text[end]) {
      let after = end + 1
      if after < text.count, ProjectSuffixes.nonFinalFollowers.contains(text[after]),
        !ProjectSuffixes.finalContinuations.contains(where: {
          PhraseIndex<Int>.endsWith(text, $0, at: after + $0.count)
        })
      {
        continue
      }
      guard
        // In place, without an Array per rule: this runs at every suffix ending.
        let rule = ruleIndex(endingAt: after, in: text).map({ rules[$0] })
      else { continue }
      let suffixStart = after - rule.suffix.count
      guard
        let boundary = bracketedPlaceStart(in: text, before: suffixStart, places: places)
          ?? NameBoundary.start(
            in: text, suffixStart: suffixStart, minimumStem: ProjectSuffixes.minimumStem,
            maximumStem: ProjectSuffixes.maximumStem, nameEnd: after, keepsVerbsBeforeSuffix: true,
            verbCanBeName: false, extraCuts: extraCuts)
      else { continue }
      guard
        let start = ProjectShapes.startAfterOwnUnit(
          in: text, start: boundary, suffixStart: suffixStart, places: places),
        suffixStart - start >= ProjectSuffixes.minimumStem,
        isName(text, start..<after, suffixStart: suffixStart)
      else { continue }
      // 第五中学改扩建 is the school's work; the school is the project (滨河路改扩建 is a road's).
      if rule.suffix == ProjectNames.widening, hasFacilityWord(Array(text[start..<suffixStart])) {
        continue
      }
      let name = string(text[start..<after])
      if places.isPlace(name)
        || placeSpans.contains(where: { $0.lowerBound <= start && $0.upperBound >= after })
      {
        continue  // 北向疏港公路, 马岙港区: places
      }
      // 厦金大桥（厦门段）, 国家碳计量中心（福建）: a qualifier in brackets right after
      // the name is part of it.
      let qualified = qualifier(in: text, after: after).map { name + $0 }
      found.append(
        ProjectMention(
          name: qualified ?? quoted(text, start..<after, places: places) ?? withoutPhase(name),
          kind: rule.kind, range: start..<after))
      found += sharedSuffix(
        in: text, before: start, name: start..<after, suffixStart: suffixStart,
        kind: rule.kind, places: places)
    }
    found += lists(in: text, places: places)
    found += ProjectShapes.listedNames(in: text, places: places)
    found += quotedNames(in: text, places: places)
    return outermost(found)
  }

  /// 中塞友好（河北）工业园: a place in brackets inside a name, with ideographs
  /// and no verb between it and the facility word. The name's start before the
  /// bracket, or nil.
  static func bracketedPlaceStart(
    in text: [Unicode.Scalar], before suffixStart: Int, places: PlaceLookup
  ) -> Int? {
    var close = suffixStart
    while close > 0, suffixStart - close < maximumAfterBracket,
      text[close - 1].isIdeographic
    {
      close -= 1
    }
    guard close >= 4, text[close - 1] == "）" || text[close - 1] == ")",
      NameBoundary.verbIndex.matches(in: Array(text[close..<suffixStart])).isEmpty
    else { return nil }
    var open = close - 2
    while open > 0, close - 1 - open <= 5, text[open] != "（", text[open] != "(" { open -= 1 }
    guard open > 0, text[open] == "（" || text[open] == "(", close - 1 - open >= 2,
      places.isPlace(string(text[(open + 1)..<(close - 1)]))
    else { return nil }
    return NameBoundary.start(
      in: text, suffixStart: open, minimumStem: 2, maximumStem: maximumBeforeBracket,
      extraCuts: extraCuts)
  }

  static let maximumAfterBracket = 8
  static let maximumBeforeBracket = 8

  /// The facility word of works on something built before (…改扩建).
  static let widening = Array("改扩建".unicodeScalars)

  /// Longest bracketed qualifier kept with a name.
  static let maximumQualifier = 12

  /// "（厦门段）" right after a name, when it holds only ideographs: a section,
  /// phase or second name, not an amount (（总投资5亿元）) or a list.
  static func qualifier(in text: [Unicode.Scalar], after end: Int) -> String? {
    guard end < text.count, text[end] == "（" || text[end] == "(" else { return nil }
    var close = end + 1
    while close < text.count, close - end <= maximumQualifier + 1,
      text[close].isIdeographic
    {
      close += 1
    }
    guard close < text.count, close > end + 1, text[close] == "）" || text[close] == ")"
    else { return nil }
    return string(text[end...close])
  }

  /// “南洞最美公路”, 小沙“百果园” (dinghai-2018): a quoted facility name, with the
  /// place written before the quote. Quoted programmes (“雪亮工程”) are not.
  static func quotedNames(in text: [Unicode.Scalar], places: PlaceLookup) -> [ProjectMention] {
    var found: [ProjectMention] = []
    for open in text.indices where text[open] == "“" {
      var close = open + 1
      while close < text.count, text[close] != "”", close - open <= maximumQuoted { close += 1 }
      guard close < text.count, text[close] == "”", close - open > 2 else { continue }
      let content = string(text[(open + 1)..<close])
      guard
        let rule = rules.first(where: { PhraseIndex<Int>.endsWith(text, $0.suffix, at: close) }),
        !ProjectSuffixes.campaignEndings.contains(where: { content.endsWithWord($0) }),
        text[(open + 1)..<close].allSatisfy({ $0.isIdeographic })
      else { continue }
      let name = quoted(text, (open + 1)..<close, places: places) ?? content
      found.append(ProjectMention(name: name, kind: rule.kind, range: (open + 1)..<close))
    }
    return found
  }

  /// Drops a name inside a longer one found at the same place (白泉中心 in 白泉中心卫生院).
  static func outermost(_ mentions: [ProjectMention]) -> [ProjectMention] {
    mentions.filter { m in
      !mentions.contains { other in
        other.range != m.range && other.range.lowerBound <= m.range.lowerBound
          && other.range.upperBound >= m.range.upperBound
      }
    }
    .sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    ScalarText.string(scalars)
  }

  /// Whether a candidate is a name rather than a generic phrase, a title or a campaign.
  static func isName(_ text: [Unicode.Scalar], _ range: Range<Int>, suffixStart: Int) -> Bool {
    // Scalar comparisons: String's hasPrefix/hasSuffix normalise every call
    // and cost a fifth of the recogniser.
    let stem = Array(text[range.lowerBound..<suffixStart])
    // 麻栗坝大型灌区: a name in front of 大型 makes it one work's size, so the
    // generic endings that 大型 ends in (型, 大型) do not count.
    let named =
      endingsAfterNames.first(where: {
        PhraseIndex<Int>.endsWith(stem, $0.key, at: stem.count)
          && stem.count - $0.key.count >= $0.value
      })?.key.count ?? 0
    // 段 names a stretch of a road or river (329国道舟山岑白段), not 高中阶段.
    if text[range.upperBound - 1] == "段", !stem.contains(where: { sectionStems.contains($0) }) {
      return false
    }
    guard
      !genericStarts.contains(where: {
        PhraseIndex<Int>.endsWith(stem, $0, at: $0.count)
          // 全民健身中心: 全民 is everyone, not 全 of 全区.
          && !(stem.count > 1 && $0 == ["全"] && stem[1] == "民")
      }),
      !genericEndings.contains(where: { ending in
        PhraseIndex<Int>.endsWith(stem, ending, at: stem.count) && ending.count > named
      }),
      !text[range].contains(where: { $0 == JoiningWords.listComma || $0 == "，" || $0 == "," }),
      !hasCount(stem[...]),
      !ProjectSuffixes.genericNames.contains(string(text[range]))
    else { return false }
    // 获批国家科技兴海产业示范基地: a title won, not a facility.
    let before = Array(text[max(0, range.lowerBound - 4)..<range.lowerBound])
    if let last = designationIndex.matches(in: before).last,
      last.range.upperBound == before.count
    {
      return false
    }
    // …or with the verb at the name's start, where no verb cut it off.
    if designationIndex.matches(in: stem).first?.range.lowerBound == 0 { return false }
    // “雪亮工程”: a quoted programme name.
    if range.lowerBound > 0, text[range.lowerBound - 1] == "“",
      campaignEndings.contains(where: { PhraseIndex<Int>.endsWith(text, $0, at: range.upperBound) })
    {
      return false
    }
    return true
  }

  static let genericStarts = ProjectSuffixes.genericStemStarts.map { Array($0.unicodeScalars) }
  static let genericEndings = ProjectSuffixes.genericStemEndings.map { Array($0.unicodeScalars) }
  static let endingsAfterNames = Dictionary(
    uniqueKeysWithValues: ProjectSuffixes.endingsAfterNames.map {
      (Array($0.key.unicodeScalars), $0.value)
    })
  static let campaignEndings = ProjectSuffixes.campaignEndings.map { Array($0.unicodeScalars) }

  /// Words one of which a 段 name's stem holds.
  static let sectionStems: [Unicode.Scalar] = [
    "路", "道", "线", "河", "江", "桥", "铁", "渠", "速", "际",  // 永自高速荣昌段, 京雄保城际保定段
  ]

  /// A count in the stem (4条特色街区, 3所学校) makes it plural.
  static func hasCount(_ stem: ArraySlice<Unicode.Scalar>) -> Bool {
    var previous: Unicode.Scalar?
    for c in stem {
      if let p = previous, PlaceLexicon.isNumeral(p), ProjectSuffixes.measureWords.contains(c) {
        return true
      }
      previous = c
    }
    return false
  }

  /// 金鹰三元锂电池正极材料、科鑫重工耐腐蚀钢管项目: the item before the 、 shares the
  /// facility word. 岑港、马岙现代生态循环农业示范区: a place item takes the rest of the
  /// name after the other item's place.
  static func sharedSuffix(
    in text: [Unicode.Scalar], before start: Int, name: Range<Int>, suffixStart: Int,
    kind: String, places: PlaceLookup
  ) -> [ProjectMention] {
    guard start > 1, text[start - 1] == JoiningWords.listComma,
      let itemStart = NameBoundary.start(
        in: text, suffixStart: start - 1, minimumStem: 2, maximumStem: ProjectSuffixes.maximumStem,
        cutsAtRunStart: true, extraCuts: extraCuts)
    else { return [] }
    let item = Array(text[itemStart..<(start - 1)])
    let itemText = string(item[...])
    guard item.allSatisfy({ $0.isIdeographic }) else { return [] }
    // An item with a facility word of its own is a name by itself.
    if hasFacilityWord(item) { return [] }
    let nameText = string(text[name])
    let rest: String
    if places.isPlace(itemText), let prefix = places.prefix(of: nameText) {
      rest = String(nameText.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
    } else if places.isPlace(itemText) {
      return []
    } else {
      rest = string(text[suffixStart..<name.upperBound])
    }
    guard item.count >= 2, !rest.isEmpty, !hasCount(item[...]),
      !ProjectSuffixes.genericStemEndings.contains(where: { itemText.endsWithWord($0) }),
      !ProjectSuffixes.genericStemStarts.contains(where: { itemText.startsWithWord($0) })
    else { return [] }
    return [ProjectMention(name: itemText + rest, kind: kind, range: itemStart..<(start - 1))]
  }

  /// Lists closed by a project word (A、B等项目) or sharing a facility word
  /// (A、B等7个幼儿园; A、B3所学校新建工程).
  static func lists(in text: [Unicode.Scalar], places: PlaceLookup) -> [ProjectMention] {
    var found: [ProjectMention] = []
    for marker in text.indices {
      var tailStart: Int
      if text[marker] == "等" {
        tailStart = marker + 1
      } else if PlaceLexicon.isNumeral(text[marker]), marker > 0, text[marker - 1] != "等",
        !PlaceLexicon.isNumeral(text[marker - 1]), text[marker - 1].isIdeographic
      {
        tailStart = marker
      } else {
        continue
      }
      // Skip a count: 等7个, 3所.
      var i = tailStart
      while i < text.count, PlaceLexicon.isNumeral(text[i]), i - tailStart < 4 { i += 1 }
      let counted = i > tailStart
      if counted {
        guard i < text.count, PlaceLexicon.measureWords.contains(text[i]) else { continue }
        i += 1
      } else if text[marker] != "等" {
        continue
      }
      tailStart = i
      let items = PlaceLexicon.listItems(in: text, endingAt: marker)
      guard !items.isEmpty, text[marker] == "等" || items.count >= 2 else { continue }
      // Items closed by 等项目 (大洋兴和等项目) are mostly categories (运动健身、
      // 健康食品等项目), so only a facility word shared by the items makes names.
      if let tail = facilityTail(in: text, at: tailStart) {
        // 城北、和平路、金塘大丰等7个幼儿园: one facility per item.
        var itemEnd = marker
        for item in items.reversed() {
          let range = (itemEnd - item.count)..<itemEnd
          itemEnd = range.lowerBound - 1
          let itemText = string(item[...])
          // An item with its own facility word (白泉高中、廷佐小学等中小学) is named already.
          if hasFacilityWord(item) { continue }
          found.append(ProjectMention(name: itemText + tail.name, kind: tail.kind, range: range))
        }
      }
    }
    return found
  }

  static func starts(_ text: [Unicode.Scalar], with word: [Unicode.Scalar], at i: Int) -> Bool {
    i >= 0 && PhraseIndex<Int>.endsWith(text, word, at: i + word.count)
  }

  /// The facility words right after a list's count: 幼儿园, 学校新建工程. They
  /// start with a facility word, so 等带动性强的项目 is no tail.
  static func facilityTail(in text: [Unicode.Scalar], at start: Int) -> (
    name: String, kind: String
  )? {
    // 等4条特色街区: a facility word within the first three characters.
    guard
      (0..<3).contains(where: { k in rules.contains { starts(text, with: $0.suffix, at: start + k) }
      }),
      !tailStartsGeneric(text, at: start)
    else { return nil }
    var best: (name: String, kind: String)?
    var end = start
    while end < text.count, end - start < maximumTail, text[end].isIdeographic {
      end += 1
      if let rule = rules.first(where: {
        end - start >= $0.suffix.count && PhraseIndex<Int>.endsWith(text, $0.suffix, at: end)
      }) {
        best = (string(text[start..<end]), rule.kind)
      }
    }
    // 等项目, 等重点工程: the items are categories more often than names.
    if let tail = best?.name, listWords.contains(tail) { return nil }
    return best
  }

  /// Bare project words after a list.
  static let listWords: TextSet = ["项目", "工程", "重点项目", "重大项目", "重点工程", "产业项目"]

  /// 等中小学: a plural kind, not a facility word.
  static func tailStartsGeneric(_ text: [Unicode.Scalar], at start: Int) -> Bool {
    starts(text, with: Array("中小学".unicodeScalars), at: start)
  }

  /// Longest facility phrase after a list (学校新建工程).
  static let maximumTail = 8
}

/// The place names known to the recognisers, for splitting project names.
struct PlaceLookup: Sendable {
  let forms: TextSet
  let index: PhraseIndex<String>

  init(_ placeIDs: [String: String]) {
    forms = TextSet(placeIDs.keys)
    index = PhraseIndex(placeIDs.map { ($0.key, $0.value) })
  }

  func isPlace(_ name: String) -> Bool { forms.contains(name) }

  /// The longest place form that starts `text` and is shorter than it.
  func prefix(of text: String) -> String? {
    var best: String?
    var prefix = ""
    for c in text.unicodeScalars.dropLast() {
      prefix.unicodeScalars.append(c)
      if forms.contains(prefix) { best = prefix }
    }
    return best
  }
}
