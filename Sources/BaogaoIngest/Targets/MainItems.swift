// MainItems.swift: the items of the main list that state no number.
// Takes a clause of the list and gives what it is about and its wording: a
// relative item (居民收入增长与经济增长同步, …均高于全省平均水平), a direction
// (进出口总值实现较大增长, 生态环境质量持续改善) or compliance (约束性指标完成省定
// 任务, 完成上级下达的…降低目标). An item naming several indicators
// (化学需氧量、二氧化硫减排完成…) gives one name per indicator.

/// A main-list item without a number: the indicators it names and its wording.
struct WordedItem: Sendable, Hashable {
  var names: [String]
  /// The clause's words outside the name: 力争, 进入全省前列.
  var qualifiers: [String]
}

enum MainItems {
  /// Words that open what an item says about its indicator. The name ends at
  /// the first of them.
  static let predicates: [String] = [
    "增长", "下降", "降低", "减少", "提高", "提升", "改善", "好转", "扭转", "实现", "保持", "稳定",
    "完成", "达到", "确保", "控制", "进入", "位居", "高于", "快于", "低于", "不低于", "优于", "领先",
    "同步", "持续", "进一步", "继续",
  ]

  /// Words of which one must be there: what makes the clause checkable.
  static let outcomes: [String] = [
    // relative
    "同步", "高于", "快于", "低于", "优于", "领先", "前列", "前茅", "平均水平", "进入", "位居",
    // direction
    "增长", "下降", "降低", "减少", "提高", "提升", "改善", "好转", "扭转", "正增长", "稳定",
    // compliance
    "任务", "目标", "要求", "指标",
  ]

  /// A predicate word followed by one of these is part of a name: 下降率, 增长率, 增速.
  static let nameTails: Set<Unicode.Scalar> = ["率", "幅", "速", "量", "值"]

  /// Words before an item's name that qualify it: 力争主要经济指标总量…
  static let leadingQualifiers = ["力争", "确保", "努力", "争取"]

  /// Openings of a clause that speaks about the list, not an item of it:
  /// 这些目标充分考虑了…, 上述目标…, 在实际工作中努力争取更好结果.
  static let nonItemOpenings = ["这", "上述", "以上", "为", "在", "我们", "既", "又", "经过", "要", "实现上述"]

  /// Longest name of an item, in scalars: a longer head is a sentence.
  static let maxName = 24

  /// Verbs that open a compliance item, its name after the last 的:
  /// 完成国家下达的单位地区生产总值二氧化碳排放降低目标.
  static let leadingCompliance = ["确保完成", "完成", "达到"]
  /// Nouns that close such an item.
  static let complianceEnds = ["目标任务", "目标", "任务", "指标", "要求"]
  /// Direction verbs dropped from the end of a name: …排放降低目标.
  static let trailingDirections = ["降低", "下降", "减少", "增长", "提高"]

  /// The item a clause of the main list states in words, or nil.
  static func worded(_ item: String) -> WordedItem? {
    // 3.居民收入与经济增长同步: the item's number is no part of it.
    let clause = FigureNames.withoutEnumerator(item)
    guard outcomes.contains(where: { clause.containsWord($0) }),
      !nonItemOpenings.contains(where: { clause.startsWithWord($0) })
    else { return nil }
    var qualifiers: [String] = []
    var rest = Array(clause)
    if let lead = leadingQualifiers.first(where: { rest.starts(with: $0) }) {
      qualifiers.append(lead)
      rest.removeFirst(lead.count)
    }
    if let verb = leadingCompliance.first(where: { rest.starts(with: $0) }) {
      return compliance(rest, verb: verb, qualifiers: qualifiers)
    }
    guard let at = predicateStart(in: rest) else { return nil }
    let name = FigureNames.clean(String(rest[..<at]))
    guard !name.isEmpty, name.count <= maxName else { return nil }
    qualifiers.append(String(rest[at...]))
    return WordedItem(names: names(name), qualifiers: qualifiers)
  }

  /// 完成国家下达的单位地区生产总值二氧化碳排放降低目标: the name between the
  /// last 的 and the closing noun; the wording is the clause around it.
  static func compliance(_ text: [Character], verb: String, qualifiers: [String]) -> WordedItem? {
    guard let end = complianceEnds.first(where: { text.reversed().starts(with: $0.reversed()) })
    else { return nil }
    var body = text.dropFirst(verb.count).dropLast(end.count)
    if let of = body.lastIndex(of: "的") { body = body[(of + 1)...] }
    if let direction = trailingDirections.first(where: {
      body.reversed().starts(with: $0.reversed())
    }) {
      body = body.dropLast(direction.count)
    }
    guard !body.isEmpty, body.count <= maxName else { return nil }
    let before = String(text[..<body.startIndex])
    let after = String(text[body.endIndex...])
    return WordedItem(names: names(String(body)), qualifiers: qualifiers + [before, after])
  }

  /// Where the first predicate word starts after the name's first character,
  /// skipping ones that end a name (下降率).
  static func predicateStart(in text: [Character]) -> Int? {
    guard text.count > 1 else { return nil }
    for i in 1..<text.count {
      for word in predicates where text[i...].starts(with: word) {
        let after = i + word.count
        let tail = after < text.count ? text[after].unicodeScalars.first : nil
        if tail.map({ !nameTails.contains($0) }) ?? true { return i }
      }
    }
    return nil
  }

  /// The indicators a head names: one per item of a 、 list (with a shared
  /// tail: 化学需氧量、氮氧化物减排), and 城乡居民…收入 as the urban and the rural
  /// one. A head ending in 等… (能耗及排放等约束性指标) is one generic item.
  static func names(_ head: String) -> [String] {
    if head.contains("等") { return [head] }
    let count = head.split(separator: JoiningWords.listCommaText).count
    let parts = FigureNames.split(head, count: count) ?? [head]
    return parts.flatMap(FigureNames.urbanAndRural)
  }
}
