// FiguresTests.swift: figure patterns, from the reports and invented ones.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

/// Every figure of a piece of text, clause by clause.
func readFigures(_ text: String) -> [FoundFigure] {
  let clauses = ClauseText(text)
  return clauses.clauses.flatMap { FigureReader.figures(in: clauses, clause: $0) }
}

@Suite struct FiguresTests {
  @Test(arguments: [
    ("人均收入由2015年", "人均收入"), ("从由的", "从"), ("增长率由", "增长率"), ("产值的", "产值的"),
    ("由", ""), ("收入增长", "收入增长"),
  ])
  func theStartingPointOfAChangeIsDropped(text: String, expected: String) {
    #expect(FigureNames.withoutStartingPoint(text) == expected)
  }

  @Test func growthWithSentenceQualifier() throws {
    let found = readFigures("预计全年地区生产总值增长8.6%,区本级一般公共预算收入增长5%。")
    try #require(found.count == 2)
    #expect(found[0].name == "地区生产总值")
    #expect(found[0].value == 8.6 && found[0].unit == "%" && found[0].kind == .growth)
    #expect(found[0].qualifiers == ["预计"])
    #expect(found[1].qualifiers == ["预计"])
  }

  @Test func respectiveListWithSharedHead() throws {
    let found = readFigures("区本级规上工业总产值、增加值分别增长14.2%、13.5%。")
    try #require(found.count == 2)
    #expect(found.map(\.name) == ["区本级规上工业总产值", "区本级规上工业增加值"])
    #expect(found.map(\.value) == [14.2, 13.5])
    #expect(found.allSatisfy { $0.kind == .growth && $0.qualifiers == ["分别"] })
  }

  @Test func respectiveListWithSharedModifier() throws {
    let found = readFigures("城镇和农渔村常住居民人均可支配收入分别增长8.3%、8.7%。")
    #expect(found.map(\.name) == ["城镇常住居民人均可支配收入", "农渔村常住居民人均可支配收入"])
  }

  @Test func sharedValueForEveryHead() throws {
    let found = readFigures("城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%。")
    #expect(found.map(\.value) == [8, 8])
    #expect(found.map(\.name) == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"])
  }

  @Test(
    arguments: [
      ("生产总值增长6.5%左右。", 6.5, "%", ["左右"]),
      ("城镇登记失业率控制在4.5%以内。", 4.5, "%", ["以内"]),
      ("累计走访企业600余家次。", 600, "家次", ["累计", "以上"]),
      ("新增就业1万余人。", 1, "万人", ["以上"]),
      ("力争军民融合骨干企业达到15家以上。", 15, "家", ["力争", "以上"]),
      ("集装箱吞吐量首次突破100万标箱。", 100, "万标箱", ["首次", "突破"]),
      ("地区生产总值同比增长8.9%。", 8.9, "%", ["同比"]),
      ("生产总值年均增长6.3%。", 6.3, "%", ["年均"]),
      ("研发投入占比提高2个百分点。", 2, "个百分点", []),
      ("新建学校两所。", 2, "所", []),
      ("新增绿地十二公顷。", 12, "公顷", []),
      ("改造老旧小区一百二十个。", 120, "个", []),
      ("建成农村公路三千公里。", 3000, "公里", []),
      ("粮食产量两万吨。", 2, "万吨", []),
      ("全年接待游客1,250万人次。", 1250, "万人次", []),
      ("地区生产总值达到 287.9 亿元。", 287.9, "亿元", []),
      ("粮食产量稳定在70亿斤以上。", 70, "亿斤", ["以上"]),
      ("空气质量优良天数达到300天。", 300, "天", []),
      ("地区生产总值增长８．６％。", 8.6, "%", []),
    ] as [(String, Double, String, [String])])
  func onePattern(text: String, value: Double, unit: String, qualifiers: [String]) throws {
    let found = readFigures(text)
    try #require(found.count == 1, "\(text): \(found)")
    #expect(found[0].value == value)
    #expect(found[0].unit == unit)
    #expect(found[0].qualifiers == qualifiers)
  }

  @Test func ranges() throws {
    let a = readFigures("生产总值增长6%-7%。")
    try #require(a.count == 1)
    #expect(a[0].value == 6 && a[0].upper == 7 && a[0].unit == "%")
    let b = readFigures("居民收入增长6—6.5%。")
    try #require(b.count == 1)
    #expect(b[0].value == 6 && b[0].upper == 6.5)
  }

  @Test func kinds() throws {
    #expect(readFigures("“最多跑一次”事项比例达到98%以上。").first?.kind == .share)
    #expect(readFigures("占一般公共预算支出的72.2%。").first?.kind == .share)
    #expect(readFigures("“工业强区”综合评价升至全省第32位。").first?.kind == .rank)
    #expect(readFigures("新认定高新技术企业12家。").first?.kind == .count)
    #expect(readFigures("民生支出达到26.2亿元。").first?.kind == .level)
    #expect(readFigures("消除年收入14000元以下低收入农渔户。").first?.kind == .other)
  }

  @Test(arguments: [
    "推进329国道舟山岑白段建设。",
    "500千伏联网输变电工程顺利开工。",
    "中电科39所等海洋电子信息企业相继落户。",
    "2万吨级江海联运直达船实现定海首制。",
    "落户“5313”科技创业领军人才企业。",
    "全面贯彻党的十九大精神。",
    "坚定不移沿着“八八战略”指引的路子。",
    "“三改一拆”三年任务超额完成。",
    "澳洲跨境商品直购体验中心一期建成投用。",
    "南洞艺谷成功获评国家3**景区。",
    "2017年是定海实干攻坚的一年。",
    "基层治理体系“四个平台”全面建成。",
    "确保安全生产三项指标明显下降。",
    "PM2.5平均浓度明显下降。",
    "12月31日前完成。",
    "用3个月时间完成整治。",
    "为全区60岁以上在籍老人办理保险。",
  ])
  func notAFigure(text: String) {
    #expect(readFigures(text).isEmpty, "\(text): \(readFigures(text))")
  }

  @Test func bundledReportFiguresHavePartsAndEdges() throws {
    let graph = try ReportFile.loadGraph(paths: [])
    #expect(graph.indicators.count > 60)
    #expect(graph.indicators.contains { $0.part == .review })
    #expect(graph.indicators.contains { $0.part == .plan })
    for indicator in graph.indicators {
      #expect(graph.incoming(indicator.id).contains { $0.rel == .contains })
    }
  }
}

@Suite struct FigureListTests {
  @Test func firstOfTwoNumbersSharesTheUnit() {
    let found = readFigures("高于全省22.7和28.8个百分点。")
    #expect(found.map(\.value) == [22.7, 28.8])
    #expect(found.map(\.unit) == ["个百分点", "个百分点"])
  }

  @Test(arguments: [
    "以及省委九届十一次、十二次全会精神。",
    "出台了人才“双十条”政策。",
    "推进名医、名院、名诊所“三名”工程。",
    "大力推进“5个20”农业结构调整示范区建设。",
  ])
  func ordinalsAndSlogans(text: String) {
    #expect(readFigures(text).isEmpty, "\(text): \(readFigures(text))")
  }

  @Test func quotedCommaKeepsTheClause() {
    let text = ClauseText("开展“党史教育感悟初心，文化惠民践行使命”等系列演出活动85场。")
    #expect(text.clauses.count == 1)
  }

  @Test func itemNumbersLeaveNames() {
    #expect(FigureNames.clean("1.地区生产总值") == "地区生产总值")
    #expect(FigureNames.clean("（2）一般公共预算收入") == "一般公共预算收入")
    #expect(FigureNames.clean("③城镇新增就业") == "城镇新增就业")
    #expect(FigureNames.clean("一是地区生产总值") == "地区生产总值")
  }

  @Test func footnoteMarksLeaveNames() {
    #expect(FigureNames.clean("严格落实防控措施[6]") == "严格落实防控措施")
  }
}
