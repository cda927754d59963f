// PlacesTests.swift: places of the bundled report against the gold (matched as
// Scripts/score-extraction matches them), places of the other fixture reports,
// and the suffix and list rules on invented sentences.
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct PlacesTests {
  static let graph: BaogaoGraph.Graph? = try? ReportFile.loadGraph(paths: [])

  /// The scorer's `norm_place`: a trailing 镇/街道/乡/村/区/县/市/省 does not count.
  static func normalisedPlace(_ name: String?) -> String {
    let n = String(Scoring.normalised(name))
    for suffix in ["街道", "镇", "乡", "村", "区", "县", "市", "省"]
    where n.hasSuffix(suffix) && n.count > suffix.count + 1 {
      return String(n.dropLast(suffix.count))
    }
    return n
  }

  @Test func bundledReportMeetsThePlacesFloor() throws {
    let graph = try #require(Self.graph)
    let golds = try Scoring.gold("dinghai-2018.places.json", key: "places")
    let preds = graph.places
    let matches = Scoring.greedyMatch(golds, preds) { g, x in
      let names =
        [g["name"] as? String].compactMap { $0 } + ((g["aliases"] as? [String]) ?? [])
      return names.map(Self.normalisedPlace).contains(Self.normalisedPlace(x.name)) ? 1 : 0
    }
    let matched = Set(matches.map(\.gold))
    let optionalMissed = golds.indices.filter {
      (golds[$0]["optional"] as? Bool) == true && !matched.contains($0)
    }
    let f1 = Scoring.f1(
      matched: matches.count, gold: golds.count - optionalMissed.count, found: preds.count)
    #expect(f1 >= 0.88, "places F1 \(f1)")
    // Every place of the report is in the gold, so this is the precision (issue 10).
    let precision = Double(matches.count) / Double(max(preds.count, 1))
    #expect(precision >= 0.95, "places precision \(precision)")
  }

  @Test func noPlaceComesFromWebJunk() throws {
    let graph = try #require(Self.graph)
    let golds = try Scoring.gold("dinghai-2018.places.json", key: "places")
    let junk = try Scoring.gold("dinghai-2018.places.json", key: "junk_places")
    var golden: Set<String> = []
    for g in golds {
      golden.insert(Self.normalisedPlace(g["name"] as? String))
      for alias in (g["aliases"] as? [String]) ?? [] { golden.insert(Self.normalisedPlace(alias)) }
    }
    let junkNames = Set(junk.map { Self.normalisedPlace($0["name"] as? String) }).subtracting(
      golden)
    let fromJunk = graph.places.filter { junkNames.contains(Self.normalisedPlace($0.name)) }
    #expect(fromJunk.isEmpty, "\(fromJunk.map(\.name))")
  }

  @Test func deicticScopesAndAbbreviationsAreNotPlaces() throws {
    let graph = try #require(Self.graph)
    let names = Set(graph.places.map(\.name))
    for word in ["全省", "全国", "国内", "国家", "全区", "城区", "城中村", "海岛", "甬", "舟", "金山银山"] {
      #expect(!names.contains(word), "\(word)")
    }
  }

  @Test func localityAndItsTownsAreKnown() throws {
    let graph = try #require(Self.graph)
    #expect(graph.reports.first?.place == "定海区")
    let jintang = try #require(graph.places.first { $0.name == "金塘" })
    #expect(jintang.type == .town)
    #expect(jintang.parent == "定海")
    #expect(jintang.mentions >= 2)
  }

  static let fixtureReports = Scoring.fixtures.appendingPathComponent("reports")

  @Test(arguments: [
    ("dinghai-2018", "定海区"), ("anguo-2022", "安国市"), ("baoding-2021", "保定市"),
    ("boye-2024", "博野县"), ("hailaer-2016", "海拉尔区"), ("hailaer-2017", "海拉尔区"),
    ("hebei-2019", "河北省"),
  ])
  func everyFixtureFindsItsLocality(report: String, place: String) throws {
    let path = Self.fixtureReports.appendingPathComponent(report + ".txt").path
    let graph = try ReportFile.loadGraph(paths: [path])
    #expect(graph.reports.first?.place == place)
    // Every place is written in the cleaned text, so none comes only from junk.
    let decoded = try Decode.decoded(from: ReportFile.bytes(atPath: path))
    let text = Clean.lines(of: LongLines.split(decoded.text)).lines.map(\.text)
      .joined(separator: "\n")
    for p in graph.places {
      #expect(p.mentions >= 1)
      #expect(text.contains(p.name) || p.type == .block, "\(report): \(p.name)")
    }
  }

  /// Places found in one invented paragraph.
  static func places(in text: String) -> [String] {
    var builder = GraphBuilder()
    let document = Document(
      reportID: "t",
      sections: [
        OutlineSection(
          path: "一", title: "工作回顾", parent: nil, level: 1,
          paragraphs: [Paragraph(text: text, line: 1)], line: 1)
      ])
    var context = RecogniseContext(document: document, sectionIDs: ["S1"])
    Places.recognise(&context, into: &builder)
    return builder.places.map(\.name)
  }

  @Test(arguments: [
    ("东河南路、横河路全面贯通。", ["东河南路", "横河路"]),
    ("加快实施环城南路至白泉改建工程。", ["环城南路"]),
    ("推进北向疏港公路等道路沿线美丽田园建设。", ["北向疏港公路"]),
    ("积极争取马岙港区、岑港港区重点区域口岸开放。", ["马岙港区", "岑港港区"]),
    ("精心谋划太平弄、上李家等区块后续开发。", ["太平弄", "上李家"]),
    ("集中优势资源全力打造马岙村、金山村等“风情乡村”。", ["马岙村", "金山村"]),
    ("配合推进329国道建设。", ["329国道"]),
    ("加强社区建设,实施乡村振兴,走出一条新路。", []),
    ("我代表河北省人民政府作报告,绿水青山就是金山银山。", ["河北"]),
  ])
  func suffixAndListRules(text: String, expected: [String]) {
    #expect(Self.places(in: text) == expected)
  }

  /// Places beyond the administrative divisions (issue 10 item 5), on invented sentences.
  @Test(arguments: [
    ("改造青禾大街、柳岸大路和沙湾公路。", ["青禾大街", "柳岸大路", "沙湾公路"]),
    ("拓宽国道215、省道303和G214、S302沿线。", ["国道215", "省道303", "G214", "S302"]),
    ("筹办G20峰会，发展5G应用。", []),
    ("加强白鹭湿地保护，开展城市湿地建设。", ["白鹭湿地"]),
    ("整治石榴小河、307小河和两条小河。", ["石榴小河", "307小河"]),
    ("支持青岚港、白桦港扩能，建设空港、陆港和内河港。", ["青岚港", "白桦港"]),
    ("深化湘南、鄂西与赣东合作，加快京东物流布局。", ["湘南", "鄂西", "赣东"]),
    ("保护汀河流域，推进渌江水系整治，疏浚内河、运河。", ["汀河", "渌江"]),
    ("加快蓝湾组团和北岭组团建设，完善城市组团功能。", ["蓝湾组团", "北岭组团"]),
    ("保护青禾自然保护区和红石国家公园。", ["青禾自然保护区", "红石国家公园"]),
    ("推动梧桐大学城、滨湖商务区和云栖新片区建设。", ["梧桐大学城", "滨湖商务区", "云栖新片区"]),
    ("完成主城区槐荫大街改造，建设工人新村和孙家屯。", ["槐荫大街", "工人新村", "孙家屯"]),
    ("加快雁汀片区开发，推动雁汀与南岭互通。", ["雁汀片区"]),
    ("与蒙古国、乌兰巴托和泰国开展合作。", ["蒙古国", "乌兰巴托", "泰国"]),
    ("推进双城经济圈和一小时经济圈建设。", ["双城经济圈"]),
  ])
  func placesBeyondTheDivisions(text: String, expected: [String]) {
    #expect(Self.places(in: text) == expected)
  }

  /// Places of shapes no suffix gives (issue 10): runs of initials without a
  /// region word, one-character lakes, hills by a direction, dash-joined
  /// names, highways after a known place, foreign cities, offices before a village.
  @Test(arguments: [
    ("深度融入苏浙皖生态屏障建设，服务京沪高铁沿线。", ["苏浙皖"]),
    ("保护泸池、湄海和沿海滩涂，治理电池污染。", ["泸池", "湄海"]),
    ("优化北山、东山再起之地，发展西南山地。", ["北山"]),
    ("配合武汉-长沙高速规划，建设椰林—棕榈经济合作区。", ["武汉-长沙高速", "椰林—棕榈经济合作区"]),
    ("太行山高速全线贯通，经济保持中高速增长。", ["太行山高速"]),
    ("与俄罗斯北湖州雪松市结为友城。", ["俄罗斯", "雪松市"]),
    ("开通乌拉至叶卡捷琳堡、新西伯利亚国际航线。", ["叶卡捷琳堡", "新西伯利亚"]),
    ("完成胜利街道办事处红旗村改造。", ["胜利街道", "红旗村"]),
    ("优化柳溪、杏花新城等重点片区。", ["柳溪", "杏花新城"]),
  ])
  func placesOfOtherShapes(text: String, expected: [String]) {
    #expect(Self.places(in: text) == expected, "\(text)")
  }

  /// Words that look like places and are none: a count of rivers, a works'
  /// basin, a bonded zone in general, a company's 中沙.
  @Test(arguments: [
    "统筹五库九河十湿地，从九河治理入手。",
    "建设提升泵池、曝气生物滤池和接触消毒池。",
    "提升综合保税区发展能级，加快中沙乙烯项目建设。",
  ])
  func wordsThatAreNoPlaces(text: String) {
    #expect(Self.places(in: text).isEmpty, "\(text): \(Self.places(in: text))")
  }

  @Test func aCountyAfterItsProvinceIsNamedShort() {
    // 三门 alone is a common word; after its province it is the county.
    #expect(Self.places(in: "对标浙江三门的做法。").contains("三门"))
    #expect(!Self.places(in: "打开三门之路。").contains("三门"))
  }

  @Test func theVillagesOfTheReportsCountyAreKnown() {
    let found = Self.places(in: "全县发展，博野县各村道路硬化，许村段建成，博野县人民满意。")
    #expect(found.contains("许村"))
    // Another county's villages are not looked for.
    #expect(!Self.places(in: "定海区发展，定海区许村段建成。").contains("许村"))
  }

  @Test func aCountryIsNamedAsTheReportWritesIt() {
    #expect(Self.places(in: "深化与蒙古国合作，蒙古国客商来访。") == ["蒙古国"])
    #expect(Self.places(in: "深化与蒙古合作。") == ["蒙古"])
  }

  @Test func placeIDsHoldEveryForm() throws {
    var builder = GraphBuilder()
    let document = Document(
      reportID: "t",
      sections: [
        OutlineSection(
          path: "一", title: "回顾", parent: nil, level: 1,
          paragraphs: [Paragraph(text: "浙江省舟山市的发展,舟山海洋经济。", line: 1)], line: 1)
      ])
    var context = RecogniseContext(document: document, sectionIDs: ["S1"])
    Places.recognise(&context, into: &builder)
    let id = try #require(context.placeIDs["舟山"])
    #expect(context.placeIDs["舟山市"] == id)
    #expect(builder.places.first { $0.id == id }?.mentions == 2)
  }
}
