// Locality.swift: works out which place a report is about (定海区 for dinghai-2018).
// Takes the report's cleaned text pieces and the gazetteer; gives a gazetteer
// unit. A report calls its own level 全区/区委/我县/本市, so the level comes from
// those words, and the unit from the names of that level the text uses most.
import BaogaoGraph

enum Locality {
  /// Words by which a report refers to its own government; `X` stands for the
  /// level character (省 市 区 县 旗). dinghai-2018: "全区", "区委", "区政府".
  static let selfReferences = ["全X", "X委", "X政府", "我X", "本X", "X人大", "X政协"]

  /// Level characters and the gazetteer types each one can stand for.
  static let levels: [(character: String, types: Set<PlaceType>)] = [
    ("省", [.province, .autonomousRegion]),  // 全省: a province report (hebei-2019)
    ("市", [.city]),  // 全市: a prefecture (baoding-2021) or a county-level city (anguo-2022)
    ("区", [.district]),  // 全区: an urban district (dinghai-2018, hailaer-2016)
    ("县", [.county]),  // 全县: a county (boye-2024)
    ("旗", [.banner]),  // 全旗: a banner of Inner Mongolia
  ]

  /// A name has to be used this often before it counts as the report's own.
  static let minimumMentions = 2

  /// The gazetteer index of the report's locality, or nil when no unit stands out.
  /// `named` holds the gazetteer names (`names`) found in each piece.
  static func find(
    title: String, pieces: [[Unicode.Scalar]], named: [[(range: Range<Int>, values: [Int])]],
    gazetteer: Gazetteer, names: PhraseIndex<Int>
  ) -> Int? {
    guard !gazetteer.units.isEmpty else { return nil }
    let selfLevel = level(in: pieces)
    // Count every unit's names (full or short) in the text; the title weighs more.
    var counts: [Int: Int] = [:]
    func count(_ matches: [(range: Range<Int>, values: [Int])], weight: Int) {
      for match in matches {
        for unit in match.values {
          counts[unit, default: 0] += weight
        }
      }
    }
    count(names.allMatches(in: Array(title.unicodeScalars)), weight: 10)
    for matches in named { count(matches, weight: 1) }

    var best: (unit: Int, score: Int)?
    let units = gazetteer.units
    for (unit, n) in counts where n >= minimumMentions {
      let type = units[unit].type
      guard type != .developmentZone, type != .country, type != .foreignCity else { continue }
      // The level's words only weigh in: a city report says 全省 too when it
      // ranks itself in its province (baoding-2021: 全省 25 times, 全市 12).
      let weight = selfLevel?.contains(type) == true ? 3 : 2
      // A parent named too tells 普陀区 of 舟山 from 普陀区 of 上海.
      let support = gazetteer.ancestors(of: unit).reduce(0) { $0 + min(counts[$1] ?? 0, 1) }
      let score = n * weight * 2 + support
      if best == nil || score > best!.score || (score == best!.score && unit < best!.unit) {
        best = (unit, score)
      }
    }
    return best?.unit
  }

  /// Every self-reference of every level (全区, 区委 …), valued by level;
  /// built once per process.
  static let selfReferenceIndex: PhraseIndex<Int> = {
    var phrases: [(String, Int)] = []
    for (index, level) in levels.enumerated() {
      for pattern in selfReferences {
        phrases.append((pattern.replacing("X", with: level.character), index))
      }
    }
    return PhraseIndex(phrases)
  }()

  /// The gazetteer types the report's self-references point to, or nil.
  static func level(in pieces: [[Unicode.Scalar]]) -> Set<PlaceType>? {
    var counts = Array(repeating: 0, count: levels.count)
    for piece in pieces {
      for match in selfReferenceIndex.matches(in: piece) { counts[match.value] += 1 }
    }
    guard let top = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[top] > 0 else {
      return nil
    }
    return levels[top].types
  }
}
