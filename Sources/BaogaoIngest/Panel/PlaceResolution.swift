// PlaceResolution.swift: a place as a report's front matter writes it
// (呼伦贝尔市海拉尔区, 海拉尔区, 内蒙古自治区呼伦贝尔市海拉尔区, 重庆市) to one
// division of the table. The last name of the text is the place; the names
// before it must be its ancestors and pick between divisions of one name
// (普陀区 of 舟山 or of 上海). Nothing that is not a division resolves: a word
// such as 区位 or 全区 names no division.
import BaogaoGraph

public enum PlaceResolution {
  /// The division `text` names, or nil. `support` scores a candidate when the
  /// text alone leaves several (普陀区 alone): how often the report names its
  /// ancestors; the higher wins, then the lower code.
  public static func resolve(
    _ text: String, in divisions: Divisions, support: (Division) -> Int = { _ in 0 }
  ) -> Division? {
    let name = text.filter { !$0.isWhitespace }
    guard name.count >= 2 else { return nil }
    let ranked = candidates(name, in: divisions).map { candidate in
      (candidate, ancestorScore(candidate.division, prefix: candidate.prefix, in: divisions))
    }.filter { $0.1 >= 0 }
    guard let best = ranked.map(\.1).max() else { return nil }
    let top = ranked.filter { $0.1 == best }.map(\.0.division)
    if top.count == 1 { return top[0] }
    let scored = top.map { ($0, support($0)) }
    let most = scored.map(\.1).max() ?? 0
    return scored.filter { $0.1 == most }.map(\.0).min { $0.code < $1.code }
  }

  /// Characters that end the name of a level of division.
  static let levelCharacters: Set<Character> = ["省", "市", "区", "县", "旗", "州", "盟"]

  /// Divisions whose name ends the text, with the text before that name:
  /// full names anywhere, a short name only as the whole text (海拉尔), since
  /// a short name ends many words.
  static func candidates(_ name: String, in divisions: Divisions) -> [(
    division: Division, prefix: String
  )] {
    let chars = Array(name)
    var found: [(division: Division, prefix: String)] = []
    // Longest first: 浦东新区 before 新区.
    for start in 0..<(chars.count - 1) {
      let tail = String(chars[start...])
      let prefix = String(chars[..<start])
      for division in divisions.named(tail) { found.append((division, prefix)) }
      // A short form that still ends in a level character (新区 of 镇江新区,
      // 高新区) is a common noun, not a name.
      if start == 0, let last = tail.last, !levelCharacters.contains(last) {
        for division in divisions.named(tail, short: true) where division.name != tail {
          found.append((division, prefix))
        }
      }
      if !found.isEmpty { return found }
    }
    return found
  }

  /// How many of the prefix's names are the candidate's ancestors; -1 when the
  /// prefix holds anything else (then the text names another place).
  static func ancestorScore(_ division: Division, prefix: String, in divisions: Divisions) -> Int {
    var rest = Substring(prefix)
    var score = 0
    let chain = divisions.ancestors(of: division)
    while !rest.isEmpty {
      guard
        let hit = chain.lazy.flatMap({ [$0.name, $0.short] }).filter({ rest.hasPrefix($0) }).max(
          by: { $0.count < $1.count })
      else { return -1 }
      rest = rest.dropFirst(hit.count)
      score += 1
    }
    return score
  }

  /// The division a file name reads as (dinghai-2018 → 定海区): a run of
  /// letters that is some division's pinyin. Several divisions of one reading
  /// resolve only when one is of a higher tier than all others (a file named
  /// for a city more likely names the city than a county of that sound).
  public static func resolve(fileName: String, in divisions: Divisions) -> Division? {
    let words = fileName.lowercased().split { !("a"..."z").contains($0) }.map(String.init)
    for word in words where word.count >= 2 {
      let found = divisions.reading(word)
      guard let top = found.map(\.level.tier).min() else { continue }
      let best = found.filter { $0.level.tier == top }
      if best.count == 1 { return best[0] }
    }
    return nil
  }

  /// The year a file name carries: dinghai-2018 → 2018.
  public static func year(fileName: String) -> Int? {
    let runs = fileName.split { !$0.isASCIIDigit }
    for run in runs where run.count == 4 {
      if let year = Int(run), ReportIdentityReader.years.contains(year) { return year }
    }
    return nil
  }
}
