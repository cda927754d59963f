// Units.swift: the units a figure can be stated in, and what each says about
// the figure's kind. Takes the scalars after a number and gives the unit as
// written (with its magnitude prefix: 万亩, 亿元, 万平方米), or nil when the
// number has no unit, which is how names like 329国道 and 500千伏 drop out.

/// What a unit tells about the thing measured.
public enum UnitClass: Sendable, Hashable {
  /// Things counted: 家, 个, 项, 座 …
  case count
  /// Amounts: money, weight, area, length, volume, energy …
  case measure
  /// Proportions: %, ‰.
  case percent
  /// Differences of proportions: 百分点, 个百分点.
  case points
  /// Multiples: 倍.
  case times
  /// Places in a ranking: 第32位.
  case rank
}

/// A unit found after a number.
public struct UnitMatch: Sendable, Hashable {
  /// The unit as written, magnitude included: 万亩.
  public var text: String
  public var unitClass: UnitClass
  /// Scalars the unit takes, 余/多 inside it included.
  public var length: Int
  /// 余 or 多 stood inside the unit (1万余人): the figure is a lower bound.
  public var approximate: Bool
}

public enum Units {
  /// Base units, longest first where one is a prefix of another.
  static let base: [(String, UnitClass)] = [
    ("个百分点", .points),  // 提高2个百分点
    ("百分点", .points),  // 下降0.5百分点
    ("%", .percent),
    ("％", .percent),  // full-width, normalised to % on output
    ("‰", .percent),
    ("倍", .times),  // 增长1倍
    ("平方公里", .measure),
    ("平方千米", .measure),
    ("平方米", .measure),
    ("立方米", .measure),
    ("千瓦时", .measure),
    ("千瓦", .measure),
    ("兆瓦", .measure),
    ("公里", .measure),
    ("千米", .measure),
    ("公顷", .measure),
    ("公斤", .measure),
    ("千克", .measure),
    ("美元", .measure),
    ("标准箱", .measure),
    ("标箱", .measure),  // 100万标箱
    ("微克/立方米", .measure),  // PM2.5浓度降至35微克/立方米
    ("斤", .measure),  // 粮食产量稳定在70亿斤以上
    ("岁", .measure),  // 人均预期寿命达到79岁
    ("天", .measure),  // 空气质量优良天数达到300天
    ("元", .measure),
    ("吨", .measure),
    ("亩", .measure),
    ("米", .measure),
    ("家次", .count),  // 走访企业600余家次
    ("批次", .count),  // baoding-2021 "与182批次央企…对接"
    ("人次", .count),
    ("场次", .count),  // hebei-2019 "组织各级各类演出1万场次以上"
    ("户次", .count),
    ("个", .count),
    ("家", .count),
    ("项", .count),
    ("座", .count),
    ("所", .count),
    ("名", .count),
    ("套", .count),
    ("幢", .count),
    ("栋", .count),
    ("处", .count),
    ("件", .count),
    ("条", .count),
    ("户", .count),
    ("人", .count),
    ("辆", .count),
    ("台", .count),
    ("艘", .count),
    ("张", .count),
    ("间", .count),
    ("床", .count),
    ("头", .count),
    ("只", .count),
    ("株", .count),
    ("棵", .count),
    ("部", .count),
    ("批", .count),
    ("宗", .count),
    ("笔", .count),
    ("例", .count),
    ("场", .count),
    ("次", .count),
    ("支", .count),
    ("款", .count),  // 2款创新药获批上市
    ("成", .percent),  // 占全国三成以上: tenths
    ("位", .count),  // rank after 第 (第32位), else persons
  ]

  /// Magnitude prefixes of a unit, longest first: 100万标箱, 1.46亿吨.
  static let prefixes: [String] = ["万亿", "千万", "百万", "十万", "亿", "万", "千", "百", "十"]

  static let baseScalars: [([Unicode.Scalar], String, UnitClass)] = base.map {
    (Array($0.0.unicodeScalars), $0.0 == "％" ? "%" : $0.0, $0.1)
  }
  static let prefixScalars: [[Unicode.Scalar]] = prefixes.map { Array($0.unicodeScalars) }

  /// Magnitudes that stand as a unit before a noun.
  static let bareMagnitudes: TextSet = ["万", "亿"]
  /// Characters after such a magnitude that are no counted noun.
  static let notCounted: Set<Unicode.Scalar> = Set(JoiningWords.conjunctions).union([
    "的", "或", "是", "以", "左",
  ])

  /// Words that follow a count unit when it is a time span, not a count:
  /// 个月 is a duration; 次会议 is a session.
  static let notAfterCount: [String: Set<Unicode.Scalar>] = ["个": ["月"]]

  /// The unit that starts at `i` in `s`, if any.
  public static func match(_ s: [Unicode.Scalar], at i: Int) -> UnitMatch? {
    var j = i
    // Reprints space numbers from units: "287.9 亿元", "8.5 %".
    if j + 1 < s.count, s[j] == " " || s[j] == "\u{3000}" || s[j] == "\u{A0}" { j += 1 }
    var approximate = false
    var prefix = ""
    if j < s.count, s[j] == "余" || s[j] == "多" {
      approximate = true
      j += 1
    }
    // 千瓦, 千米 and 百分点 are base units, not a magnitude and a unit.
    if baseAt(s, j) == nil {
      for p in prefixScalars where has(s, p, at: j) {
        prefix = ScalarText.string(p)
        j += p.count
        break
      }
    }
    if !prefix.isEmpty, j < s.count, s[j] == "余" || s[j] == "多" {
      approximate = true
      j += 1
    }
    guard let (unitScalars, text, unitClass) = baseAt(s, j) else {
      // 6.3万农民工, 17万党员干部: a magnitude before the people or things
      // counted is the unit.
      guard bareMagnitudes.contains(prefix), j < s.count, FigureReader.isHan(s[j]),
        !notCounted.contains(s[j])
      else { return nil }
      return UnitMatch(text: prefix, unitClass: .count, length: j - i, approximate: approximate)
    }
    // 百分点 and % take no magnitude.
    if !prefix.isEmpty, unitClass != .measure && unitClass != .count { return nil }
    let end = j + unitScalars.count
    if let banned = notAfterCount[text], end < s.count, banned.contains(s[end]) { return nil }
    return UnitMatch(
      text: prefix + text, unitClass: unitClass, length: end - i, approximate: approximate)
  }

  /// `baseScalars`' words by first scalar.
  static let baseTable = PrefixTable(baseScalars.map(\.0))

  static func baseAt(_ s: [Unicode.Scalar], _ j: Int) -> ([Unicode.Scalar], String, UnitClass)? {
    baseTable.first(startingAt: j, in: s).map { baseScalars[$0] }
  }

  static func has(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= s.count else { return false }
    for (k, c) in word.enumerated() where s[i + k] != c { return false }
    return true
  }
}
