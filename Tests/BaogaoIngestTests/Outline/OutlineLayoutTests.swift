// OutlineLayoutTests.swift: issue 10's outline layouts on invented reports:
// top-level headings that are slogans (the part read from the text's years
// and wording), and unnumbered sub-headings that share an opening.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct OutlineLayoutTests {
  func document(_ text: String) throws -> Document {
    let lines = Clean.lines(of: text)
    var document = Outline.document(reportID: "t", lines: lines.lines, junk: lines.junk)
    document.year = document.year ?? 2026
    return document
  }

  @Test func sloganHeadingsTakeTheirPartFromTheText() throws {
    let text = """
      2026年某县政府工作报告
      一、砥砺奋进开新局，县域经济稳中有进
      2025年是极不平凡的一年。一年来，我们着力稳增长，加快项目建设，全县生产总值增长5.1%。
      （一）着力扩大有效投资，项目建设提速
      全年实施重点项目120个，完成投资85亿元。
      二、乘势而上谱新篇，奋力推动高质量发展
      今年是“十五五”开局之年。我们要着力扩大内需，力争生产总值增长5.5%。
      """
    let lines = Clean.lines(of: text)
    let document = Outline.document(reportID: "t", lines: lines.lines, junk: lines.junk)
    let top = document.sections.indices.filter { document.sections[$0].parent == nil }
    #expect(top.map { document.part(ofSection: $0) } == [.review, .plan])
  }

  @Test func partWordsAndYears() {
    #expect(PartCues.part(ofText: "一年来，我们着力推进改革，加快发展。", planYear: 2026) == .review)
    #expect(PartCues.part(ofText: "2025年全县着力加快建设，继续推进。", planYear: 2026) == .review)
    #expect(PartCues.part(ofText: "2026年要着力推进改革。", planYear: 2026) == .plan)
    #expect(PartCues.years(in: "2025年和2030年，12345年，202年") == [2025, 2030])
  }

  @Test func aHeadingSplitOverTwoLinesIsOneHeading() throws {
    let text = """
      一、过去一年工作回顾
      （一）坚持创新驱动，
      加快动能转换。
      全年研发投入增长12%，新增高新技术企业80家。
      （二）坚持“绿色发展
      生态优先”，改善生态环境
      森林覆盖率达到62%，空气质量优良天数比例保持在95%以上，新建城市公园12个。
      （三）坚持人民至上，
      城乡居民收入稳步增长，新建改建农村公路300公里，新增学位5000个。
      """
    let document = try document(text)
    let children = document.sections.filter { $0.parent == 0 }
    #expect(
      children.map(\.title) == [
        "坚持创新驱动，加快动能转换", "坚持“绿色发展生态优先”，改善生态环境", "坚持人民至上，",
      ])
    #expect(children[0].paragraphs.map(\.text) == ["全年研发投入增长12%，新增高新技术企业80家。"])
    #expect(children[2].paragraphs.count == 1)
  }

  @Test func linesThatOpenAlikeOverBodyTextAreSubHeadings() throws {
    let text = """
      一、过去五年工作回顾
      这一时期，我们坚持创新驱动，科技实力明显增强
      研发投入年均增长12%，新增高新技术企业80家。
      这一时期，我们坚持绿色发展，生态环境持续改善。
      森林覆盖率达到62%，空气质量优良天数比例保持在95%以上。
      这一时期，我们坚持人民至上，民生福祉不断增进
      城乡居民收入稳步增长，新建改建农村公路300公里，新增学位5000个。
      （一）经济运行稳中向好
      全年生产总值增长5%。
      """
    let document = try document(text)
    let children = document.sections.filter { $0.parent == 0 }
    #expect(children.map(\.path) == ["一.1", "一.2", "一.3", "一.(一)"])
    #expect(children[1].title == "这一时期，我们坚持绿色发展，生态环境持续改善")
    #expect(children[0].paragraphs.map(\.text) == ["研发投入年均增长12%，新增高新技术企业80家。"])
  }

  @Test func twoAlikeLinesAreStillParagraphs() throws {
    let text = """
      一、过去一年工作回顾
      这一年，我们稳住了经济大盘
      全年生产总值增长5%，一般公共预算收入增长3%，固定资产投资增长6%。
      这一年，我们守住了民生底线
      城镇新增就业3000人，城镇调查失业率控制在5.5%以内，困难群众应保尽保。
      """
    let document = try document(text)
    #expect(document.sections.count == 1)
  }

  @Test func ordinalLeadsAreASubLevel() throws {
    let text = """
      一、今年主要任务
      （一）扩大有效投资
      围绕稳增长抓投资，全年谋划项目200个。
      一是优化投资结构，补齐短板。重点投向水利、交通和新基建。
      二是创新融资方式。用好专项债券，撬动社会资本投入。
      三是强化要素保障，加快项目落地。
      （二）建设美丽县城
      推进老旧小区改造，完成40个。
      """
    let document = try document(text)
    let leads = document.sections.filter { $0.parent == 1 }
    #expect(leads.map(\.path) == ["一.(一).一是", "一.(一).二是", "一.(一).三是"])
    #expect(leads.map(\.title) == ["优化投资结构，补齐短板", "创新融资方式", "强化要素保障，加快项目落地"])
    #expect(leads[0].paragraphs.map(\.text) == ["重点投向水利、交通和新基建。"])
    #expect(document.sections.last?.path == "一.(二)")
  }

  @Test func ordinalLeadsWithDiUnderATopLevelPart() throws {
    let text = """
      一、过去一年工作回顾
      第一，产业转型步伐加快。新增规上企业15家。
      第二，城乡面貌持续改善。新建公园8个。
      二、今年工作安排
      一是抓项目。一是抓项目这句话只在一行里出现，二是也在同一行。
      """
    let document = try document(text)
    #expect(document.sections.map(\.path) == ["一", "一.第一", "一.第二", "二"])
    #expect(document.sections[2].title == "城乡面貌持续改善")
  }

  @Test func inlineLinesThatOpenAlikeAreParagraphs() throws {
    // The gold lists no inline heading without a number (gold/README.md).
    let text = """
      一、过去一年工作回顾
      这一年，我们坚持稳中求进，经济运行回升向好。规上工业增加值增长6%。
      这一年，我们坚持改革攻坚，发展活力竞相迸发。新增经营主体4000户。
      这一年，我们坚持共建共享，群众生活更加殷实。新增城镇就业2100人。
      """
    let document = try document(text)
    #expect(document.sections.count == 1)
  }
}
