// PlacePatterns.swift: places that no suffix rule gives, found by their shape:
// numbered highways written number last (国道308, G318, S465), regions named by
// a province's one-character name and a direction (渝东北, 闽西, 滇中) or by a run
// of such names (京津保, 厦漳泉), and rivers with a one-character stem (闽江, 府河).
import BaogaoGraph

extension PlaceLexicon {
  /// One-character names of provinces (简称) that a direction follows in a
  /// region's name. Left out: those that are also common characters or begin
  /// other names (新 宁 青 吉 台 港 澳 云 黑 贵 甘 琼 秦).
  static let provinceInitials = ScalarSet(
    [
      "京", "津", "沪", "渝", "冀", "晋", "辽", "苏", "浙", "皖", "闽", "赣", "鲁", "豫", "鄂", "湘",
      "粤", "桂", "川", "蜀", "黔", "滇", "藏", "陕", "陇", "蒙",
    ] as [Unicode.Scalar])

  /// All one-character province names, for runs of them (粤港澳, 京津冀).
  static let allProvinceInitials = ScalarSet(
    [
      "京", "津", "沪", "渝", "冀", "晋", "辽", "吉", "黑", "苏", "浙", "皖", "闽", "赣", "鲁", "豫",
      "鄂", "湘", "粤", "桂", "琼", "川", "蜀", "黔", "贵", "滇", "云", "藏", "陕", "秦", "陇", "甘",
      "青", "宁", "新", "蒙", "港", "澳", "台",
    ] as [Unicode.Scalar])

  /// Directions after a province's initial, longest first.
  static let directions: [[Unicode.Scalar]] = ["东北", "东南", "西北", "西南", "东", "西", "南", "北", "中"]
    .map { Array($0.unicodeScalars) }

  /// Province initial plus direction that is a brand, not a region (京东, an online retailer).
  static let directionBrands: TextSet = ["京东"]

  /// Words after a run of place initials that make it a region: 京津保地区,
  /// 京雄保一体化, 厦漳泉都市圈 (the suffix rule takes the whole name there too).
  static let regionWords: [[Unicode.Scalar]] = [
    "地区", "都市圈", "经济圈", "城市群", "一体化", "协同", "同城化", "城际", "走廊", "廊道",
  ].map { Array($0.unicodeScalars) }
  /// The first scalars of `regionWords`.
  static let regionWordFirsts = ScalarSet(regionWords.compactMap(\.first))

  /// Characters after a one-character-stem river that show the river is meant:
  /// 闽江流域, 府河水系, 闽江干流.
  static let riverFollowers: [[Unicode.Scalar]] = [
    "流域", "干流", "支流", "水系", "水质", "沿岸", "两岸", "河道", "治理", "上游", "中游", "下游",
    "防洪", "生态", "沿线",
  ].map { Array($0.unicodeScalars) }

  /// Stems that make 江 or 河 a word, not a river (内河, 运河, 江河, 山河).
  static let genericRiverStems = ScalarSet(
    [
      "内", "运", "江", "河", "山", "界", "护", "冰", "银", "天", "大", "小", "长", "母", "清", "跨",
      "沿", "过", "渡", "拦", "引", "治", "入", "出", "一", "两", "三", "各", "条", "浊", "支", "干",
      // A count of rivers: baoding-2021 "五库九河十湿地", "九河治理".
      "四", "五", "六", "七", "八", "九", "十", "百", "千", "多", "数",
    ] as [Unicode.Scalar])

  /// The words of a river with a one-character stem (`addShortRivers`).
  static let riverWords: ScalarSet = ["江", "河"]

  /// Adds every place of these shapes in the pieces.
  /// `marks` are the pieces' `PlaceLexicon.marks(in:)`.
  mutating func addPatternNames(in pieces: [[Unicode.Scalar]], marks: [ScalarMarks]) {
    var initials: Set<Unicode.Scalar> = []
    for entry in entries where PlaceLexicon.prefectureTypes.contains(entry.type) {
      for form in entry.forms {
        if let first = form.unicodeScalars.first { initials.insert(first) }
      }
    }
    let prefectures = prefectureInitials()
    for (piece, marks) in zip(pieces, marks) {
      addBareInitialRuns(in: piece, marks: marks, prefectures: prefectures)
      addNumberedHighways(in: piece, marks: marks)
      addDirectionRegions(in: piece, marks: marks)
      addInitialRuns(in: piece, marks: marks, initials: initials)
      addShortRivers(in: piece, marks: marks)
      addShortWaters(in: piece, marks: marks)
      addDirectionHills(in: piece, marks: marks)
      addJoinedNames(in: piece, marks: marks)
      addKnownPlaceHighways(in: piece, marks: marks)
      addRouteCities(in: piece, marks: marks)
    }
    addForeignCities(in: pieces)
  }

  /// The first scalars of the road numbers `addNumberedHighways` finds.
  static let highwayClasses: ScalarSet = ["国", "省", "G", "S"]

  /// 国道308, 省道242, G318, S465: a road number after its class.
  mutating func addNumberedHighways(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    func digits(from start: Int) -> Int {
      var i = start
      while i < piece.count, ("0"..."9").contains(piece[i]) { i += 1 }
      return i - start
    }
    for i in marks.positions(of: .highwayClass) {
      if i + 2 < piece.count, piece[i + 1] == "道", piece[i] == "国" || piece[i] == "省" {
        let n = digits(from: i + 2)
        guard (2...4).contains(n) else { continue }
        add(name: ScalarText.string(piece[i..<(i + 2 + n)]), type: .road, parent: nil, forms: [])
      } else if piece[i] == "G" || piece[i] == "S" {
        // Three or four digits: G20 is a summit, G60 an expressway's brand.
        if i > 0, piece[i - 1].isASCII, piece[i - 1].properties.isAlphabetic { continue }
        let n = digits(from: i + 1)
        guard (3...4).contains(n) else { continue }
        let end = i + 1 + n
        if end < piece.count, piece[end].isASCII, piece[end].properties.isAlphabetic { continue }
        add(name: ScalarText.string(piece[i..<end]), type: .road, parent: nil, forms: [])
      }
    }
  }

  /// 渝东北, 闽西, 滇中: a province's initial and a direction.
  mutating func addDirectionRegions(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for i in marks.positions(of: .provinceInitial) {
      // 江苏中部, 四川西部: the initial ends a province's name; 服务京津中: a run's.
      if i > 0,
        entryOfForm[ScalarText.string(piece[(i - 1)...i])] != nil
          || PlaceLexicon.allProvinceInitials.contains(piece[i - 1])
      {
        continue
      }
      guard
        let direction = PlaceLexicon.directions.first(where: {
          PhraseIndex<Int>.endsWith(piece, $0, at: i + 1 + $0.count)
        })
      else { continue }
      let end = i + 1 + direction.count
      // 京东方, 东南亚: the direction begins another word.
      if end < piece.count, ["方", "亚", "欧", "非"].contains(piece[end]) { continue }
      let name = ScalarText.string(piece[i..<end])
      guard !PlaceLexicon.directionBrands.contains(name), entryOfForm[name] == nil else { continue }
      add(name: name, type: .region, parent: nil, forms: [])
    }
  }

  /// 京津保地区, 京雄保一体化, 厦漳泉都市圈: a run of two to four different initials
  /// of provinces and of the prefectures the text names, before a region word.
  mutating func addInitialRuns(
    in piece: [Unicode.Scalar], marks: ScalarMarks, initials: Set<Unicode.Scalar>
  ) {
    func isInitial(_ c: Unicode.Scalar) -> Bool {
      !PlaceLexicon.directionCharacters.contains(c)
        && (PlaceLexicon.allProvinceInitials.contains(c) || initials.contains(c))
    }
    // A bit test first: most positions start no region word, and trying all
    // ten there was this recogniser's hottest loop.
    for end in marks.positions(of: .regionWordFirst)
    where PlaceLexicon.regionWords.contains(where: {
      PhraseIndex<Int>.endsWith(piece, $0, at: end + $0.count)
    }) {
      var start = end
      while start > 0, end - start < 4, isInitial(piece[start - 1]) { start -= 1 }
      guard end - start >= 2, Set(piece[start..<end]).count == end - start else { continue }
      // The run is the whole word: 融入京津冀…, not 加快城乡一体化.
      if start > 0, entryOfForm[ScalarText.string(piece[(start - 1)..<end])] != nil { continue }
      let name = ScalarText.string(piece[start..<end])
      // A run that is itself a known place (保定, 成都) is that place.
      guard entryOfForm[name] == nil else { continue }
      add(name: name, type: .region, parent: nil, forms: [])
    }
  }

  /// Directions, never a place's initial in a run. Made once: a set made
  /// at every piece of every report was a three-hundredth of ingest
  /// (callgrind on Scripts/bench-ingest.sh).
  static let directionCharacters = ScalarSet(["东", "西", "南", "北", "中"] as [Unicode.Scalar])

  /// 京津保生命健康廊道: a run of three or four initials needs no region word
  /// when its first two are provinces' initials that are no common
  /// characters (港澳青年 is no region: 港 and 澳 are left out).
  /// The third and fourth initials stand for provinces or prefecture-level
  /// cities only (保 for 保定): a county's (高 of 高碑店) would make 京沪高铁 a region.
  mutating func addBareInitialRuns(
    in piece: [Unicode.Scalar], marks: ScalarMarks, prefectures: Set<Unicode.Scalar>
  ) {
    func isInitial(_ c: Unicode.Scalar) -> Bool {
      PlaceLexicon.allProvinceInitials.contains(c) || prefectures.contains(c)
    }
    var start = 0
    // The initials in order, those inside a run already looked at passed over:
    // a run can start nowhere else.
    for initial in marks.positions(of: .provinceInitial) where initial >= start {
      guard initial + 2 < piece.count else { break }
      start = initial
      guard PlaceLexicon.provinceInitials.contains(piece[start + 1]),
        start == 0 || !isInitial(piece[start - 1])
      else {
        start += 1
        continue
      }
      var end = start
      while end < piece.count, end - start < 5, isInitial(piece[end]) { end += 1 }
      defer { start = end }
      let run = piece[start..<end]
      guard (3...4).contains(run.count), Set(run).count == run.count,
        NameBoundary.start(
          in: piece, suffixStart: end, minimumStem: 0, maximumStem: run.count,
          cutsAtRunStart: true) == start
      else { continue }
      let name = ScalarText.string(run)
      // 京津冀 is in the region table; a known run, or one that a known run
      // begins (京津冀和…), is that place.
      guard entryOfForm[name] == nil, entryOfForm[ScalarText.string(run.prefix(3))] == nil,
        !PlaceLexicon.regionWords.contains(where: {
          PhraseIndex<Int>.endsWith(piece, $0, at: end + $0.count)
        })
      else { continue }
      add(name: name, type: .region, parent: nil, forms: [])
    }
  }

  /// First characters of the provinces and prefecture-level units the lexicon
  /// holds: a city whose parent is a province, or a province-level city.
  func prefectureInitials() -> Set<Unicode.Scalar> {
    let provinces: Set<PlaceType> = [.province, .autonomousRegion, .specialAdministrativeRegion]
    let prefectureLevel: Set<PlaceType> = [.city, .prefecture, .area, .league]
    var result: Set<Unicode.Scalar> = []
    for entry in entries {
      let parentType = entry.parent.flatMap { entryOfForm[$0] }.map { entries[$0].type }
      let isPrefecture =
        provinces.contains(entry.type)
        || (prefectureLevel.contains(entry.type)
          && (entry.parent == nil || parentType.map(provinces.contains) == true))
      guard isPrefecture else { continue }
      for form in entry.forms {
        if let first = form.unicodeScalars.first { result.insert(first) }
      }
    }
    return result
  }

  /// Types of units whose first character stands for them in a run (保 for
  /// 保定市, 雄 for 雄安新区): every administrative level above the town.
  static let prefectureTypes: Set<PlaceType> = [
    .province, .autonomousRegion, .city, .prefecture, .area, .league, .specialAdministrativeRegion,
    .district, .county, .banner,
  ]

  /// 闽江流域, 府河水系: a river with a one-character stem, as a word of its own
  /// and followed by what is said of rivers (or by a list mark).
  mutating func addShortRivers(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for i in marks.positions(of: .river, from: 1) {
      let stem = piece[i - 1]
      guard stem.isIdeographic, !PlaceLexicon.genericRiverStems.contains(stem),
        let start = NameBoundary.start(
          in: piece, suffixStart: i, minimumStem: 1, maximumStem: 1, nameEnd: i + 1,
          cutsAtRunStart: true),
        start == i - 1
      else { continue }
      let after = i + 1
      // chongqing-2026 "乌江彭水": a known place right after names a stretch of the river.
      let ends =
        after >= piece.count || NameBoundary.isStop(piece[after])
        || JoiningWords.isConjunction(piece[after])
        || PlaceLexicon.riverFollowers.contains(where: {
          PhraseIndex<Int>.endsWith(piece, $0, at: after + $0.count)
        }) || knownNameStarts(in: piece, at: after)
      guard ends else { continue }
      let name = ScalarText.string(piece[(i - 1)...i])
      guard entryOfForm[name] == nil, !PlaceSuffixes.genericNames.contains(name) else { continue }
      add(name: name, type: .water, parent: nil, forms: [])
    }
  }
}
