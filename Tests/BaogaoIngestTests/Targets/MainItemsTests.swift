// MainItemsTests.swift: the whole main-targets list on invented sentences:
// items in words (relative, direction, compliance), lists that run over
// several sentences, items naming several indicators, 城乡 incomes, ranges,
// full-width ％ and Chinese numerals.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct MainItemsTests {
  static let review = "一、2025年工作回顾\n过去一年，全县生产总值增长4.1%，税收收入增长2%。\n二、2026年工作安排\n"

  /// The main targets of an invented report whose plan part holds `plan`.
  func main(_ plan: String) throws -> (Graph, [Target]) {
    let graph = try graph(ofText: Self.review + plan + "\n")
    return (graph, graph.targets.filter(\.main))
  }

  @Test func itemsInWordsAreMainTargetsWithTheirWording() throws {
    let (_, main) = try main(
      "全县发展的主要预期目标是：生产总值增长5.5%左右，农民收入增长快于城镇居民，"
        + "空气质量持续好转，节能减排完成市里下达的约束性任务，力争工业投资总量进入全市前五。")
    #expect(main.map(\.name) == ["生产总值", "农民收入", "空气质量", "节能减排", "工业投资总量"])
    let worded = main.filter(\.indicators.isEmpty)
    #expect(worded.count == 4)
    #expect(worded[0].qualifiers == ["增长快于城镇居民"])
    #expect(worded[1].qualifiers == ["持续好转"])
    #expect(worded[2].qualifiers == ["完成市里下达的约束性任务"])
    #expect(worded[3].qualifiers == ["力争", "进入全市前五"])
  }

  @Test func aVerbFirstComplianceItemIsNamedAfterItsLastOf() throws {
    let (_, main) = try main("主要预期目标为：粮食播种面积增长1%；完成省里下达的单位产值水耗下降目标。")
    #expect(main.map(\.name) == ["粮食播种面积", "单位产值水耗"])
    #expect(main.last?.indicators.isEmpty == true)
  }

  @Test func theListRunsOnOverItemSentencesAndStopsAtOneAboutTheList() throws {
    let (_, main) = try main(
      "主要预期目标是：生产总值增长6%，城镇新增就业3000人。粮食播种面积保持稳定。"
        + "这些目标兼顾了需要和可能，留有余地，全年新增市场主体2000户。")
    #expect(main.map(\.name) == ["生产总值", "城镇新增就业", "粮食播种面积"])
  }

  @Test func wordsThatCarryNoOutcomeAreNotItems() throws {
    let (_, main) = try main(
      "主要预期目标是：生产总值增长6%左右，在实际工作中争取更好结果；外贸进出口增长3%。")
    #expect(main.map(\.span) == ["生产总值增长6%左右", "外贸进出口增长3%"])
  }

  @Test func anItemNamingSeveralIndicatorsGivesOneTargetEach() throws {
    let (_, main) = try main(
      "主要预期目标是：工业增加值、外贸进出口总额、税收收入均高于全市平均水平；二氧化硫、氮氧化物减排完成上级下达任务。")
    #expect(main.map(\.name) == ["工业增加值", "外贸进出口总额", "税收收入", "二氧化硫减排", "氮氧化物减排"])
    #expect(Set(main.prefix(3).map(\.span)).count == 1)
  }

  @Test func aGenericConstraintStaysOneItem() throws {
    let (_, main) = try main("主要预期目标是：生产总值增长6%。用水及用地等约束性指标完成省定任务。")
    #expect(main.map(\.name) == ["生产总值", "用水及用地等约束性指标"])
  }

  @Test func urbanAndRuralIncomesAreTwoIndicators() throws {
    let (graph, main) = try main(
      "主要预期目标是：城乡常住居民人均可支配收入增长6.5%，城乡居民人均可支配收入均达到全省平均水平。")
    #expect(
      main.map(\.name) == [
        "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
      ])
    let values = main.prefix(2).flatMap(\.indicators).compactMap { graph.indicator(id: $0)?.value }
    #expect(values == [6.5, 6.5])
  }

  @Test func urbanAndRuralSchemesAndListsKeepTheirFigures() throws {
    let (graph, main) = try main(
      "主要预期目标是：城乡居民基本养老保险参保率达到96%，城乡居民人均可支配收入分别增长5%和7%。")
    let names = main.flatMap(\.indicators).compactMap { graph.indicator(id: $0)?.name }
    #expect(names == ["城乡居民基本养老保险参保率", "城镇居民人均可支配收入", "农村居民人均可支配收入"])
    #expect(main.count == 3)
  }

  @Test func aGrowthAndTheLevelItReachesAreOneTargetOfTwoFigures() throws {
    let (graph, main) = try main("主要预期目标是：财政总收入增长4%，达到12.5亿元。")
    #expect(main.count == 1)
    let values = main.flatMap(\.indicators).compactMap { graph.indicator(id: $0) }
    #expect(values.map(\.value) == [4, 12.5])
    #expect(values.map(\.kind) == [.growth, .level])
  }

  @Test func rangesFullWidthPercentAndChineseNumeralsAreRead() throws {
    let (graph, main) = try main(
      "主要预期目标是：生产总值增长5.5%—6%，消费品零售额增长7％以上，新建农村公路一百二十公里。")
    let figures = main.flatMap(\.indicators).compactMap { graph.indicator(id: $0) }
    #expect(figures.map(\.value) == [5.5, 7, 120])
    #expect(figures.first?.upper == 6)
    #expect(figures.map { Scoring.unit($0.unit) } == ["%", "%", "公里"])
  }

  @Test func wordedItemRule() {
    #expect(MainItems.worded("居民收入增长与经济增长同步")?.names == ["居民收入"])
    #expect(MainItems.worded("水质达标率下降率完成上级任务")?.names == ["水质达标率下降率"])
    #expect(MainItems.worded("这些目标兼顾了需要和可能") == nil)
    #expect(MainItems.worded("加快建设现代化产业体系") == nil)
  }
}

@Suite struct NumberedMainItemsTests {
  @Test func numberedItemsEndingInAStopAreItemsNotHeadings() throws {
    let graph = try graph(
      ofText: MainItemsTests.review
        + "全县经济社会发展的主要预期目标是：\n（1）生产总值增长6%左右。\n（2）税收收入增长4%。\n"
        + "（3）农民收入增长快于城镇居民。\n做好今年工作，要着力抓好以下几个方面。\n（一）加快产业转型升级\n新建标准厂房10万平方米。\n")
    let main = graph.targets.filter(\.main)
    #expect(main.map(\.name) == ["生产总值", "税收收入", "农民收入"])
    #expect(graph.sections.map(\.title).contains("加快产业转型升级"))
    #expect(!graph.sections.map(\.title).contains("生产总值增长6%左右"))
  }

  @Test func numberedHeadingsWithBodyTextStayHeadings() {
    let lines = Clean.lines(
      of: "二、今年重点工作\n重点抓好以下工作：\n1.加快产业转型。\n新建标准厂房10万平方米，引进项目20个，完成工业投资30亿元。\n"
        + "2.推进城市更新。\n改造老旧小区40个，新建口袋公园15个，完成道路改造20公里。\n"
    ).lines
    #expect(NumberedItems.find(in: lines).isEmpty)
  }
}
