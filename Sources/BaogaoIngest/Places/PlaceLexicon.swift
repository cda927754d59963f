// PlaceLexicon.swift: the place names one report may use, and their counts.
// Collects names from the gazetteer (around the locality), the region table,
// suffix rules and place lists (竹山门、小洋岙等区块), each with every written form;
// then counts forms in the text, longest match first, so 城北 inside 环城北路
// is no mention of 城北.
import BaogaoGraph

/// A place found in a report.
struct FoundPlace: Sendable, Hashable {
  var name: String
  var type: PlaceType
  var parent: String?
  var mentions: Int
  /// Every form the place is known by (定海, 定海区).
  var forms: [String]
}

struct PlaceLexicon {
  struct Entry {
    var name: String
    var type: PlaceType
    var parent: String?
    var forms: [String]
  }

  private(set) var entries: [Entry] = []
  /// Entry index of every form; a form keeps the first entry that claimed it.
  private(set) var entryOfForm = TextTable<Int>()
  /// A bit per first two scalars of every form (`PhraseIndex.headBit`), so
  /// `startsKnownName` builds and hashes no String where no form can start.
  private var formHeadBits = [UInt64](repeating: 0, count: PhraseIndex<Int>.headBitWords)

  /// Claims `form` for entry `index`.
  private mutating func claim(_ form: String, for index: Int) {
    entryOfForm[form] = index
    var scalars = form.unicodeScalars.makeIterator()
    if let a = scalars.next(), let b = scalars.next() {
      let bit = PhraseIndex<Int>.headBit(a, b)
      formHeadBits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// Adds a place or, when its name is already a form of one, new forms of it.
  mutating func add(name: String, type: PlaceType, parent: String?, forms: [String]) {
    let all = [name] + forms
    if let existing = all.compactMap({ entryOfForm[$0] }).first {
      for form in all where entryOfForm[form] == nil {
        claim(form, for: existing)
        entries[existing].forms.append(form)
      }
      return
    }
    let index = entries.count
    var kept: [String] = []
    for form in all where entryOfForm[form] == nil && !kept.contains(form) {
      claim(form, for: index)
      kept.append(form)
    }
    entries.append(Entry(name: name, type: type, parent: parent, forms: kept))
  }

  /// Short names that are also common words, so they only count in full
  /// (城关镇, 郊区) unless they name a unit of the report's own locality.
  static let ambiguousShortNames: TextSet = [
    "城关", "城区", "郊区", "矿区", "新区", "城中", "城东", "城西", "城南", "城北", "东区", "西区",
    "南区", "北区", "中区", "河东", "河西", "新华", "长安", "和平", "解放", "开发", "新城", "江山",
    "临海", "路桥", "天台", "三门", "开化", "平安", "永安", "东方", "白山", "青山", "新市", "高新",
    "新北", "黑山", "前进", "建设", "胜利", "健康", "奋斗", "人民", "团结", "友谊", "幸福", "光明",
    "红旗", "东风", "民主", "建国", "新兴", "振兴", "繁荣", "文化", "工业", "向阳", "朝阳", "先锋",
    "育才", "城郊", "新村", "中心", "新港", "开发区", "农场", "林场", "街道", "北京路", "中山",
    // Counties a province report reaches (their short forms are added there) whose
    // short names are ordinary words: 富民县 (富民政策), 无为县, 公安县, 合作市.
    "富民", "平和", "清流", "大方", "合作", "通道", "前锋", "共和", "友好", "新民", "太平",
    "南部", "延长", "无为", "惠民", "和顺", "兴业", "乐业", "同心", "宁安", "公安", "中方",
    "元宝", "大安", "大观", "同德", "兴国", "进贤", "万全", "大城", "定远", "名山", "宏伟",
    // Words first: 综合保税区 (衡阳综合保税区's short form, chongqing-2026);
    // 中沙 of 中沙古雷乙烯 (China and Saudi Arabia, fujian-2026), not the islands.
    "保税区", "中沙",
  ]

  /// County-level types whose short form a province report uses (not 区).
  static let shortCountyTypes: Set<PlaceType> = [.county, .city, .banner]

  /// Ambiguous short names that still name a unit of the report's own locality.
  static let directionalShortNames: TextSet = [
    "城东", "城西", "城南", "城北", "城中", "城关", "河东", "河西",
  ]

  /// Full names that are also phrases (前进区 in 向前进区…, 城区): never matched.
  static let ambiguousFullNames: TextSet = [
    "前进区", "城区", "郊区", "矿区", "新区", "东区", "西区", "南区", "北区", "中区", "黑山",
  ]

  /// Names from the gazetteer: every province and prefecture, county-level
  /// units by full name, countries, and around the locality its siblings and
  /// children with their short forms (金塘 for 金塘镇 under 定海区).
  /// `named` holds the gazetteer names found in each piece (`allMatches`).
  mutating func addGazetteer(
    _ gazetteer: Gazetteer, around locality: Int?, pieces: [[Unicode.Scalar]],
    named pieceNames: [[(range: Range<Int>, values: [Int])]]
  ) {
    let units = gazetteer.units
    func shortForm(_ unit: GazetteerUnit, local: Bool) -> String? {
      guard unit.short.unicodeScalars.count >= 2, unit.short != unit.name else { return nil }
      // Ordinary words (建设 of 建设街道, hailaer-2016) name no place even locally;
      // directions (城东 of 城东街道) do, within the locality.
      if PlaceLexicon.ambiguousShortNames.contains(unit.short),
        !local || !PlaceLexicon.directionalShortNames.contains(unit.short)
      {
        return nil
      }
      return unit.short
    }
    func addUnit(_ unit: GazetteerUnit, short: Bool, local: Bool = false) {
      if PlaceLexicon.ambiguousFullNames.contains(unit.name) { return }
      let form = short ? shortForm(unit, local: local) : nil
      let parent = unit.parent.map { units[$0].short }
      self.add(name: form ?? unit.name, type: unit.type, parent: parent, forms: [unit.name])
    }
    // Towns and villages only when the text may name them by either form:
    // one it does not name adds an entry that never counts, and its forms
    // are looked up only as pieces of the text (every later rule asks for
    // substrings), so skipping it changes nothing but the time.
    let pairs = ScalarPairs(pieces)
    func mayName(_ name: ArraySlice<UInt8>, _ short: ArraySlice<UInt8>) -> Bool {
      pairs.mayContain(utf8: name) || pairs.mayContain(utf8: short)
    }
    // The locality's own family first: its forms win over namesakes elsewhere.
    if let locality, units.indices.contains(locality) {
      addUnit(units[locality], short: true, local: true)
      for ancestor in gazetteer.ancestors(of: locality) { addUnit(units[ancestor], short: true) }
      if let parent = units[locality].parent {
        for sibling in gazetteer.children(of: parent) where units[sibling].type != .developmentZone
        {
          addUnit(units[sibling], short: true)
        }
      }
      for town in gazetteer.towns(of: locality, keeping: mayName) {
        addUnit(town, short: true, local: true)
      }
      // Villages by their full name (许村): their stems are too short, or too long
      // for the suffix rule; villages elsewhere in the country are not looked for.
      let county = units[locality].short
      for village in gazetteer.villages(of: locality, keeping: pairs.mayContain(utf8:))
      where !PlaceSuffixes.genericNames.contains(village) {
        add(name: village, type: .village, parent: county, forms: [])
      }
      for child in gazetteer.children(of: locality) where units[child].type != .developmentZone {
        addUnit(units[child], short: true, local: true)
        for town in gazetteer.towns(of: child, keeping: mayName) { addUnit(town, short: false) }
        // A province report names its counties and county-level cities short
        // (fujian-2026: "三明、石狮、上杭获评…"); its urban districts stay in full.
        if !gazetteer.isCounty(locality) {
          for grandchild in gazetteer.children(of: child)
          where PlaceLexicon.shortCountyTypes.contains(units[grandchild].type) {
            addUnit(units[grandchild], short: true)
          }
        }
      }
    }
    // Elsewhere only the units the text names: adding all 3 700 would cost more
    // than the whole rest of ingest.
    var named: Set<Int> = []
    // Counties whose short form follows the name of a unit above them
    // (boye-2024 "对标对表浙江三门"): the pair shows the short form is the county.
    var attested: Set<Int> = []
    for matches in pieceNames {
      var previous: (end: Int, values: [Int])?
      for match in matches {
        named.formUnion(match.values)
        if let previous, previous.end == match.range.lowerBound {
          for unit in match.values
          where gazetteer.isCounty(unit)
            && !Set(gazetteer.ancestors(of: unit)).isDisjoint(with: previous.values)
          {
            attested.insert(unit)
          }
        }
        previous = (match.range.upperBound, match.values)
      }
    }
    for index in named.sorted() {
      let unit = units[index]
      switch unit.type {
      case .country:
        // 蒙古国 is a form of 蒙古: the official name's row points at the country's.
        let country = unit.parent.map { units[$0] } ?? unit
        self.add(name: country.name, type: unit.type, parent: nil, forms: [unit.name])
      case .foreignCity: addUnit(unit, short: false)
      case .developmentZone: continue
      default:
        // A county has towns; a province or prefecture has none of its own.
        if !gazetteer.isCounty(index) {
          addUnit(unit, short: true)
        } else if attested.contains(index), unit.short.unicodeScalars.count >= 2 {
          self.add(
            name: unit.short, type: unit.type, parent: unit.parent.map { units[$0].short },
            forms: [unit.name])
        } else if unit.name.unicodeScalars.count >= 3 {
          addUnit(unit, short: false)
        }
      }
    }
  }

  mutating func addRegions() {
    for region in PlaceSuffixes.regions {
      add(name: region.name, type: region.type, parent: nil, forms: [])
    }
  }

  /// Scalars that end some suffix, to skip most positions quickly.
  static let suffixEnds = ScalarSet(
    PlaceSuffixes.rules.compactMap { $0.suffix.unicodeScalars.last })
  static let rules: [(suffix: [Unicode.Scalar], rule: PlaceSuffix)] = PlaceSuffixes.rules
    .map { (Array($0.suffix.unicodeScalars), $0) }
  /// `rules`' suffixes alone, in the same order, by last scalar.
  static let ruleSuffixes = SuffixTable(rules.map(\.suffix))

  /// Names made of a stem and a place suffix (横河路, 马岙港区, 柳行社区).
  /// `marks` are the piece's `PlaceLexicon.marks(in:)`.
  mutating func addSuffixNames(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for end in marks.positions(of: .suffixEnd) {
      let after = end + 1
      if after < piece.count, PlaceSuffixes.nonFinalFollowers.contains(piece[after]),
        !PlaceSuffixes.finalPairs.contains(where: {
          PhraseIndex<Int>.endsWith(piece, $0, at: after + $0.count)
        })
      {
        continue
      }
      // The suffixes alone, by index, and the rule copied out only once its
      // suffix is written: reading `rules[k].suffix` copied the whole
      // (suffix, rule) pair, retaining and releasing all its arrays at every
      // suffix ending (perf on Scripts/bench-ingest.sh).
      // The first rule whose suffix is written decides.
      guard let k = PlaceLexicon.ruleSuffixes.first(endingAt: after, in: piece) else { continue }
      let (suffix, rule) = PlaceLexicon.rules[k]
      let suffixStart = after - suffix.count
      if after < piece.count, rule.nonFinalFollowers.contains(piece[after]) { continue }
      // 河 of 河北: a known name that starts inside the suffix and runs on.
      if startsKnownName(in: piece, from: suffixStart, beyond: after) { continue }
      // The longest suffix that is written decides, even when it yields no name.
      // Room for a known place in front (册子大皇山); the stem's own limit
      // is checked once that place is split off.
      if let start = NameBoundary.start(
        in: piece, suffixStart: suffixStart, minimumStem: rule.minimumStem,
        maximumStem: rule.maximumStem + PlaceLexicon.maximumPrefix, nameEnd: after)
      {
        addSuffixName(stem: Array(piece[start..<suffixStart]), rule: rule)
      }
    }
  }

  private mutating func addSuffixName(stem: [Unicode.Scalar], rule: PlaceSuffix) {
    var stemText = ScalarText.string(stem)
    let isRoadNumber = rule.suffix == "国道" || rule.suffix == "省道"
    if isRoadNumber {
      // 329国道, G329国道: a road number, not a name.
      guard stem.allSatisfy({ $0.properties.numericType != nil || ("A"..."Z").contains($0) })
      else { return }
    } else if rule.numberStem, stem.allSatisfy({ PlaceLexicon.isNumeral($0) }) {
      // 626小河, 六二六小河: a numbered stream; 两条小河 has a measure word.
    } else {
      // The shared endings by scalars: String.hasSuffix compares by Character
      // and was a tenth of this recogniser. The stem is all ideographs, so a
      // scalar suffix is a Character suffix.
      guard stem.allSatisfy({ $0.isIdeographic }),
        !PlaceSuffixes.genericNames.contains(stemText + rule.suffix),
        !PlaceSuffixes.genericStemStarts.contains(where: { stemText.startsWithWord($0) }),
        !PlaceLexicon.genericStemEndings.contains(where: {
          PhraseIndex<Int>.endsWith(stem, $0, at: stem.count)
        }),
        !rule.genericStemEndings.contains(where: { stemText.endsWithWord($0) })
      else { return }
    }
    for scope in PlaceSuffixes.leadingScopes
    where stemText.startsWithWord(scope)
      && stemText.unicodeScalars.count >= scope.unicodeScalars.count + 2
    {
      stemText = String(stemText.unicodeScalars.dropFirst(scope.unicodeScalars.count))
      break
    }
    // A name that keeps its place begins with it: 建好武夷山国家公园 is 武夷山国家公园.
    if rule.keepsPlace, stemText.unicodeScalars.count > rule.maximumStem,
      let start = firstKnownPlace(in: stemText)
    {
      stemText = String(stemText.unicodeScalars.dropFirst(start))
    }
    let whole = stemText + rule.suffix
    if entryOfForm[whole] != nil { return }
    // 焦作市山…: a full administrative name plus a suffix is no feature's name
    // (features take the short form: 定海湾).
    if let entry = entryOfForm[stemText], entries[entry].name != stemText { return }
    // A known name that ends the word and is longer than the suffix is that
    // place, not a new one: 四个舟山 is 舟山, not a mountain.
    if endsWithKnownName(whole, longerThan: rule.suffix.unicodeScalars.count) { return }
    // A known place in front is the parent; with a stem of its own left, the
    // name is that stem (岑港烟墩 → 烟墩 in 岑港, 册子大皇山 → 大皇山 in 册子).
    let parent = rule.keepsPlace ? nil : knownPrefix(of: stemText)
    if let prefix = parent.flatMap({ p in
      entries[entryOfForm[p] ?? 0].forms.first { stemText.startsWithWord($0) && $0 != stemText }
    }) {
      // 上海张江: one character left is a word cut wrongly, not a name.
      guard stemText.unicodeScalars.count - prefix.unicodeScalars.count >= 2 else { return }
      stemText = String(stemText.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
    }
    guard stemText.unicodeScalars.count <= rule.maximumStem else { return }
    let name = stemText + rule.suffix
    if entryOfForm[name] != nil { return }
    if rule.dropsSuffix {
      add(name: stemText, type: rule.type, parent: parent, forms: [name])
    } else if rule.mergesWithStem, parent == nil,
      entryOfForm[stemText].map({ entries[$0].type == rule.type }) ?? true
    {
      // 小洋岙工业区 is also written 小洋岙: one place (merged when 小洋岙 is known).
      add(name: name, type: rule.type, parent: parent, forms: [stemText])
    } else {
      add(name: name, type: rule.type, parent: parent, forms: [])
    }
  }

  /// `PlaceSuffixes.genericStemEndings` as scalars, for `addSuffixName`.
  static let genericStemEndings = PlaceSuffixes.genericStemEndings.map {
    Array($0.unicodeScalars)
  }

  /// True when a known form starts in `from..<beyond` and ends after `beyond`.
  func startsKnownName(in piece: [Unicode.Scalar], from: Int, beyond: Int) -> Bool {
    guard beyond < piece.count, piece[beyond].isIdeographic else { return false }
    for start in from..<beyond {
      // Forms looked for here have two scalars at least (they end at `beyond`
      // or later), so their first two must be a known head.
      guard start >= 0, start + 1 < piece.count else { continue }
      let bit = PhraseIndex<Int>.headBit(piece[start], piece[start + 1])
      guard formHeadBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
      for end in start..<min(piece.count, start + PlaceLexicon.longestForm) where end >= beyond {
        if entryOfForm[ScalarText.string(piece[start...end])] != nil { return true }
      }
    }
    return false
  }

  /// Longest form looked for by `startsKnownName`.
  static let longestForm = 8

  /// Longest known place looked for in front of a suffix name.
  static let maximumPrefix = 3

  /// True when some known form longer than `length` ends `text`.
  func endsWithKnownName(_ text: String, longerThan length: Int) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count > length + 1 else { return false }
    for start in 1...(scalars.count - length - 1) {
      if entryOfForm[ScalarText.string(scalars[start...])] != nil { return true }
    }
    return false
  }

  /// The offset of the first known place form of two scalars or more in `text`.
  func firstKnownPlace(in text: String) -> Int? {
    let scalars = Array(text.unicodeScalars)
    for start in scalars.indices {
      for end in (start + 2)...max(start + 2, scalars.count) where end <= scalars.count {
        if entryOfForm[ScalarText.string(scalars[start..<end])] != nil { return start }
      }
    }
    return nil
  }

  /// The name of the longest known place the text starts with, if shorter than it.
  func knownPrefix(of text: String) -> String? {
    var best: String?
    var prefix = ""
    for c in text.unicodeScalars.dropLast() {
      prefix.unicodeScalars.append(c)
      // A region in front is part of the name (川渝高竹新区), no parent.
      if let entry = entryOfForm[prefix], entries[entry].type != .region {
        best = entries[entry].name
      }
    }
    return best
  }

  /// Items of a list that a place word closes: 竹山门、小洋岙工业区等13个区块 (dinghai-2018),
  /// 长白、盘峙等地. The word after 等 gives their type.
  /// `marks` are the piece's `PlaceLexicon.marks(in:)`.
  mutating func addListItems(in piece: [Unicode.Scalar], marks: ScalarMarks) {
    for marker in marks.positions(of: .listMarker) {
      let end: Int
      let type: PlaceType
      if piece[marker] == "等" {
        guard let t = PlaceLexicon.classifierType(in: piece, after: marker + 1) else { continue }
        (end, type) = (marker, t)
      } else if PlaceLexicon.isNumeral(piece[marker]), marker > 0,
        !PlaceLexicon.isNumeral(piece[marker - 1]), piece[marker - 1] != "等",
        let t = PlaceLexicon.classifierType(in: piece, after: marker, needsCount: true)
      {
        (end, type) = (marker, t)  // 城南、城北、青垒头路3所学校
      } else {
        continue
      }
      let items = PlaceLexicon.listItems(in: piece, endingAt: end)
      // Without 等, or with the loose 等地, one item is too little evidence (“项目等地”, boye-2024).
      if piece[marker] != "等" || type == .area, items.count < 2 { continue }
      for item in items {
        var name = ScalarText.string(item)
        // An item with a place suffix (小洋岙工业区, 和平路) is the suffix rules' to judge.
        guard item.allSatisfy({ $0.isIdeographic }),
          !PlaceLexicon.rules.contains(where: {
            name.endsWithWord(ScalarText.string($0.suffix))
          }),
          !PlaceSuffixes.genericNames.contains(name),
          !PlaceSuffixes.genericStemEndings.contains(where: { name.endsWithWord($0) }),
          entryOfForm[name] == nil
        else { continue }
        let parent = knownPrefix(of: name)
        if let parent,
          let prefix = entries[entryOfForm[parent] ?? 0].forms.first(where: {
            name.startsWithWord($0)
          })
        {
          // 金塘大丰 → 大丰 in 金塘; a known place plus one character is no name.
          let rest = name.unicodeScalars.count - prefix.unicodeScalars.count
          guard rest >= 2 else { continue }
          name = String(name.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
          if entryOfForm[name] != nil { continue }
        }
        add(name: name, type: type, parent: parent, forms: [])
      }
    }
  }

  /// 等 and the scalars `isNumeral` takes (a test compares them for every
  /// scalar): where `addListItems` looks for a list's end, so its scan is
  /// `ScalarSet.firstIndex`'s.
  static let listMarkers = ScalarSet(
    ["等", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "千"]
      + (UInt32(0x30)...0x39).compactMap(Unicode.Scalar.init)
      + (UInt32(0xFF10)...0xFF19).compactMap(Unicode.Scalar.init))

  /// Digits (ASCII and full-width) and the Chinese numerals of counts
  /// (等十三个区块). A switch, not a `static let` set: asked of most scalars
  /// of a report, the global's once-check and the set's bitmap read were a
  /// per cent of ingest (perf on Scripts/bench-ingest.sh).
  static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "0"..."9", "０"..."９", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百",
      "千":
      return true
    default:
      return false
    }
  }

  static let measureWords = ScalarSet(["个", "条", "处", "座", "家", "片", "所"] as [Unicode.Scalar])

  /// The place type named after a list's 等, skipping a count (等13个区块).
  static func classifierType(
    in piece: [Unicode.Scalar], after start: Int, needsCount: Bool = false
  ) -> PlaceType? {
    var i = start
    while i < piece.count, isNumeral(piece[i]), i - start < 4 { i += 1 }
    if i > start, i < piece.count, measureWords.contains(piece[i]) {
      i += 1
    } else if needsCount {
      return nil
    }
    // chongqing-2026 "南山、寸滩国际新城等重点片区": a word of rank before the classifier.
    if let rank = classifierRanks.first(where: {
      PhraseIndex<Int>.endsWith(piece, $0, at: i + $0.count)
    }) {
      i += rank.count
    }
    for (word, scalars, type) in classifiers {
      guard PhraseIndex<Int>.endsWith(piece, scalars, at: i + scalars.count) else { continue }
      // 等地实现 is a list of places, 等地方 … not: the classifier must end a word.
      let next = i + scalars.count
      if next < piece.count, word == "地", PlaceSuffixes.compoundsOfDi.contains(piece[next]) {
        return nil
      }
      if next < piece.count, piece[next].isIdeographic, scalars.count == 1,
        word != "地", piece[next] != "的", !JoiningWords.isConjunction(piece[next])
      {
        return nil
      }
      return type
    }
    return nil
  }

  /// Words of rank that may stand between 等 and the classifier.
  static let classifierRanks: [[Unicode.Scalar]] = ["重点", "重要", "核心"].map {
    Array($0.unicodeScalars)
  }

  /// List classifiers, longest first.
  static let classifiers: [(word: String, scalars: [Unicode.Scalar], type: PlaceType)] =
    PlaceSuffixes
    .listClassifiers.map { ($0.word, Array($0.word.unicodeScalars), $0.type) }
    .sorted { $0.scalars.count > $1.scalars.count }

  /// The 、-separated items before `end`; the first one starts after the last
  /// verb or function word (NameBoundary).
  static func listItems(in piece: [Unicode.Scalar], endingAt end: Int) -> [[Unicode.Scalar]] {
    // 小沙和长白、册子等地: 和 joins items too, but not at an item's start (和平路).
    let items = ListItems.ending(
      at: end, in: piece, lengths: 2...maximumItem, span: maximumListSpan
    ) {
      JoiningWords.isConjunction(piece[$0]) && $0 > 0
        && piece[$0 - 1] != JoiningWords.listComma && !NameBoundary.isStop(piece[$0 - 1])
    }
    return items.map { Array(piece[$0]) }
  }

  /// Longest list item, and longest list, looked at.
  static let maximumItem = 6
  static let maximumListSpan = 60

  /// Counts every entry's forms in the text and returns the places mentioned,
  /// in order of first mention.
  func count(in pieces: [[Unicode.Scalar]]) -> [FoundPlace] {
    let index = PhraseIndex(entries.indices.flatMap { e in entries[e].forms.map { ($0, e) } })
    var mentions: [Int: Int] = [:]
    var order: [Int] = []
    // A country is named as the report writes it (蒙古国 or 蒙古), its most used form.
    var countryForms: [Int: [String: Int]] = [:]
    for piece in pieces {
      for match in index.matches(in: piece) {
        if mentions[match.value] == nil { order.append(match.value) }
        mentions[match.value, default: 0] += 1
        if entries[match.value].type == .country {
          countryForms[match.value, default: [:]][
            ScalarText.string(piece[match.range]), default: 0] +=
            1
        }
      }
    }
    return order.map { e in
      let entry = entries[e]
      var name = entry.name
      if let forms = countryForms[e] {
        for form in entry.forms where (forms[form] ?? 0) > (forms[name] ?? 0) { name = form }
      }
      return FoundPlace(
        name: name, type: entry.type, parent: entry.parent,
        mentions: mentions[e] ?? 0, forms: entry.forms)
    }
  }
}
