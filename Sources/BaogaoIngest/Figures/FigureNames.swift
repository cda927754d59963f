// FigureNames.swift: what a figure is called, from the words around its number.
// Takes the text before the number (and after its unit) and gives the name of
// the thing measured: 预计全年地区生产总值增长8.6% → 地区生产总值. It also splits
// the shared heads of 分别 lists: 规上工业总产值、增加值 → 规上工业总产值, 规上工业增加值.

enum FigureNames {
  /// Words dropped from the front of a name: they say how or when, not what.
  static let leadingNoise: [String] =
    [
      "预计", "全年", "力争", "确保", "其中", "实现", "努力", "争取", "今年", "当年",
      "同比", "年均", "累计", "共", "约", "完成了", "并", "且",
      // When, not what: 年内新增市场主体1200户.
      "年内", "本年", "年底前",
    ] + JoiningWords.words

  /// Verbs (and their helpers) dropped from the end of a name, longest first.
  static let trailingVerbs: [String] =
    [
      "控制在", "保持在", "提高到", "提升到", "下降到", "降低到", "增加到", "稳定在", "分别为",
      "分别", "预计", "增长", "增速", "达到", "突破", "超过", "提高", "提升", "下降", "降低", "减少",
      "削减", "升至", "增加", "上涨", "同比", "年均", "首次", "累计", "全部", "完成", "均", "达",
      "递增", "递减",
      "为", "在", "至", "到", "约", "超", "占", "是", "有",
    ] + JoiningWords.words

  /// Words that end the name read after a count (6家市级幼儿园管理职能 → stop
  /// before the verb that follows the counted thing).
  static let nameStops: [String] =
    JoiningWords.words + [
      "等", "成功", "完成", "加快", "建设", "开展", "实现", "提前",
      "通过", "全部", "顺利", "进入", "入选", "获得", "年收入", "建成", "竣工", "投产",
    ]

  static let stopList = WordList(nameStops)

  /// Longest name read after a count; the rest is what happens to the things.
  static let maxNameAfter = 12

  /// Nouns of measure that a list shares at its end: 粮食生产功能区、蔬菜基地面积.
  static let sharedTails: [String] = [
    "面积", "产量", "总量", "总额", "规模", "长度", "人数", "数量", "收入", "产值", "增加值",
    "投资", "比重", "覆盖率",
    // 化学需氧量、二氧化硫、氨氮、氮氧化物减排: each pollutant's cut.
    "减排", "排放量",
  ]

  /// Characters that end the place part of a modifier: 城镇和农渔村常住居民… → 农渔村.
  static let placeEnds: Set<Character> = ["村", "镇", "区", "市", "县", "乡"]

  /// Phrases that say on what basis a number is counted, not what is counted:
  /// 一般公共财政预算收入完成17亿元,按可比口径增长13% — the growth is the
  /// revenue's, so a name that is only such a phrase is no name at all (the
  /// figure then takes the name before it in the sentence).
  static let basisPhrases: TextSet = [
    "按可比口径", "按可比价格", "按可比价格计算", "按可比价计算", "按可比价", "按同口径", "同口径",
    "可比口径", "比上年", "较上年", "比去年", "较去年",
  ]

  /// A name cleaned of leading adverbs and trailing verbs; empty when what is
  /// left is only a basis phrase.
  static func clean(_ raw: String) -> String {
    let name = trimmed(raw)
    return basisPhrases.contains(name) ? "" : name
  }

  /// A name without leading adverbs and trailing verbs, without the starting
  /// point of a change (收入由2015年的 → 收入), and without digits and spaces at
  /// its end: a name never takes part of a number (补贴49 7.1万元).
  static func trimmed(_ raw: String) -> String {
    let bytes = Array(withoutStartingPoint(withoutEnumerator(withoutNotes(raw))).utf8)
    var start = 0
    var end = bytes.count
    var changed = true
    var rounds = 0
    while changed, rounds < 8 {
      changed = false
      rounds += 1
      while start < end, bytes[start] == 0x20 { start += 1 }
      while end > start,
        bytes[end - 1] == 0x20 || (0x30...0x39).contains(bytes[end - 1])
          || bytes[end - 1] == 0x2E
      {
        end -= 1
        changed = true
      }
      for word in leadingBytes
      where end - start > word.count && Bytes.has(word, in: bytes, at: start) {
        start += word.count
        changed = true
        break
      }
      for word in trailingBytes
      where end - start >= word.count && Bytes.has(word, in: bytes, at: end - word.count) {
        end -= word.count
        changed = true
        break
      }
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Words that open the starting point of a change: 由2015年的21000元增加到….
  static let startingPoints = ["由", "从"]

  /// `startingPoints` as UTF-8: the last one is found by bytes, not by
  /// hashing every Character from the end (a two-hundredth of ingest, callgrind).
  static let startingPointBytes = startingPoints.map { Array($0.utf8) }

  /// The text before a trailing 由…的 or 由…年: where a change starts from is
  /// no part of what changes.
  static func withoutStartingPoint(_ text: String) -> String {
    guard
      text.endsWithWord("的") || text.endsWithWord("年") || text.endsWithWord("由")
        || text.endsWithWord("从"),
      let at = lastStartingPoint(in: Array(text.utf8))
    else { return text }
    return String(decoding: text.utf8.prefix(at), as: UTF8.self)
  }

  /// The byte offset of the last starting point in UTF-8 text.
  static func lastStartingPoint(in bytes: [UInt8]) -> Int? {
    var at = bytes.count - 1
    while at >= 0 {
      if startingPointBytes.contains(where: { Bytes.has($0, in: bytes, at: at) }) { return at }
      at -= 1
    }
    return nil
  }

  static let leadingBytes = leadingNoise.map { Array($0.utf8) }
  static let trailingBytes = trailingVerbs.map { Array($0.utf8) }

  /// Item numbers of a list, dropped from the front of a name: `1.`, `(2)`,
  /// `（3）`, `④`, `一是`.
  static func withoutEnumerator(_ text: String) -> String {
    let s = Array(text.unicodeScalars)
    var i = 0
    if i < s.count, ("①"..."⑳").contains(s[i]) {
      i = 1
    } else if i + 1 < s.count, s[i] == "(" || s[i] == "（" {
      var j = i + 1
      while j < s.count, Numbers.isDigit(s[j]) || ChineseNumerals.isNumeral(s[j]) { j += 1 }
      if j > i + 1, j < s.count, s[j] == ")" || s[j] == "）" { i = j + 1 }
    } else {
      var j = 0
      while j < s.count, Numbers.isDigit(s[j]) { j += 1 }
      if j > 0, j < s.count, s[j] == "." || s[j] == "．" || s[j] == "、" { i = j + 1 }
      if j == 0, s.count > 2, ChineseNumerals.isNumeral(s[0]), s[1] == "是" { i = 2 }
    }
    guard i > 0, i < s.count else { return text }
    return ScalarText.string(s[i...])
  }

  /// The text without footnote marks: baoding-2021 "30项防控措施[6]".
  static func withoutNotes(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
    var result = ""
    var note = ""
    var inNote = false
    for c in text {
      if c == "[" {
        inNote = true
        note = "["
      } else if inNote {
        note.append(c)
        if c == "]" {
          inNote = false
          if !note.dropFirst().dropLast().allSatisfy(\.isNumber) { result += note }
        } else if !c.isNumber {
          inNote = false
          result += note
        }
      } else {
        result.append(c)
      }
    }
    return inNote ? result + note : result
  }

  /// The name read after a count: `13个区块征迁完成…` → 区块征迁.
  static func after(_ raw: String) -> String {
    let text = withoutNotes(raw)
    let bytes = Array(text.utf8)
    let end = stopList.earliest(in: bytes)?.offset ?? bytes.count
    let name = String(decoding: bytes[..<end], as: UTF8.self)
    return String(name.prefix(maxNameAfter))
  }

  /// 城乡 before 居民 and 收入 names two incomes, the urban and the rural one
  /// (城乡居民人均可支配收入 → 城镇居民…, 农村居民…). Other 城乡 names are one
  /// thing: 城乡居民基本养老保险 is a single scheme.
  static func urbanAndRural(_ name: String) -> [String] {
    guard name.containsWord("收入") else { return [name] }
    // The Characters only for an income: most names are none.
    let chars = Array(name)
    guard
      let at = chars.indices.first(where: {
        chars[$0...].starts(with: "城乡居民") || chars[$0...].starts(with: "城乡常住居民")
      })
    else { return [name] }
    let before = String(chars[..<at])
    let after = String(chars[(at + 2)...])
    return [before + "城镇" + after, before + "农村" + after]
  }

  /// The names of a 分别 or 均 list's items, from their shared head:
  /// `城镇和农渔村常住居民人均可支配收入` with 2 values → the two incomes.
  static func split(_ head: String, count: Int) -> [String]? {
    guard count > 1 else { return nil }
    var parts = head.split(separator: JoiningWords.listCommaText).map(String.init)
    if parts.count == 1 {
      for joiner in JoiningWords.conjunctionWords {
        let pieces = head.components(separatedBy: joiner)
        if pieces.count == 2 {
          parts = pieces
          break
        }
      }
    }
    guard parts.count == count, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
    guard let first = parts.first else { return nil }
    // A short first part that modifies what the last one names: 城镇和农渔村常住居民….
    if first.count <= 3, let last = parts.last, last.count > first.count + 2 {
      let prefix = last.prefix(5)
      let cut =
        prefix.firstIndex(where: placeEnds.contains).map { last.index(after: $0) }
        ?? last.index(last.startIndex, offsetBy: first.count)
      let rest = last[cut...]
      return parts.dropLast().map { $0 + rest } + [last]
    }
    // A shared tail: 粮食生产功能区、“菜篮子”蔬菜基地面积. Parts that end in a
    // measure of their own keep it (工业增加值、税收收入).
    if let last = parts.last,
      let tail = sharedTails.first(where: { last.endsWithWord($0) && last.count > $0.count }),
      !parts.dropLast().contains(where: { $0.endsWithWord(tail) })
    {
      let named = { (part: String) in sharedTails.contains(where: { part.endsWithWord($0) }) }
      return parts.dropLast().map { named($0) ? $0 : $0 + tail } + [last]
    }
    // Short later parts that share the first one's front: 规上工业总产值、增加值.
    return [first]
      + parts.dropFirst().map { part in
        guard part.count < first.count, part.count <= 4 else { return part }
        return String(first.dropLast(part.count)) + part
      }
  }
}
