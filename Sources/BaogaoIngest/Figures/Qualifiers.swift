// Qualifiers.swift: the words that qualify a figure, and where each is looked for.
// Takes nothing; gives the tables that `FigureReader` consults. A qualifier
// either follows the number (以上), stands just before it (突破), stands
// anywhere before it in its clause (分别), or governs the rest of its sentence (预计).

public enum Qualifiers {
  /// Words right after the number and its unit, with the qualifier they give.
  static let after: [(String, String)] = [
    ("以上", "以上"),  // dinghai-2018: "比例达到98%以上"
    ("以下", "以下"),  // dinghai-2018: "年收入14000元以下"
    ("以内", "以内"),  // hebei-2019: "失业率控制在4.5%以内"
    ("左右", "左右"),  // hebei-2019: "生产总值增长6.5%左右"
    ("上下", "左右"),  // "增长7%上下" says the same as 左右
  ]

  /// 余 and 多 inside a number (600余家次) make it a lower bound.
  static let approximate = "以上"

  /// Words of the clause before the number that qualify it.
  static let inClause: [(String, String)] = [
    ("分别", "分别"),  // dinghai-2018: "分别增长14.2%、13.5%"
    ("同比", "同比"),  // hailaer-2016: "同比增长8.9%"
    ("年均", "年均"),  // baoding-2021: "生产总值年均增长6.3%"
    ("累计", "累计"),  // dinghai-2018: "累计走访企业600余家次"
    ("首次", "首次"),  // dinghai-2018: "首次突破100万标箱"
  ]

  /// Words just before the number (with its verb) that qualify it.
  static let beforeNumber: [(String, String)] = [
    ("突破", "突破"),  // dinghai-2018: "捕捞产量突破10万吨"
    ("超过", "超过"),
  ]

  /// Scalars looked back from the number for `beforeNumber` words.
  static let beforeNumberReach = 4

  /// Words that govern every figure after them in their sentence.
  static let inSentence: [(String, String)] = [
    ("预计", "预计"),  // dinghai-2018: "预计全年地区生产总值增长8.6%,区本级…增长5%"
    ("力争", "力争"),  // dinghai-2018: "力争军民融合骨干企业达到15家以上"
    ("确保", "确保"),  // dinghai-2018: "确保五星事项比例达到20%以上"
  ]

  static let afterScalars = scalars(after)
  static let inClauseScalars = scalars(inClause)
  static let beforeNumberScalars = scalars(beforeNumber)
  static let inSentenceScalars = scalars(inSentence)

  static func scalars(_ table: [(String, String)]) -> [([Unicode.Scalar], String)] {
    table.map { (Array($0.0.unicodeScalars), $0.1) }
  }

  /// The order qualifiers are listed in on a figure.
  static let order = [
    "预计", "力争", "确保", "分别", "同比", "年均", "累计", "首次", "突破", "超过",
    "以上", "以下", "以内", "左右",
  ]

  /// Sorts and de-duplicates qualifiers in the `order` above.
  static func normalised(_ qualifiers: [String]) -> [String] {
    // Plain strings are equal when their bytes are (PlainText.swift): the
    // String compares normalised both sides, at every word of `order` for
    // every figure (a three-hundredth of ingest, callgrind on
    // Scripts/bench-ingest.sh).
    if orderIsPlain, qualifiers.allSatisfy(\.isPlain) {
      return order.filter { word in qualifiers.contains { StringBytes.equal($0, word) } }
    }
    return order.filter(qualifiers.contains)
  }

  static let orderIsPlain = order.allSatisfy(\.isPlain)
}
