// FigureClassesTests.swift: issue 10's classes of figures on invented
// sentences: declines read as declines, names that never take part of a
// number or a starting point, time words and 递增 outside names, capacities
// that name a facility, and counts in 万, 成 and 款.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct FigureClassesTests {
  /// The review-part indicators of a one-paragraph report.
  func indicators(_ paragraph: String) throws -> [Indicator] {
    try graph(ofText: "一、2025年工作回顾\n过去一年，" + paragraph + "\n").indicators
  }

  @Test func declinesAreMarkedDown() throws {
    let found = try indicators(
      "外贸出口下降2.4%，煤炭消费量减少12万吨，单位产值能耗降低3.1%，物价涨幅回落至1.2%，税收增长5%。")
    #expect(found.map(\.value) == [2.4, 12, 3.1, 1.2, 5])
    #expect(found.map(\.measure.direction) == [.down, .down, .down, .down, .up])
  }

  @Test func theCopiesOfAListFigureKeepItsDirection() throws {
    let found = try indicators("城乡居民人均可支配收入均下降1.5%。")
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.measure.direction == .down })
  }

  @Test func aNameNeverTakesPartOfANumber() {
    #expect(readFigures("兑现种粮补贴31 6.8万元。").isEmpty)
    #expect(FigureNames.clean("兑现种粮补贴31 ") == "兑现种粮补贴")
  }

  @Test func theStartingPointOfAChangeIsNoName() throws {
    let found = try indicators("农民人均收入由2020年的15000元增加到21000元。")
    #expect(found.map(\.name) == ["农民人均收入", "农民人均收入"])
    #expect(found.map(\.value) == [15000, 21000])
  }

  @Test func timeWordsAndRatesOfChangeAreNoNames() {
    #expect(readFigures("年内新增个体工商户800户。").map(\.name) == ["新增个体工商户"])
    #expect(readFigures("旅游收入年均递增9.5%。").map(\.name) == ["旅游收入"])
  }

  @Test func aCapacityThatNamesAFacilityIsNoFigure() {
    let found = readFigures("建成300万吨露天矿和2台35万千瓦机组，新增耕地1.2万亩。")
    #expect(found.map(\.value) == [2, 1.2])
    #expect(found.map(\.unit) == ["台", "万亩"])
  }

  @Test func countsInTenThousandsTenthsAndModels() {
    let found = readFigures("带动4.5万农户增收，本地产品占全市二成以上，3款新车下线。")
    #expect(found.map(\.value) == [4.5, 2, 3])
    #expect(found.map(\.unit) == ["万", "成", "款"])
    #expect(readFigures("实现营收8万的目标。").isEmpty)
  }

  @Test func aCountThatOpensItsClauseIsAFigure() {
    // The count is the clause's subject: things that act.
    let found = readFigures("年初组建，六支服务队深入园区走访企业。")
    #expect(found.map(\.value) == [6])
    #expect(found.map(\.unit) == ["支"])
    // Inside a clause, a lone digit before a noun still names a set.
    #expect(readFigures("落实防汛五项措施。").isEmpty)
    #expect(readFigures("年内，六个方面惠民工程全面完成。").isEmpty)
    #expect(readFigures("推进“三个中心”建设。").isEmpty)
  }
}
