// PlaceShapes.swift: more places that no suffix rule gives, found by their
// shape: lakes with a one-character stem (洱海, 滇池), hills named by a
// direction (北山), names joined by a dash (雄安-郑州高速), highways named
// after a known place (太行山高速), and foreign cities after their country
// (蒙古国东方省乔巴山市) or on an international route (至乌兰乌德国际航线).
import BaogaoGraph

extension PlaceLexicon {
  /// Water words with a one-character stem, and the stems that make each a
  /// common word (大海, 沿海, 人海, 电池, 水池).
  static let shortWaterStems: [Unicode.Scalar: ScalarSet] = [
    "海": ScalarSet(
      [
        "大", "沿", "近", "远", "入", "出", "航", "临", "环", "跨", "填", "深", "浅", "公", "内", "外",
        "上", "下", "人", "火", "林", "云", "花", "雪", "茶", "学", "商", "苦", "血", "领", "东", "西",
        "南", "北", "中", "四", "归", "望", "观", "看", "护", "渡", "靠", "碧", "蓝", "沧", "瀚", "静",
        "滨", "陆", "江", "河", "湖", "山", "用", "赶", "下", "注", "淡", "脑", "心", "文", "题", "情",
      ] as [Unicode.Scalar]),
    "池": ScalarSet(
      [
        "电", "水", "泳", "鱼", "城", "蓄", "浴", "舞", "墨", "酒", "瑶", "天", "差", "污", "沉", "化",
        "莲", "荷", "清", "储", "用", "资", "金", "一", "两", "各", "大", "小", "盐",
        // Basins of a works: anguo-2022 "提升泵池、曝气生物滤池…消毒池".
        "泵", "滤", "毒", "淀", "泥", "粪", "药",
      ] as [Unicode.Scalar]),
  ]

  /// The water words of `shortWaterStems`: a bit test at every character
  /// instead of hashing it for the dictionary (perf on Scripts/bench-ingest.sh).
  static let shortWaterWords = ScalarSet(shortWaterStems.keys)

  /// The word of a hill named by a direction (`addDirectionHills`).
  static let hillWords: ScalarSet = ["山"]

  /// Characters of direction that name a hill with 山 (北山, 南山).
  static let hillDirections = ScalarSet(["东", "西", "南", "北"] as [Unicode.Scalar])

  /// Characters after 山 that make it another word: 山区, 山水, 山地, 再起.
  static let hillNonFinal: ScalarSet = ["再", "高", "上", "下", "东", "西", "南", "北"]

  /// Marks that join two names into one (雄安-郑州高速, 磨憨—磨丁经济合作区).
  static let joinMarks: ScalarSet = ["-", "－", "—", "–", "―"]

  /// Endings of a dash-joined place and its type; rail lines and pipelines
  /// joined so are projects (Projects finds them).
  static let joinedSuffixes: [(suffix: [Unicode.Scalar], type: PlaceType)] = [
    ("经济合作区", PlaceType.block), ("高速公路", .road), ("高速", .road), ("公路", .road), ("大道", .road),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// Characters after 高速 that make it speed, not a road: 高速发展, 高速增长.
  static let speedFollowers: ScalarSet = [
    "发", "增", "成", "运", "度", "化", "扩", "推", "崛", "飞", "铁", "列", "动", "率", "档", "行",
    "服", "出", "收", "通",
  ]

  /// Words after a foreign province's name (东方省, 阿穆尔州).
  static let foreignProvinceWords: [Unicode.Scalar] = ["省", "州", "邦"]

  /// Route words whose cities are abroad: 开通海拉尔至乌兰乌德、伊尔库茨克国际航线.
  static let internationalRoutes: [[Unicode.Scalar]] = [
    "国际航线", "国际班列", "国际航班", "国际货运航线", "国际客运航线", "国际联运",
  ].map { Array($0.unicodeScalars) }

  /// The first scalars of `internationalRoutes`.
  static let routeFirsts = ScalarSet(internationalRoutes.compactMap(\.first))

  /// True when a known form of two scalars or more starts at `start`.
  func knownNameStarts(in piece: [Unicode.Scalar], at start: Int) -> Bool {
    for end in (start + 2)...(start + PlaceLexicon.longestForm) where end <= piece.count {
      if entryOfForm[ScalarText.string(piece[start..<end])] != nil { return true }
    }
    return false
  }

  /// The one-character stem before `i` stands as a word of its own: a stop, a
  /// function character or a verb ends what comes before it.
  static func standsAlone(_ piece: [Unicode.Scalar], stemAt i: Int) -> Bool {
    i >= 0 && piece[i].isIdeographic
      && NameBoundary.start(
        in: piece, suffixStart: i + 1, minimumStem: 1, maximumStem: 1, nameEnd: i + 2,
        cutsAtRunStart: true) == i
  }

  /// 滇池、洱海: a lake with a one-character stem, standing as a word before a
  /// stop or a list mark, or after another such lake in a 、 list.
  mutating func addShortWaters(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    var acceptedEnds: Set<Int> = []
    for i in marks.positions(of: .shortWater, from: 1) {
      guard let generic = PlaceLexicon.shortWaterStems[piece[i]]
      else { continue }
      let stem = piece[i - 1]
      guard !generic.contains(stem), !PlaceLexicon.genericRiverStems.contains(stem),
        PlaceLexicon.standsAlone(piece, stemAt: i - 1)
      else { continue }
      let after = i + 1
      let ends =
        after >= piece.count || NameBoundary.isStop(piece[after])
        || JoiningWords.isConjunction(piece[after])
      let listed = i >= 3 && piece[i - 2] == JoiningWords.listComma && acceptedEnds.contains(i - 2)
      guard ends || listed else { continue }
      let name = ScalarText.string(piece[(i - 1)...i])
      guard entryOfForm[name] == nil || entries[entryOfForm[name] ?? 0].type == .water,
        !PlaceSuffixes.genericNames.contains(name)
      else { continue }
      acceptedEnds.insert(after)
      if entryOfForm[name] == nil { add(name: name, type: .water, parent: nil, forms: []) }
    }
  }

  /// 办事处北山农业园区, 优化南山、…片区: a direction and 山 as a word of its own.
  mutating func addDirectionHills(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for i in marks.positions(of: .hill, from: 1) {
      let stem = piece[i - 1]
      guard PlaceLexicon.hillDirections.contains(stem),
        PlaceLexicon.standsAlone(piece, stemAt: i - 1),
        // 东北山区, 河北山区: the direction ends another name.
        i < 2 || !PlaceLexicon.hillDirections.contains(piece[i - 2])
      else { continue }
      let after = i + 1
      if after < piece.count,
        PlaceSuffixes.nonFinalFollowers.contains(piece[after])
          || PlaceLexicon.hillNonFinal.contains(piece[after])
      {
        continue
      }
      if i >= 2, entryOfForm[ScalarText.string(piece[(i - 2)..<i])] != nil { continue }
      // 东山组团, 西山湿地: a place suffix follows, and the suffix rule names the place.
      if PlaceLexicon.rules.contains(where: {
        PhraseIndex<Int>.endsWith(piece, $0.suffix, at: after + $0.suffix.count)
      }) {
        continue
      }
      let name = ScalarText.string(piece[(i - 1)...i])
      guard entryOfForm[name] == nil else { continue }
      add(name: name, type: .mountain, parent: nil, forms: [])
    }
  }

  /// 雄安-郑州高速, 磨憨—磨丁经济合作区: two names of two to four characters
  /// joined by one dash mark (a doubled one, ——, is punctuation), and a road's
  /// or a zone's ending.
  mutating func addJoinedNames(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for d in marks.positions(of: .joinMark) {
      guard d > 0, d + 1 < piece.count, !PlaceLexicon.joinMarks.contains(piece[d - 1]),
        !PlaceLexicon.joinMarks.contains(piece[d + 1]),
        let start = NameBoundary.start(
          in: piece, suffixStart: d, minimumStem: 2, maximumStem: 4, cutsAtRunStart: true),
        piece[start..<d].allSatisfy({ $0.isIdeographic })
      else { continue }
      for stem in 2...4 {
        let suffixStart = d + 1 + stem
        guard suffixStart < piece.count,
          piece[(d + 1)..<suffixStart].allSatisfy({ $0.isIdeographic }),
          let joined = PlaceLexicon.joinedSuffixes.first(where: {
            PhraseIndex<Int>.endsWith(piece, $0.suffix, at: suffixStart + $0.suffix.count)
          })
        else { continue }
        let end = suffixStart + joined.suffix.count
        if end < piece.count, PlaceLexicon.speedFollowers.contains(piece[end]) { break }
        let name = ScalarText.string(piece[start..<end])
        if entryOfForm[name] == nil { add(name: name, type: joined.type, parent: nil, forms: []) }
        break
      }
    }
  }

  /// 高速 and 公路 (高速公路) as scalars, made once, not at every piece and 高速;
  /// and the first scalar of 高速.
  static let highway = Array("高速".unicodeScalars)
  static let highwayRoad = Array("公路".unicodeScalars)
  static let highwayFirsts: ScalarSet = ["高"]

  /// 太行山高速: a highway named by a known place's whole name (京雄高速, a
  /// pair of initials, is a project).
  mutating func addKnownPlaceHighways(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for i in marks.positions(of: .highwayFirst) {
      guard PhraseIndex<Int>.endsWith(piece, PlaceLexicon.highway, at: i + 2) else { continue }
      var end = i + 2
      if PhraseIndex<Int>.endsWith(piece, PlaceLexicon.highwayRoad, at: end + 2) { end += 2 }
      if end < piece.count, end == i + 2, PlaceLexicon.speedFollowers.contains(piece[end]) {
        continue
      }
      guard
        let start = NameBoundary.start(
          in: piece, suffixStart: i, minimumStem: 2, maximumStem: 5, cutsAtRunStart: true),
        let entry = entryOfForm[ScalarText.string(piece[start..<i])],
        entries[entry].type != .country
      else { continue }
      let name = ScalarText.string(piece[start..<end])
      if entryOfForm[name] == nil { add(name: name, type: .road, parent: nil, forms: []) }
    }
  }

  /// 蒙古国东方省乔巴山市, 俄罗斯赤塔市: a city of two to four characters after a
  /// country's name, with or without its province between.
  /// China's own name is no foreign country's.
  mutating func addForeignCities(in pieces: [[Unicode.Scalar]]) {
    let countries = entries.indices.filter {
      entries[$0].type == .country && !entries[$0].forms.contains("中国")
    }
    guard !countries.isEmpty else { return }
    let index = PhraseIndex(countries.flatMap { c in entries[c].forms.map { ($0, c) } })
    for piece in pieces { addForeignCities(in: piece, countries: index) }
  }

  private mutating func addForeignCities(in piece: [Unicode.Scalar], countries: PhraseIndex<Int>) {
    for match in countries.matches(in: piece) {
      var start = match.range.upperBound
      // A province first: 东方省.
      for length in 2...4 where start + length < piece.count {
        if PlaceLexicon.foreignProvinceWords.contains(piece[start + length]),
          piece[start..<(start + length)].allSatisfy({ $0.isIdeographic })
        {
          start += length + 1
          break
        }
      }
      for length in 2...4 where start + length < piece.count && piece[start + length] == "市" {
        let stem = piece[start..<(start + length)]
        guard stem.allSatisfy({ $0.isIdeographic }),
          !stem.contains(where: { NameBoundary.functionCharacters.contains($0) })
        else { break }
        let name = ScalarText.string(piece[start...(start + length)])
        if entryOfForm[name] == nil, entryOfForm[ScalarText.string(stem)] == nil {
          add(name: name, type: .foreignCity, parent: nil, forms: [])
        }
        break
      }
    }
  }

  /// The words before a route's destinations: 至, 到.
  static let routeMarks: ScalarSet = ["至", "到"]

  /// 开通海拉尔至乌兰乌德、伊尔库茨克国际航线: the cities after 至 on an
  /// international route are abroad when the lexicon does not know them.
  mutating func addRouteCities(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for i in marks.positions(of: .routeMark) {
      var end = i + 1
      while end < piece.count, end - i <= PlaceLexicon.maximumListSpan,
        piece[end].isIdeographic || piece[end] == JoiningWords.listComma
      {
        end += 1
      }
      // No route can start before the first of their first scalars: trying
      // every route at every place after each 至 and 到 was most of this
      // function (callgrind on the 2 MB bench-ingest).
      guard let firstAt = PlaceLexicon.routeFirsts.firstIndex(in: piece, from: i + 1),
        firstAt < end,
        let route = PlaceLexicon.internationalRoutes.first(where: { route in
          (firstAt..<end).contains(where: {
            PhraseIndex<Int>.endsWith(piece, route, at: $0 + route.count)
          })
        }),
        let routeStart = (firstAt..<end).first(where: {
          PhraseIndex<Int>.endsWith(piece, route, at: $0 + route.count)
        })
      else { continue }
      let items = piece[(i + 1)..<routeStart].split(separator: JoiningWords.listComma)
      // An item that holds a function character (至俄罗斯的) or begins with a
      // known place (至俄罗斯远东) is no city's name.
      for item in items where (2...6).contains(item.count) {
        let scalars = Array(item)
        guard !scalars.contains(where: { NameBoundary.functionCharacters.contains($0) }),
          !knownNameStarts(in: scalars, at: 0)
        else { continue }
        let name = ScalarText.string(scalars)
        add(name: name, type: .foreignCity, parent: nil, forms: [])
      }
    }
  }
}
