// FigureReader.swift: the figures of one clause.
// Takes a clause of a `ClauseText` and gives every number stated about a
// measurable thing in it: value, range, unit, kind, qualifiers and name. It
// drops numbers without a unit (329国道, “5313”), years and dates (年 月 日 are
// not units), classes (2万吨级), ordinals (第十三次), censored spots (3**景区)
// and numbers in slogans (三改一拆, 四个平台).
import BaogaoGraph

/// A figure read from a clause, before it becomes an `Indicator`.
public struct FoundFigure: Sendable, Hashable {
  public var name: String
  public var value: Double
  public var upper: Double?
  public var unit: String
  public var kind: IndicatorKind
  public var qualifiers: [String]
  /// Scalar offsets of the number and its unit.
  public var start: Int
  public var end: Int
  /// What the unit says about the figure's kind.
  public var unitClass: UnitClass
}

enum FigureReader {
  /// Marks between the ends of a range: 6%-7%, 6—6.5%, 6%～7%, 6至7%.
  static let rangeMarks: Set<Unicode.Scalar> = ["-", "－", "—", "–", "~", "～", "至", "到"]

  /// Marks of characters lost in scraping; a number beside one is not read.
  static let censorMarks: Set<Unicode.Scalar> = ["*", "＊", "\u{FFFD}"]

  /// Facilities named by their capacity (500万吨露天矿, 60万千瓦机组).
  static let facilityWords: [[Unicode.Scalar]] = [
    "露天矿", "煤矿", "矿井", "电厂", "电站", "机组", "生产线",
  ].map { Array($0.unicodeScalars) }

  /// Characters after a unit that make the number a class, not an amount:
  /// dinghai-2018 "2万吨级江海联运直达船", "5000吨级公用码头".
  static let classMarks: Set<Unicode.Scalar> = ["级", "型"]

  /// Words of growth and decline: a percentage after one is a growth rate.
  static let growthWords: [String] = [
    "增长", "增速", "下降", "降低", "减少", "削减", "提高", "上涨", "涨幅", "回落", "增加",
    "增幅", "递增", "减排", "上升", "提升", "下滑", "降幅",
  ]

  /// Words that make a percentage a share or a rate.
  static let shareWords: [String] = ["率", "比重", "比例", "占比", "覆盖", "占"]

  /// Verbs before a count that make it a stock reached, not things added:
  /// dinghai-2018 "力争军民融合骨干企业达到15家以上".
  static let levelVerbs: [String] = ["达到", "达", "突破", "超过", "总数", "保持"]

  static let growthList = WordList(growthWords)
  static let shareList = WordList(shareWords)
  static let levelList = WordList(levelVerbs)

  /// Punctuation after a figure that lets a lone Chinese digit be a count:
  /// 建成学校两所。 but not 四个平台 or 三项指标. The joining words, and a closing bracket.
  static let listMarks: Set<Unicode.Scalar> = JoiningWords.all.union(["）", ")"])

  /// Nouns after a count that make it the parts of a topic, not things:
  /// 十个方面, 五大领域.
  static let aspectWords: [[Unicode.Scalar]] = ["方面", "领域", "环节", "层面", "维度"].map {
    Array($0.unicodeScalars)
  }

  /// Units that a Chinese numeral takes only as an ordinal: 九届十一次全会.
  static let ordinalUnits: TextSet = ["次"]

  /// A number this close after an opening quote, with the quote closed soon
  /// after, is a slogan: baoding-2021 "“5个20”", "“双十条”".
  static let sloganReach = 8

  /// Reads every figure of a clause.
  static func figures(in text: ClauseText, clause: Clause) -> [FoundFigure] {
    let s = text.scalars
    var found: [FoundFigure] = []
    var zoneStart = clause.start
    var i = clause.start
    let sentenceStart =
      text.sentences.indices.contains(clause.sentence)
      ? text.sentences[clause.sentence].lowerBound : clause.start
    while i < clause.end {
      // Most characters start no number; test that before anything else.
      guard Numbers.isDigit(s[i]) || ChineseNumerals.isNumeral(s[i]), isTokenStart(s, i),
        let token = Numbers.token(in: s, at: i), token.end <= clause.end
      else {
        i += 1
        continue
      }
      // 补贴49 7.1万元: a number broken by a space cannot be read safely.
      if i >= 2, s[i - 1] == " ", Numbers.isDigit(s[i - 2]) {
        i = max(token.end, i + 1)
        continue
      }
      guard var figure = read(token, in: s, clauseStart: clause.start, clauseEnd: clause.end)
      else {
        i = max(token.end, i + 1)
        continue
      }
      figure.qualifiers += qualifiers(
        in: text, before: token.start, clause: clause, sentenceStart: sentenceStart,
        zoneStart: zoneStart)
      figure.qualifiers = Qualifiers.normalised(figure.qualifiers)
      let pre = text.text(zoneStart, token.start)
      let after = text.text(figure.end, clause.end)
      // Growth words count from the clause start: 分别增长8.3%、8.7% has one verb.
      figure.kind = kind(
        of: figure, unitClass: figure.unitClass, pre: pre,
        clausePre: text.text(clause.start, token.start))
      let named = name(pre: pre, after: after, figure: figure)
      figure.name = named.name
      found.append(figure)
      // The next item of a list (12家、省级企业研究院1家) starts after the
      // separator, and after the name read behind this figure (17.76亿元公司债和…).
      var next = min(
        clause.end, figure.end + (named.fromAfter ? named.name.unicodeScalars.count : 0))
      while next < clause.end, isSeparator(s[next]) { next += 1 }
      zoneStart = next
      i = figure.end
    }
    nameListItems(&found, in: text, clause: clause)
    return found
  }

  /// Words that open the values of a list: 分别 gives each head its own value,
  /// 均 gives every head the one value (人均 is not one: the verb must follow).
  static let listWords: [(String, Bool)] = [
    ("分别", false), ("均增长", true), ("均达到", true), ("均为", true), ("均下降", true),
    ("均提高", true), ("均控制在", true),
  ]

  static let listWordScalars = listWords.map { (Array($0.0.unicodeScalars), $0.1) }

  /// Gives the items of a 分别 list (规上工业总产值、增加值分别增长14.2%、13.5%)
  /// their own names, and repeats a figure for each head of a 均 list
  /// (城镇…收入、农村…收入均增长8%).
  static func nameListItems(_ found: inout [FoundFigure], in text: ClauseText, clause: Clause) {
    guard let first = found.first else { return }
    for (word, isShared) in listWordScalars {
      guard
        let at = text.find(word, from: clause.start, to: first.start)
      else { continue }
      let head = FigureNames.clean(text.text(clause.start, at))
      let urbanAndRural = FigureNames.urbanAndRural(head)
      if isShared {
        guard found.count == 1,
          let names = FigureNames.split(head, count: 2)
            ?? FigureNames.split(head, count: 3)
            ?? (urbanAndRural.count == 2 ? urbanAndRural : nil)
        else { return }
        found = names.map { name in
          var copy = first
          copy.name = name
          return copy
        }
      } else if let names = FigureNames.split(head, count: found.count)
        ?? (urbanAndRural.count == found.count ? urbanAndRural : nil)
      {
        for k in found.indices { found[k].name = names[k] }
      } else if !head.isEmpty {
        for k in found.indices where found[k].name.isEmpty || k > 0 { found[k].name = head }
      }
      return
    }
    // 城乡居民人均可支配收入增长7%: one value for the urban and the rural income.
    found = found.flatMap { figure in
      FigureNames.urbanAndRural(figure.name).map { name in
        var copy = figure
        copy.name = name
        return copy
      }
    }
  }

  /// A number starts here, not inside a longer number or a word of letters.
  static func isTokenStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i > 0 else { return true }
    let p = s[i - 1]
    if Numbers.isDigit(s[i]) {
      return !Numbers.isDigit(p) && !Numbers.isDecimalPoint(p) && !isLetter(p)
        && !censorMarks.contains(p)
    }
    // 第十三次, 唯一, 统一: a Chinese run continues the word before it.
    return !ChineseNumerals.isNumeral(p) && p != "第" && !censorMarks.contains(p)
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("Ａ"..."Ｚ").contains(c)
      || ("ａ"..."ｚ").contains(c)
  }

  static func isSeparator(_ c: Unicode.Scalar) -> Bool {
    JoiningWords.joins(c) || c == " "
  }

  /// The number, its range and unit, and the qualifiers written after it, or
  /// nil when the number is not a figure.
  static func read(
    _ token: NumberToken, in s: [Unicode.Scalar], clauseStart: Int, clauseEnd: Int
  ) -> FoundFigure? {
    var end = token.end
    if end < s.count, isLetter(s[end]) || censorMarks.contains(s[end]) { return nil }
    var unit = Units.match(s, at: end)
    var upper: Double?
    // A range: 6%-7% or 6—6.5%.
    let afterFirst = end + (unit?.length ?? 0)
    if afterFirst + 1 < clauseEnd, rangeMarks.contains(s[afterFirst]),
      let second = Numbers.token(in: s, at: afterFirst + 1), second.isChinese == token.isChinese,
      second.value >= token.value, let secondUnit = Units.match(s, at: second.end),
      unit == nil || unit?.text == secondUnit.text
    {
      upper = second.value
      unit = secondUnit
      end = second.end
    }
    // 高于全省22.7和28.8个百分点: the first of two numbers shares the second's unit.
    if unit == nil, !token.isChinese, end + 1 < clauseEnd, JoiningWords.joins(s[end]),
      let second = Numbers.token(in: s, at: end + 1), !second.isChinese,
      let shared = Units.match(s, at: second.end)
    {
      return FoundFigure(
        name: "", value: token.value, upper: nil, unit: shared.text, kind: .level,
        qualifiers: [], start: token.start, end: end, unitClass: shared.unitClass)
    }
    guard let unit else { return nil }
    if isInSlogan(s, token.start, clauseEnd) { return nil }
    end += unit.length
    guard end <= clauseEnd else { return nil }
    var qualifiers: [String] = unit.approximate ? [Qualifiers.approximate] : []
    if token.start > 0, s[token.start - 1] == "第" {
      // 第32位 is a rank; 第3个 is an ordinal, not an amount.
      guard unit.text == "位" || unit.text == "名" else { return nil }
    }
    if end < s.count, classMarks.contains(s[end]) { return nil }
    // 700万吨露天矿 as a mine's name (issue 10), 2台60万千瓦机组: a capacity before a
    // facility names the facility; it is no amount of the clause.
    if unit.unitClass == .measure, facilityWords.contains(where: { Units.has(s, $0, at: end) }) {
      return nil
    }
    // 中电科39所等海洋电子信息企业: a count glued to 等 closes a name.
    if unit.unitClass == .count, end < s.count, s[end] == "等" { return nil }
    var afterQualifiers = end
    for (w, qualifier) in Qualifiers.afterScalars {
      if Units.has(s, w, at: afterQualifiers) {
        qualifiers.append(qualifier)
        afterQualifiers += w.count
        break
      }
    }
    // dinghai-2018 "消除年收入14000元以下低收入农渔户": a bound followed by a
    // noun defines a group; it is a figure, but of kind other.
    let isThreshold =
      afterQualifiers > end && afterQualifiers < clauseEnd && isHan(s[afterQualifiers])
      && s[afterQualifiers] != "的"
    // Other bounds before a noun name a class of things, not an amount:
    // hailaer-2017 "为全区60岁以上在籍老人…".
    if isThreshold, !unit.text.endsWithWord("元") { return nil }
    if token.isChinese {
      if ordinalUnits.contains(unit.text) { return nil }
      // A lone 一 is an article (一批, 一项), not a count.
      if token.value == 1, token.end - token.start == 1 { return nil }
      // 四个平台, 三项指标: a lone digit before a noun names a set; but a count
      // that opens its clause is its subject, things that act (baoding-2021
      // "八个专班从服务企业入手").
      // Aspects counted (dinghai-2018 "十个方面民生实事项目") name a set even there.
      let opensClause =
        token.start == clauseStart
        && !aspectWords.contains(where: { Units.has(s, $0, at: afterQualifiers) })
      if !token.isCompound, !opensClause, afterQualifiers < clauseEnd,
        !listMarks.contains(s[afterQualifiers])
      {
        return nil
      }
    }
    let rank = token.start > 0 && s[token.start - 1] == "第"
    return FoundFigure(
      name: "", value: token.value, upper: upper, unit: unit.text,
      kind: rank ? .rank : (isThreshold ? .other : .level), qualifiers: qualifiers,
      start: token.start,
      end: afterQualifiers, unitClass: unit.unitClass)
  }

  /// The number opens a short quotation: “5个20”, “三名”.
  static func isInSlogan(_ s: [Unicode.Scalar], _ start: Int, _ clauseEnd: Int) -> Bool {
    var j = start - 1
    while j >= 0, s[j] == "双" || ChineseNumerals.isNumeral(s[j]) { j -= 1 }
    guard j >= 0, s[j] == "“" || s[j] == "\"" else { return false }
    var k = start + 1
    while k < min(s.count, start + sloganReach) {
      if s[k] == "”" || s[k] == "\"" { return true }
      k += 1
    }
    return false
  }

  static func isHan(_ c: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value)
  }

  /// Qualifiers written before the number: in its clause, just before it, or
  /// earlier in its sentence.
  static func qualifiers(
    in text: ClauseText, before position: Int, clause: Clause, sentenceStart: Int, zoneStart: Int
  ) -> [String] {
    var result: [String] = []
    for (word, qualifier) in Qualifiers.inSentenceScalars
    where text.find(word, from: sentenceStart, to: position) != nil {
      result.append(qualifier)
    }
    for (word, qualifier) in Qualifiers.inClauseScalars
    where text.find(word, from: clause.start, to: position) != nil {
      result.append(qualifier)
    }
    let reach = max(zoneStart, position - Qualifiers.beforeNumberReach)
    for (word, qualifier) in Qualifiers.beforeNumberScalars
    where text.find(word, from: reach, to: position) != nil {
      result.append(qualifier)
    }
    return result
  }

  /// growth, level, count, share, rank or other, from the unit and the words
  /// before the number.
  static func kind(
    of figure: FoundFigure, unitClass: UnitClass, pre: String, clausePre: String
  ) -> IndicatorKind {
    if figure.kind == .rank || figure.kind == .other { return figure.kind }
    let growth = growthList.occurs(in: Array(clausePre.utf8))
    switch unitClass {
    case .percent, .points:
      let name = Array(FigureNames.clean(pre).utf8)
      if shareList.occurs(in: name) || pre.startsWithWord("占") { return .share }
      return growth ? .growth : .share
    case .times:
      return growth ? .growth : .other
    case .count:
      return levelList.isSuffix(of: Array(pre.utf8)) ? .level : .count
    case .measure:
      return .level
    case .rank:
      return .rank
    }
  }

  /// The name from the words before the number, or after a count when the
  /// words before it name no thing (17.76亿元公司债, 13个区块).
  static func name(pre: String, after: String, figure: FoundFigure) -> (
    name: String, fromAfter: Bool
  ) {
    let before = FigureNames.clean(pre)
    let first = after.unicodeScalars.first
    let countFollowedByNoun =
      figure.unitClass == .count
      && (first.map { isHan($0) || isLetter($0) } ?? false || first == "“")
    if before.isEmpty || countFollowedByNoun {
      let following = FigureNames.after(after)
      if !following.isEmpty { return (following, true) }
    }
    return (before, false)
  }
}
