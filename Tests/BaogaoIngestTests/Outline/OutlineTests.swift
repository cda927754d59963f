// OutlineTests.swift: heading forms, and the outline of every bundled report
// (dinghai-2018 against its gold sections, hebei-2019 counted once).
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct OutlineTests {
  @Test(arguments: [
    ("一、2017年政府工作回顾", "一", 1, "2017年政府工作回顾"),
    ("(三)攻坚推进品质城市建设", "(三)", 2, "攻坚推进品质城市建设"),
    ("（十二）加强政府建设", "(十二)", 2, "加强政府建设"),
    ("1.推进产业升级", "1", 3, "推进产业升级"),
    ("2、加快城市建设", "2", 3, "加快城市建设"),
    ("（3）完善社会保障", "(3)", 4, "完善社会保障"),
    ("2022年工作回顾", "2022年工作回顾", 0, "2022年工作回顾"),
    ("今年工作安排", "今年工作安排", 0, "今年工作安排"),
    ("附件1", "附件1", 0, "附件1"),
    ("第一部分 2022年工作回顾", "第一部分", 1, "2022年工作回顾"),
    ("二．2023年工作安排", "二", 1, "2023年工作安排"),
    ("※名词解释※", "名词解释", 0, "名词解释"),
    ("名词解释：", "名词解释", 0, "名词解释"),
  ])
  func headings(line: String, number: String, rank: Int, title: String) {
    let heading = Heading.parse(line)
    #expect(heading?.number == number)
    #expect(heading?.rank == rank)
    #expect(heading?.title == title)
    #expect(heading?.body == nil)
  }

  @Test func inlineHeadingKeepsItsBody() {
    let heading = Heading.parse("(一)经济实力迈上新台阶。2016年,地区生产总值完成303.6亿元。")
    #expect(heading?.number == "(一)")
    #expect(heading?.title == "经济实力迈上新台阶")
    #expect(heading?.body == "2016年,地区生产总值完成303.6亿元。")
  }

  @Test func appendixAndGlossaryKinds() {
    #expect(Heading.parse("附件2")?.kind == .appendix)
    #expect(Heading.parse("附件：2022年重点项目表")?.title == "2022年重点项目表")
    #expect(Heading.parse("名词解释")?.kind == .glossary)
    #expect(Heading.parse("注释")?.kind == .glossary)
  }

  @Test(arguments: [
    "一年来,我们全力推进海洋经济转型升级。",
    "2.5亿元用于城市建设。",
    "1.5%的增长来自工业。",
    "十九大以来,我们坚持新发展理念。",
    "二、三产业比重持续提高,结构不断优化,全年服务业增加值增长9%,占比提高2个百分点,质量效益明显提升,新动能加快成长,为全区经济平稳运行提供了有力支撑,也为今后五年的发展打下了坚实的基础",
    "加强政府自身建设。全体政府工作人员要以身作则。",
    "2022年安国市政府工作报告",
  ])
  func bodyTextIsNotAHeading(line: String) {
    let heading = Heading.parse(line)
    #expect(heading == nil || heading?.body != nil && heading?.rank != 1)
  }

  @Test func bundledReportHasItsSections() throws {
    let graph = try ReportFile.loadGraph(paths: [])
    let paths = graph.sections.map(\.path)
    #expect(paths == ["一", "二", "二.(一)", "二.(二)", "二.(三)", "二.(四)", "二.(五)"])
    #expect(graph.sections[0].title == "2017年政府工作回顾")
    #expect(graph.sections[4].title == "攻坚推进品质城市建设,切实提升城市化水平")
    #expect(graph.sections[4].parent == graph.sections[1].id)
    #expect(graph.sections.map(\.part) == [.review] + Array(repeating: .plan, count: 6))
  }

  /// Paths, titles, paragraph counts and topics against the hand-made gold.
  @Test func dinghaiMatchesTheGoldSections() throws {
    let url = Fixtures.directory.appendingPathComponent("gold/dinghai-2018.sections.json")
    let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    var flat: [[String: Any]] = []
    func walk(_ nodes: [[String: Any]]) {
      for node in nodes {
        flat.append(node)
        walk(node["children"] as? [[String: Any]] ?? [])
      }
    }
    walk(gold?["sections"] as? [[String: Any]] ?? [])
    let document = try Fixtures.document("dinghai-2018")
    #expect(flat.count == document.sections.count)
    for (goldSection, section) in zip(flat, document.sections) {
      #expect(goldSection["path"] as? String == section.path)
      #expect(goldSection["title"] as? String == section.title)
      let paragraphs = goldSection["paragraphs"] as? [[String: Any]] ?? []
      #expect(paragraphs.count == section.paragraphs.count, "\(section.path)")
      let topics = paragraphs.map { $0["topic"] as? String }
      #expect(topics == section.paragraphs.map(\.topic), "\(section.path)")
    }
  }

  /// (top-level body sections, all body sections, appendix and glossary sections)
  @Test(arguments: [
    ("anguo-2022", 3, 16, 11),
    ("baoding-2021", 4, 21, 0),
    ("boye-2024", 3, 9, 1),
    ("dinghai-2018", 2, 7, 0),
    ("hailaer-2016", 3, 26, 0),  // 15 numbered and 11 一是… leads (line 83 on)
    ("hailaer-2017", 2, 15, 0),
    ("hebei-2019", 3, 19, 0),
  ])
  func sectionCounts(id: String, top: Int, body: Int, appendices: Int) throws {
    let document = try Fixtures.document(id)
    let bodies = document.sections.filter { $0.kind == .body }
    #expect(bodies.filter { $0.parent == nil }.count == top)
    #expect(bodies.count == body)
    #expect(document.sections.count - bodies.count == appendices)
    // The review comes first and the plan follows, read from words.
    let parts = bodies.filter { $0.parent == nil }.map(\.part)
    #expect(parts.first == .review)
    #expect(parts.dropFirst().allSatisfy { $0 == .plan })
  }

  @Test func anguoAppendicesAndGlossary() throws {
    let sections = try Fixtures.document("anguo-2022").sections.filter { $0.kind != .body }
    #expect(sections.first?.path == "附件1")
    #expect(sections.first?.title == "安国市2022年十大工程")
    #expect(sections.first(where: { $0.path == "附件2" })?.title == "安国市2021年十大工程进展情况说明")
    #expect(sections.last?.kind == .glossary)
    #expect(sections.last?.paragraphs.count == 21)
    // 附件2's 一、… items are its children, not body sections.
    #expect(sections.filter { $0.path.hasPrefix("附件2.") }.allSatisfy { $0.kind == .appendix })
  }

  @Test func hebeiIsCountedOnce() throws {
    let document = try Fixtures.document("hebei-2019")
    let paragraphs = document.sections.flatMap(\.paragraphs)
    #expect(
      document.sections.filter { $0.parent == nil }.map(\.title) == [
        "2018年工作回顾", "2019年工作总体要求", "2019年重点任务",
      ])
    #expect(Set(paragraphs.map(\.text)).count == paragraphs.count)
    #expect(paragraphs.count == 51)
    // The text after the first copy's last line is all junk.
    #expect(paragraphs.map(\.line).max() ?? 0 < 116)
    #expect(document.junk.filter { $0.reason == .duplicate }.count > 100)
  }

  @Test func noParagraphIsAFragment() throws {
    for id in Fixtures.reportIDs {
      let document = try Fixtures.document(id)
      for section in document.sections where section.kind == .body {
        for paragraph in section.paragraphs {
          #expect(paragraph.text.count > 4, "\(id) line \(paragraph.line): \(paragraph.text)")
        }
      }
    }
  }

  /// Pages that type ASCII punctuation (. for 。) give the same outline.
  @Test(arguments: Fixtures.reportIDs)
  func asciiPeriodsGiveTheSameOutline(id: String) throws {
    let text = try Decode.text(from: try Fixtures.bytes(id + ".txt"))
    let original = try Fixtures.document(id)
    let cleaned = Clean.lines(of: ascii(text))
    let document = Outline.document(reportID: id, lines: cleaned.lines, junk: cleaned.junk)
    func ascii(_ s: String) -> String {
      String(s.map { $0 == "。" ? "." : $0 == "，" ? "," : $0 == "；" ? ";" : $0 })
    }
    #expect(document.sections.map(\.path) == original.sections.map(\.path))
    #expect(document.sections.map(\.title) == original.sections.map { ascii($0.title) })
    #expect(
      document.sections.map { $0.paragraphs.compactMap(\.topic) }
        == original.sections.map { $0.paragraphs.compactMap { $0.topic.map(ascii) } })
    #expect(document.junk.count == original.junk.count)
  }

  @Test func restartedOutlineIsJunk() {
    let text = "一、2018年工作回顾\n全年经济增长7%。\n二、2019年工作安排\n今年要增长6%。\n一、2018年工作回顾\n全年经济增长7%左右。\n"
    let cleaned = Clean.lines(of: text)
    let document = Outline.document(reportID: "x", lines: cleaned.lines, junk: cleaned.junk)
    #expect(document.sections.map(\.path) == ["一", "二"])
    #expect(document.junk.map(\.reason) == [.duplicate, .duplicate])
  }

  @Test func unnumberedHeadingsMakeSections() {
    let text = "各位代表：\n2022年工作回顾\n一年来,全区经济增长7%。\n2023年工作安排\n今年要确保增长6%。\n"
    let cleaned = Clean.lines(of: text)
    let document = Outline.document(reportID: "x", lines: cleaned.lines, junk: cleaned.junk)
    #expect(document.sections.map(\.title) == ["2022年工作回顾", "2023年工作安排"])
    #expect(document.sections.map(\.part) == [.review, .plan])
  }

  @Test func linksAfterTheLastParagraphAreJunk() {
    let text = "一、2019年工作安排\n今年要确保增长6%,完成投资100亿元。\n网站首页\n某市政府门户网站\n联系电话 12345\n"
    let cleaned = Clean.lines(of: text)
    let document = Outline.document(reportID: "x", lines: cleaned.lines, junk: cleaned.junk)
    #expect(document.sections.first?.paragraphs.count == 1)
    // Short lines after an unfinished one are joined first, as fragments.
    #expect(document.junk.map(\.text) == ["网站首页某市政府门户网站联系电话 12345"])
    #expect(document.junk.map(\.reason) == [.related])
  }

  @Test func unnumberedHeadingsHoldNumberedOnes() {
    let text =
      "2022年工作回顾\n一、经济运行稳中向好\n全年经济增长7%。\n二、民生持续改善\n新增就业1万人。\n2023年工作安排\n一、稳增长\n今年要确保增长6%。\n"
    let cleaned = Clean.lines(of: text)
    let document = Outline.document(reportID: "x", lines: cleaned.lines, junk: cleaned.junk)
    #expect(
      document.sections.map(\.path) == [
        "2022年工作回顾", "2022年工作回顾.一", "2022年工作回顾.二", "2023年工作安排", "2023年工作安排.一",
      ])
    #expect(document.sections.map(\.level) == [1, 2, 2, 1, 2])
    #expect(
      document.sections.indices.map { document.part(ofSection: $0) } == [
        .review, .review, .review, .plan, .plan,
      ])
  }

  @Test func partFromWordingWhenTheHeadingSaysNothing() {
    let text = "一、过去一年的工作\n一年来,我们完成了各项任务,经济增长了7%。\n二、加强政府自身建设\n今年我们将着力加强作风建设,确保各项任务落实。\n"
    let cleaned = Clean.lines(of: text)
    let document = Outline.document(reportID: "x", lines: cleaned.lines, junk: cleaned.junk)
    #expect(document.sections.map(\.part) == [.review, .plan])
  }

  @Test(
    arguments: [
      ("突出抓好产业创新。以创新型经济为引领,积极构建现代化海洋经济体系。", "突出抓好产业创新。"),
      ("——综合实力显著增强。五年来,我们以培育新的经济增长点为重点。", "综合实力显著增强。"),
      ("2017年是定海实干攻坚、奋勇争先的一年。一年来,我们在市委的领导下。", nil),
      ("全年地区生产总值完成122.2亿元。同比增长7.8%,经济运行稳中有进。", nil),
      ("今年是贯彻党的十九大精神的开局之年。我们要不断开创发展的美好未来。", nil),
      ("加强作风建设。", nil),
    ] as [(String, String?)])
  func topics(paragraph: String, topic: String?) {
    #expect(Topics.lead(of: paragraph) == topic)
  }
}
