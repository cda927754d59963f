// IndicatorNames.swift: the canonical name of an indicator, so that figures
// of different reports compare: 地区生产总值 = 生产总值 = 全市生产总值 = GDP.
// A figure's name loses its scope words first (区本级, 规模以上, 城镇, 全市 …,
// kept apart as `scope`), then the rest is looked up in the synonym table.
// Users extend the table with a file (`~/.config/baogao/indicators.tsv`, or
// `--indicators FILE`): one `synonym<TAB>canonical` pair a line, `#` comments.

/// The synonym table and the scope words.
public struct IndicatorNames: Sendable, Hashable {
  /// Synonym (or canonical name) to canonical name.
  public private(set) var canonical: [String: String]

  /// `canonical` keyed by bytes, for plain names (PlainText.swift); nil when
  /// a key is not plain (a user's synonym in NFD), and `canonical` answers.
  /// Made again whenever `canonical` changes (`init`, `add(tsv:)`).
  private var plainCanonical: TextTable<String>?

  /// The table by bytes, when every key is plain.
  private static func plainTable(of canonical: [String: String]) -> TextTable<String>? {
    var table = TextTable<String>(minimumCapacity: canonical.count)
    for (name, value) in canonical {
      guard name.isPlain else { return nil }
      table[name] = value
    }
    return table
  }

  /// `canonical[name]`, by bytes when both sides are plain.
  private func canonical(of name: String) -> String? {
    if let plainCanonical, name.isPlain { return plainCanonical[name] }
    return canonical[name]
  }

  // Equal and hashed by `canonical` alone, as before `plainCanonical`: that
  // one is made from it.
  public static func == (a: IndicatorNames, b: IndicatorNames) -> Bool {
    a.canonical == b.canonical
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }

  /// The built-in table: each canonical name with the other names reports
  /// give it. The canonical name is the statistical bureau's.
  public static let synonyms: [(canonical: String, others: [String])] = [
    ("地区生产总值", ["生产总值", "GDP", "国内生产总值", "经济总量", "地区GDP"]),
    ("人均地区生产总值", ["人均生产总值", "人均GDP"]),
    (
      "一般公共预算收入",
      [
        "一般公共财政预算收入", "公共财政预算收入", "地方一般公共预算收入", "地方公共财政预算收入",
        "一般预算收入", "财政一般预算收入", "地方财政一般预算收入", "公共预算收入",
      ]
    ),
    ("一般公共预算支出", ["一般公共财政预算支出", "公共财政预算支出", "公共预算支出", "财政支出"]),
    ("社会消费品零售总额", ["社零总额", "社会消费品零售额", "社消零总额", "社消零"]),
    ("固定资产投资", ["固投", "固定资产投资额"]),
    ("工业增加值", ["工业增加值增速"]),
    ("居民人均可支配收入", ["常住居民人均可支配收入", "人均可支配收入", "居民收入"]),
    ("居民消费价格", ["居民消费价格指数", "CPI", "居民消费价格涨幅", "物价总水平", "物价涨幅"]),
    ("进出口总额", ["进出口总值", "外贸进出口总额", "外贸进出口", "进出口", "外贸进出口总值"]),
    ("实际利用外资", ["实际使用外资", "利用外资", "实际利用外商直接投资", "实际使用外商直接投资"]),
    (
      "单位地区生产总值能耗",
      ["单位生产总值能耗", "单位GDP能耗", "万元生产总值能耗", "万元GDP能耗", "万元地区生产总值能耗"]
    ),
    (
      "单位地区生产总值二氧化碳排放",
      ["单位生产总值二氧化碳排放", "单位GDP二氧化碳排放", "单位地区生产总值二氧化碳排放量"]
    ),
    ("调查失业率", ["城镇调查失业率"]),
    ("登记失业率", ["城镇登记失业率"]),
    ("新增就业", ["城镇新增就业", "新增城镇就业", "新增就业人数"]),
    ("粮食产量", ["粮食总产量", "粮食总产"]),
    ("常住人口城镇化率", ["城镇化率", "人口城镇化率"]),
    ("旅游总收入", ["旅游收入", "旅游业总收入", "旅游综合收入"]),
    ("研发经费投入强度", ["研究与试验发展经费投入强度", "R&D经费投入强度"]),
  ]

  /// Words that narrow what a figure covers, taken off the front of its name,
  /// longest first where one begins another. Each maps to the form kept in
  /// `scope` (规上 is 规模以上).
  public static let scopeWords: [(word: String, scope: String)] = [
    ("区本级", "区本级"), ("市本级", "市本级"), ("县本级", "县本级"), ("省本级", "省本级"),
    ("旗本级", "旗本级"), ("本级", "本级"),
    ("规模以上", "规模以上"), ("规上", "规模以上"), ("限额以上", "限额以上"), ("限上", "限额以上"),
    ("农村牧区", "农村"), ("农渔村", "农村"), ("城镇", "城镇"), ("农村", "农村"), ("城乡", "城乡"),
    ("全社会", "全社会"), ("全市", "全市"), ("全省", "全省"), ("全区", "全区"), ("全县", "全县"),
    ("全旗", "全旗"), ("全州", "全州"), ("全盟", "全盟"),
  ]

  /// Words before a name that say nothing about what is measured: 预计全年地区生产总值.
  public static let leadWords = ["预计", "全年", "实现", "完成", "其中"]

  public static let standard = IndicatorNames()

  public init() {
    // Room for every name at once: grown as it filled, the table was
    // copied at each doubling, a third of making it at every start-up
    // (`baogao -c` on the bundled report, perf over 200 runs).
    var canonical = [String: String](
      minimumCapacity: IndicatorNames.synonyms.reduce(0) { $0 + 1 + $1.others.count })
    for (name, others) in IndicatorNames.synonyms {
      canonical[name] = name
      for other in others { canonical[other] = name }
    }
    self.canonical = canonical
    plainCanonical = Self.plainTable(of: canonical)
  }

  /// Adds the pairs of a user file (`synonym<TAB>canonical`); a later pair
  /// overrides an earlier one and the built-in table. Gives the 1-based line
  /// numbers that are not such a pair (blank and `#` lines are fine).
  @discardableResult
  public mutating func add(tsv text: String) -> [Int] {
    var bad: [Int] = []
    // "\r\n" is one Character: split the scalars, so CRLF files count lines right.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, scalars) in lines.enumerated() {
      let raw = Substring(String(scalars))
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t").map { $0.trimmingSpaces() }
      guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
        bad.append(index + 1)
        continue
      }
      canonical[fields[0]] = fields[1]
      canonical[fields[1]] = canonical[fields[1]] ?? fields[1]
    }
    plainCanonical = Self.plainTable(of: canonical)
    return bad
  }

  /// The canonical name and scope of a figure's name: 区本级规上工业增加值 →
  /// (工业增加值, 区本级、规模以上); 全省生产总值 → (地区生产总值, 全省).
  public func read(_ name: String) -> (indicator: String?, scope: String?) {
    // On UTF-8 bytes: the scope and lead words are plain words, and a byte
    // prefix is a scalar prefix. Comparing Characters (hasPrefix on a
    // Substring) normalised both sides at every step and was a sixteenth of
    // ingest (perf on Scripts/bench-ingest.sh).
    let whole =
      name.unicodeScalars.contains(where: \.isWhiteSpace)
      ? String(String.UnicodeScalarView(name.unicodeScalars.filter { !$0.isWhiteSpace }))
      : name
    let bytes = Array(whole.utf8)
    var offset = 0
    var scopes: [String] = []
    strip: while offset < bytes.count {
      for (word, scope) in IndicatorNames.scopeWordBytes
      where Bytes.has(word, in: bytes, at: offset) {
        if !scopes.contains(scope) { scopes.append(scope) }
        offset += word.count
        continue strip
      }
      for word in IndicatorNames.leadWordBytes where Bytes.has(word, in: bytes, at: offset) {
        offset += word.count
        continue strip
      }
      break
    }
    let rest = offset == 0 ? whole : String(decoding: bytes[offset...], as: UTF8.self)
    // A name the table holds whole whose rest it does not (城镇化率) is one
    // indicator, not a scope and a remainder.
    let restCanonical = canonical(of: rest)
    if restCanonical == nil, let known = canonical(of: whole) { return (known, nil) }
    let scope = scopes.isEmpty ? nil : scopes.joined(separator: JoiningWords.listCommaText)
    guard !rest.isEmpty else { return (nil, scope) }
    return (restCanonical ?? rest, scope)
  }

  /// `scopeWords` and `leadWords` as UTF-8, made once per process.
  static let scopeWordBytes: [(word: [UInt8], scope: String)] = scopeWords.map {
    (Array($0.word.utf8), $0.scope)
  }
  static let leadWordBytes: [[UInt8]] = leadWords.map { Array($0.utf8) }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
