// ReportTitle.swift: a report's title, locality and year.
// Takes the cleaned lines before the first heading (title line, the
// `——2022年1月27日在安国市第八届人民代表大会…` line, the speaker line) and the
// top-level headings, and gives what it can: the year of the report is the plan
// year (the year it is delivered in), the place is the report's own locality.

/// What the front matter of a report says about it.
struct ReportTitle: Equatable {
  var title: String = ""
  var place: String?
  var year: Int?
  /// Every place and year the lines gave, with the line each came from, for
  /// the report's identity (Panel/ReportIdentityReader.swift).
  var clues = IdentityClues()

  /// Titles of government heads in the speaker line: 安国市人民政府市长 梁忠林.
  static let speakerTitles = [
    "代市长", "代区长", "代县长", "代省长", "代旗长", "市长", "区长", "县长", "省长", "旗长", "州长",
    "盟长", "主席",
  ]
  /// Suffixes of a place that has a people's congress.
  static let placeSuffixes: Set<Character> = ["省", "市", "区", "县", "旗", "州", "盟"]
  /// The front matter is at most this many lines.
  static let maxFrontLines = 12

  /// Reads the front matter. `headings` are the titles of top-level sections,
  /// used for the year when the front matter has none.
  static func read(front: [String], headings: [(title: String, isPlan: Bool?)]) -> ReportTitle {
    var result = ReportTitle()
    var titleLine: String?
    var congress: [PlaceClue] = []
    var speaker: [PlaceClue] = []
    var congressYears: [YearClue] = []
    for raw in front.prefix(maxFrontLines) {
      let line = raw.filter { !LineShape.isSpace($0) && $0 != "\u{FFFD}" && $0 != "?" }
      if line.containsWord("人民代表大会"), let at = meeting(line) {
        if let place = at.place { congress.append(PlaceClue(.congress, place)) }
        if let year = at.year { congressYears.append(YearClue(.congress, year)) }
      } else if let place = speakerPlace(line) {
        speaker.append(PlaceClue(.speaker, place))
      } else if line.hasSuffix("政府工作报告") || line.hasSuffix("工作报告") {
        let rest = line.replacing("政府工作报告", with: "")
        if !rest.isEmpty && titleLine == nil { titleLine = line }
      }
    }
    var titlePlaces: [PlaceClue] = []
    var titleYears: [YearClue] = []
    if let titleLine {
      result.title = titleLine
      let year = firstYear(in: titleLine)
      if let year { titleYears.append(YearClue(.title, year)) }
      var name = titleLine.replacing("政府工作报告", with: "")
      if let year { name = name.replacing("\(year)年", with: "") }
      if let last = name.last, placeSuffixes.contains(last), name.count >= 2 {
        titlePlaces.append(PlaceClue(.title, name))
      }
    }
    // The congress line first, as before: it names the body the report is
    // delivered to (hailaer-2016 has no title line at all).
    result.place = (congress + speaker + titlePlaces).first?.value
    result.year = (congressYears + titleYears).first?.value
    // A plan heading (2018年政府工作主要安排) names the plan year; else a
    // review heading (一、2017年政府工作回顾) names the year before it.
    var planHeading: Int?
    for heading in headings {
      guard let year = firstYear(in: heading.title) else { continue }
      if heading.isPlan == true, planHeading == nil { planHeading = year }
      if heading.isPlan == false, result.clues.reviewHeadingYear == nil {
        result.clues.reviewHeadingYear = year
      }
    }
    let headingYear = planHeading ?? result.clues.reviewHeadingYear.map { $0 + 1 }
    let headingYears = headingYear.map { [YearClue(.heading, $0)] } ?? []
    if result.year == nil { result.year = headingYears.first?.value }
    result.clues.places = titlePlaces + congress + speaker
    // The congress line's date is when the report was delivered, which is
    // the year it plans for; a title may be a reprint's.
    result.clues.years = congressYears + titleYears + headingYears
    if result.title.isEmpty, let year = result.year, let place = result.place {
      result.title = composed(year: year, place: place)
    }
    return result
  }

  /// The usual title of a report: `2016年海拉尔区政府工作报告`.
  static func composed(year: Int, place: String) -> String {
    "\(year)年\(place)政府工作报告"
  }

  /// `——2022年1月27日在安国市第八届人民代表大会第二次会议上` → (安国市, 2022);
  /// `二〇一九年一月十四日在河北省第十三届…` → (河北省, 2019).
  static func meeting(_ line: String) -> (place: String?, year: Int?)? {
    guard let at = line.range(of: "在"), let congress = line.range(of: "人民代表大会"),
      at.upperBound <= congress.lowerBound
    else { return nil }
    var place = String(line[at.upperBound..<congress.lowerBound])
    // Drop the session from the end: 第八届, 十八届 (the place may hold
    // numerals itself: 三河市).
    if place.hasSuffix("届") {
      place.removeLast()
      while let last = place.last, Heading.chineseDigits.contains(last) { place.removeLast() }
      if place.hasSuffix("第") { place.removeLast() }
    }
    let date = String(line[..<at.lowerBound])
    let year = firstYear(in: date) ?? chineseYear(in: date)
    return (place.count >= 2 ? place : nil, year)
  }

  /// A speaker line is short (安国市人民政府市长梁忠林 is 12 characters); a longer
  /// line that holds 人民政府 is prose about the government.
  static let maxSpeakerLine = 30

  /// `安国市人民政府市长梁忠林` → 安国市.
  static func speakerPlace(_ line: String) -> String? {
    guard let government = line.range(of: "人民政府"), line.count <= maxSpeakerLine,
      speakerTitles.contains(where: { line[government.upperBound...].hasPrefix($0) })
    else { return nil }
    let place = String(line[..<government.lowerBound])
    return place.count >= 2 ? place : nil
  }

  /// The first four-digit year followed by 年 in a text: `2018年政府工作主要安排` → 2018.
  static func firstYear(in text: String) -> Int? {
    let chars = Array(text)
    var i = 0
    while i + 4 < chars.count {
      if chars[i...(i + 3)].allSatisfy(\.isASCIIDigit), chars[i + 4] == "年",
        i == 0 || !chars[i - 1].isASCIIDigit,
        let year = Int(String(chars[i...(i + 3)])), (1949...2200).contains(year)
      {
        return year
      }
      i += 1
    }
    return nil
  }

  /// Digits of a year written in Chinese numerals.
  static let yearDigits: [Character: Int] = [
    "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]

  /// `二〇一九年` → 2019.
  static func chineseYear(in text: String) -> Int? {
    let chars = Array(text)
    guard let end = chars.firstIndex(of: "年"), end >= 4 else { return nil }
    var year = 0
    for c in chars[(end - 4)..<end] {
      guard let digit = yearDigits[c] else { return nil }
      year = year * 10 + digit
    }
    return (1949...2200).contains(year) ? year : nil
  }
}
