// Nodes.swift: the node types of the report graph.
// Field names are those of the export schema (CONTRACT.md), so the export, the
// query schema and the renderers all use one vocabulary. Values are as written
// in the report: `value` is the number as written, `unit` the unit as written.

/// Which half of a report a node belongs to: results of the past period, or
/// intentions for the coming one.
public enum Part: String, Sendable, Hashable, Codable, CaseIterable {
  case review
  case plan
}

/// One ingested report file. Its cleaned text is held by its sections
/// (`Section.text` under each `title`): a whole copy here as well took 70 MB
/// over 1,000 reports, and nothing read it.
public struct Report: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  /// The report's own locality, e.g. 定海区: the canonical name of its division
  /// when the place resolved (`code` is then set), else as written.
  public var place: String?
  /// The year the report plans for (the year it is delivered in).
  public var year: Int?
  /// Where the text came from: a file path, or `bundled`.
  public var source: String
  /// Who the report is: division code, level, province, prefecture, the years
  /// and where each came from (nil fields when nothing said).
  public var identity: ReportIdentity

  public init(
    id: String, title: String, place: String? = nil, year: Int? = nil, source: String,
    identity: ReportIdentity = ReportIdentity()
  ) {
    self.id = id
    self.title = title
    self.place = place
    self.year = year
    self.source = source
    self.identity = identity
  }
}

/// The tier and kind of an administrative division, as the per-report gold
/// writes them (`prefecture-level city`, `county-level city`).
public enum AdminLevel: String, Sendable, Hashable, Codable, CaseIterable {
  case province
  case autonomousRegion = "autonomous region"
  case municipality
  case specialAdministrativeRegion = "special administrative region"
  case prefectureCity = "prefecture-level city"
  case autonomousPrefecture = "autonomous prefecture"
  case prefecture
  case league
  case district
  case county
  case autonomousCounty = "autonomous county"
  case countyCity = "county-level city"
  case banner
  case autonomousBanner = "autonomous banner"
  case forestDistrict = "forest district"
  case specialDistrict = "special district"
  /// A development zone administered like a county (保定高新技术产业开发区).
  case zone

  /// 1 for province-level divisions, 2 for prefecture-level, 3 for county-level.
  public var tier: Int {
    switch self {
    case .province, .autonomousRegion, .municipality, .specialAdministrativeRegion: 1
    case .prefectureCity, .autonomousPrefecture, .prefecture, .league: 2
    default: 3
    }
  }
}

/// Which line of a report, or what else, a fact about the report came from,
/// in the order they are trusted.
public enum IdentitySource: String, Sendable, Hashable, Codable, CaseIterable {
  /// The title line: 2019年呼伦贝尔市海拉尔区政府工作报告.
  case title
  /// The congress line: ——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上.
  case congress
  /// The speaker line: 海拉尔区人民政府区长 杜联合.
  case speaker
  /// A year heading of the outline: 一、2017年政府工作回顾 (years only).
  case heading
  /// The file name: dinghai-2018.txt (pinyin of the place, the year).
  case fileName = "file name"
  /// The text's own locality, counted over the whole report (last resort).
  case text
}

/// A report's place resolved against the divisions table, and its years.
public struct ReportIdentity: Sendable, Hashable, Codable {
  /// 6-digit division code: 150702 for 海拉尔区.
  public var code: String?
  public var level: AdminLevel?
  /// Canonical name of the province-level division: 内蒙古自治区.
  public var province: String?
  /// Canonical name of the prefecture-level division, when there is one.
  public var prefecture: String?
  /// The year the review part reports on: usually the plan year less one.
  public var reviewYear: Int?
  public var placeSource: IdentitySource?
  public var yearSource: IdentitySource?

  public init(
    code: String? = nil, level: AdminLevel? = nil, province: String? = nil,
    prefecture: String? = nil, reviewYear: Int? = nil, placeSource: IdentitySource? = nil,
    yearSource: IdentitySource? = nil
  ) {
    self.code = code
    self.level = level
    self.province = province
    self.prefecture = prefecture
    self.reviewYear = reviewYear
    self.placeSource = placeSource
    self.yearSource = yearSource
  }
}

/// What a section is: a numbered body section, or an appendix such as 附件 or 名词解释.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
  case body
  case appendix
  case glossary
}

/// A heading of the report and the text under it.
public struct Section: Sendable, Hashable, Codable {
  public var id: String
  public var report: String
  /// Numbers of the section and its ancestors as written, joined by `.`: `二.(三)`.
  public var path: String
  public var title: String
  /// Id of the enclosing section, nil at top level.
  public var parent: String?
  /// Policy-area label (城市建设, 民生, 总体目标 …) for plan sections.
  public var area: String?
  public var part: Part?
  public var kind: SectionKind
  /// Depth in the outline, 1 for top-level sections.
  public var level: Int
  /// The section's own paragraphs (not its subsections'), joined by "\n".
  public var text: String
  /// Lead sentences of the section's paragraphs (突出抓好产业创新。).
  public var topics: [String]

  public init(
    id: String, report: String, path: String, title: String, parent: String? = nil,
    area: String? = nil, part: Part? = nil, kind: SectionKind = .body, level: Int = 1,
    text: String = "", topics: [String] = []
  ) {
    self.id = id
    self.report = report
    self.path = path
    self.title = title
    self.parent = parent
    self.area = area
    self.part = part
    self.kind = kind
    self.level = level
    self.text = text
    self.topics = topics
  }
}

/// What an indicator measures (CONTRACT.md `indicator.kind`).
public enum IndicatorKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// 增长/下降 X%
  case growth
  /// an amount reached
  case level
  /// things built, recruited, closed
  case count
  /// a proportion or rate
  case share
  case rank
  case other
}

/// A number stated about a measurable thing (also called a figure).
public struct Indicator: Sendable, Hashable, Codable {
  public var id: String
  public var report: String
  /// Id of the section the figure stands in.
  public var section: String
  public var name: String
  public var value: Double
  public var unit: String
  public var kind: IndicatorKind
  /// From 预计 以上 以下 以内 左右 力争 确保 突破 超过 首次 累计 分别 同比 年均, as they apply.
  public var qualifiers: [String]
  public var part: Part
  /// The verbatim clause that states the figure.
  public var span: String
  /// Name of the place the clause names, if any.
  public var place: String?
  /// Upper end of a range (6%-7% has value 6 and upper 7).
  public var upper: Double?
  /// The whole sentence the span stands in.
  public var sentence: String
  /// What the figure measures in comparable terms: the canonical name, scope,
  /// direction and amount in base units (Sources/BaogaoIngest/Panel).
  public var measure: Measure

  public init(
    id: String, report: String, section: String, name: String, value: Double, unit: String,
    kind: IndicatorKind, qualifiers: [String] = [], part: Part, span: String,
    place: String? = nil, upper: Double? = nil, sentence: String = "",
    measure: Measure = Measure()
  ) {
    self.measure = measure
    self.id = id
    self.report = report
    self.section = section
    self.name = name
    self.value = value
    self.unit = unit
    self.kind = kind
    self.qualifiers = qualifiers
    self.part = part
    self.span = span
    self.place = place
    self.upper = upper
    self.sentence = sentence
  }
}

/// Which way a figure moves: 增长/提高 up, 下降/减少/降低/回落 down.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
  case up
  case down
}

/// A figure in terms that compare across reports.
public struct Measure: Sendable, Hashable, Codable {
  /// Canonical name from the synonym table (地区生产总值 for 全市生产总值, GDP …),
  /// else the name without its scope words; nil for a figure with no name.
  public var indicator: String?
  /// Scope words taken off the name: 区本级, 规模以上, 城镇, 农村, 全市 … (joined by 、).
  public var scope: String?
  public var direction: Direction?
  /// The value in base units: 18.1亿元 → 1.81e9 (元).
  public var amount: Double?
  /// The unit `amount` is in: 元 for 亿元, 人 for 万人, % for %.
  public var baseUnit: String?

  public init(
    indicator: String? = nil, scope: String? = nil, direction: Direction? = nil,
    amount: Double? = nil, baseUnit: String? = nil
  ) {
    self.indicator = indicator
    self.scope = scope
    self.direction = direction
    self.amount = amount
    self.baseUnit = baseUnit
  }
}

/// A commitment of the plan part: quantitative (linked to indicators) or
/// qualitative with a checkable outcome.
public struct Target: Sendable, Hashable, Codable {
  public var id: String
  public var report: String
  public var section: String
  public var area: String
  public var span: String
  /// True for the items of the list of main expected targets (主要预期目标).
  public var main: Bool
  /// Ids of the indicators the target measures.
  public var indicators: [String]
  /// 确保, 力争, 完成, 建成, 开工 …
  public var verb: String?
  /// Ids of the projects the target names.
  public var projects: [String]
  /// Ids of the places the target names.
  public var places: [String]
  public var sentence: String
  /// What an item of the main list is about (居民收入); empty for other targets.
  public var name: String
  /// The wording of a main-list item that states no number, around its name
  /// (与经济增长同步, 完成省定任务); a numeric item's words are its indicators'.
  public var qualifiers: [String]

  public init(
    id: String, report: String, section: String, area: String, span: String, main: Bool = false,
    indicators: [String] = [], verb: String? = nil, projects: [String] = [],
    places: [String] = [], sentence: String = "", name: String = "", qualifiers: [String] = []
  ) {
    self.id = id
    self.report = report
    self.section = section
    self.area = area
    self.span = span
    self.main = main
    self.indicators = indicators
    self.verb = verb
    self.projects = projects
    self.places = places
    self.sentence = sentence
    self.name = name
    self.qualifiers = qualifiers
  }
}

/// A named place: administrative unit, island, road, block, water body, region …
public struct Place: Sendable, Hashable, Codable {
  public var id: String
  public var report: String
  public var name: String
  /// 省, 市, 区, 县, 镇, 街道, 村, 社区, 岛, 路, 水体, 山 …
  public var type: PlaceType
  public var mentions: Int
  /// Name of the enclosing place, when known.
  public var parent: String?

  public init(
    id: String, report: String, name: String, type: PlaceType, mentions: Int,
    parent: String? = nil
  ) {
    self.id = id
    self.report = report
    self.name = name
    self.type = type
    self.mentions = mentions
    self.parent = parent
  }
}

/// A named project, facility, park or base.
public struct Project: Sendable, Hashable, Codable {
  public var id: String
  public var report: String
  public var name: String
  /// 工程, 项目, 园区, 基地, 码头, 医院, 学校, 道路, 铁路, 桥梁 …
  public var kind: String
  /// Ids of the places the project is located in.
  public var places: [String]
  /// The status word of the latest part that gives one (开工, 建成, 推进 …).
  public var status: String?
  /// Status word per part: `review` → 建成, `plan` → 投产.
  public var statusByPart: [Part: String]
  public var mentions: Int

  public init(
    id: String, report: String, name: String, kind: String, places: [String] = [],
    status: String? = nil, statusByPart: [Part: String] = [:], mentions: Int = 1
  ) {
    self.id = id
    self.report = report
    self.name = name
    self.kind = kind
    self.places = places
    self.status = status
    self.statusByPart = statusByPart
    self.mentions = mentions
  }
}

/// A named company or institution.
public struct Organization: Sendable, Hashable, Codable {
  public var id: String
  public var report: String
  public var name: String
  /// company, hospital, school, agency …
  public var type: String
  public var mentions: Int

  public init(id: String, report: String, name: String, type: String = "", mentions: Int = 1) {
    self.id = id
    self.report = report
    self.name = name
    self.type = type
    self.mentions = mentions
  }
}

/// A target of year Y checked against the review of year Y+1.
/// How a target fared in the next year's report (Sources/BaogaoIngest/Reconcile).
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
  case met
  case notMet = "not met"
  /// The next year's review states no result for the target's indicator.
  case notStated = "not stated"
  /// A target in words, or a result of another kind than the target's figure.
  case notComparable = "not comparable"
}

/// One check of a target of year Y against the review of the same place's
/// report for Y+1: one per figure of the target (growth and level are two).
public struct Reconciliation: Sendable, Hashable, Codable {
  public var id: String
  public var target: String
  /// Id of the indicator that states the outcome, or nil.
  public var result: String?
  public var verdict: Verdict
  /// Id of the target's figure this check judges; nil for a target in words.
  public var figure: String?
  /// The place and the year the target was set for.
  public var place: String?
  public var year: Int?
  /// The canonical indicator judged.
  public var indicator: String?
  /// The scope of the figure judged (城镇, 区本级 …), which the result shares.
  public var scope: String?
  /// The target as written: 7.5%, 309亿元, 5.5%—6%以内; the wording for a target in words.
  public var planned: String
  /// The result as written (下降3.5%), or nil.
  public var outcome: String?
  /// Result − target in the target's unit, declines counted negative.
  public var gap: Double?

  public init(
    id: String, target: String, result: String?, verdict: Verdict, figure: String? = nil,
    place: String? = nil, year: Int? = nil, indicator: String? = nil, scope: String? = nil,
    planned: String = "",
    outcome: String? = nil, gap: Double? = nil
  ) {
    self.id = id
    self.target = target
    self.result = result
    self.verdict = verdict
    self.figure = figure
    self.place = place
    self.year = year
    self.indicator = indicator
    self.scope = scope
    self.planned = planned
    self.outcome = outcome
    self.gap = gap
  }
}

/// Why a line (or a piece of one) is not part of the report.
public enum JunkReason: String, Sendable, Hashable, Codable, CaseIterable {
  /// Links to other pages: 上一篇, 下一篇, 较旧一篇, 当前位置, 首页 …
  case navigation
  /// Share buttons: 分享到, QQ空间, 新浪微博 …
  case share
  /// The page's header fields: 时间, 作者, 来源, 阅读, 评论, counts.
  case header
  /// The page's summary that repeats the report's opening.
  case abstract
  /// ICP numbers, copyright, 主办, 免责声明.
  case footer
  /// A photo caption: 许勤作政府工作报告。记者孟宇光摄
  case caption
  /// 责任编辑 lines.
  case editor
  /// Lists of related articles, tags, site links after the report.
  case related
  /// A second copy of text the file already holds.
  case duplicate
  /// A short unpunctuated tail glued after a paragraph's last sentence.
  case glued
  /// A line that held control characters (escape sequences, NULs, bidi
  /// overrides): they are taken out, the line as it was is kept here.
  case control
}

/// A line or run of text the cleaner dropped as web-page junk, kept so that
/// users can check the cleaner.
public struct Junk: Sendable, Hashable, Codable {
  public var id: String
  public var report: String
  public var text: String
  public var reason: JunkReason
  /// 1-based line of the raw file.
  public var line: Int

  public init(id: String, report: String, text: String, reason: JunkReason, line: Int) {
    self.id = id
    self.report = report
    self.text = text
    self.reason = reason
    self.line = line
  }
}

/// What an edge says about its two ends; the raw values are the export's
/// (CONTRACT.md `edges.rel`).
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
  /// A section holds a subsection, an indicator or a target.
  case contains
  /// A target is measured by an indicator.
  case measures
  /// An indicator or a target names a place.
  case mentions
  /// A project stands in a place.
  case locatedIn = "located_in"
  /// A reconciliation checks a target.
  case reconciles
  /// A reconciliation's result: the next year's indicator.
  case outcome
}

/// A typed link between two nodes.
public struct Edge: Sendable, Hashable, Codable {
  public var from: String
  public var to: String
  public var rel: Relation

  public init(from: String, to: String, rel: Relation) {
    self.from = from
    self.to = to
    self.rel = rel
  }
}
