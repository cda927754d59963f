// CleanTests.swift: each cleaning rule on invented lines and on the bundled
// reports' junk.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct CleanTests {
  /// Cleans text and gives the kept lines' texts and the junk's reasons by text.
  func clean(_ text: String) -> (kept: [String], junk: [String: String]) {
    let result = Clean.lines(of: text)
    var junk: [String: String] = [:]
    for piece in result.junk { junk[piece.text] = piece.reason.rawValue }
    return (result.lines.map(\.text), junk)
  }

  static let body = "一、2018年工作安排\n今年要全力推进城市建设,确保地区生产总值增长8%,完成固定资产投资100亿元以上。\n"

  @Test(arguments: [
    ("上一篇：2020年某县政府工作报告", "navigation"),
    ("较旧一篇:2018年庆元县政府工作报告较新一篇:2018年舟山市普陀区政府工作报告", "navigation"),
    ("当前位置：首页 >> 领导之窗", "navigation"),
    ("分享到：", "share"),
    ("新浪微博", "share"),
    ("时间：2023-03-30 作者：中国县域 来源：政府官网", "header"),
    ("阅读：1024", "header"),
    ("冀ICP备06016263号-1", "footer"),
    ("版权所有：某省人民政府", "footer"),
    ("Copyright © 2024 某某网", "footer"),
    ("许勤作政府工作报告。记者孟宇光摄", "caption"),
    ("（新华社记者 王晔 摄）", "caption"),
    ("（责任编辑：杨淼）", "editor"),
    ("【打印本页】 【关闭窗口】", "share"),
    ("【字体：大 中 小】", "header"),
    ("（下转第二版）", "header"),
  ])
  func singleLineJunk(line: String, reason: String) {
    let result = clean(line + "\n" + Self.body)
    #expect(result.junk[line] == reason)
    #expect(!result.kept.contains(line))
  }

  @Test func reportSentencesAreNotJunk() {
    // Words of junk inside report sentences: 来源 and 记者 in running text.
    let text =
      Self.body + "拓宽财政收入来源：加强税源建设,全年税收增长6%以上。\n支持新闻记者深入基层开展采访报道,讲好发展故事。\n"
    let result = clean(text)
    #expect(result.junk.isEmpty)
    #expect(result.kept.count == 4)
  }

  @Test func countsAboveTheReportAreJunkButTableCellsAreNot() {
    let text = "评论：\n661\n0\n" + Self.body + "附件1\n序号\n1\n2022年\n"
    let result = clean(text)
    #expect(result.junk["661"] == "header")
    #expect(result.junk["0"] == "header")
    #expect(result.kept.contains("1"))
    #expect(result.kept.contains("2022年"))
  }

  @Test func relatedLinksAfterTheShareBarAreJunk() {
    let text =
      Self.body + "分享到：\nQQ空间\n上一篇：\n2020年某县政府工作报告\n相关文章\n03-30\n某县召开农村工作会议\n标签云\n北京市\n"
    let result = clean(text)
    #expect(result.kept.count == 2)
    #expect(result.junk["2020年某县政府工作报告"] == "related")
    #expect(result.junk["某县召开农村工作会议"] == "related")
    #expect(result.junk["北京市"] == "related")
  }

  @Test func abstractThatRepeatsTheOpeningIsJunk() {
    let opening = "政 府 工 作 报 告\n——2022年1月27日在某市第八届人民代表大会第二次会议上\n各位代表：\n"
    let text = "内容摘要：\n政 府 工 作 报 告——2022年1月27日在某市第八届人民代表大会第二......\n" + opening + Self.body
    let result = clean(text)
    #expect(result.junk.values.contains("abstract"))
    #expect(result.kept.first == "政 府 工 作 报 告")
  }

  @Test func breadcrumbAboveTheTitleIsJunk() {
    let result = clean("工作报告\n2022年某市政府工作报告\n" + Self.body)
    #expect(result.junk["工作报告"] == "navigation")
    #expect(result.kept.first == "2022年某市政府工作报告")
  }

  @Test func siteMenusAboveTheReportAreJunk() {
    let text =
      "首页\n政务公开\n领导之窗\n政府信息公开目录\n2023年某县政府工作报告\n——2023年1月5日在某县第十七届人民代表大会第二次会议上\n某县人民政府县长 张三\n各位代表：\n"
      + Self.body
    let result = clean(text)
    #expect(result.junk["政务公开"] == "navigation")
    #expect(result.junk["政府信息公开目录"] == "navigation")
    #expect(result.kept.first == "2023年某县政府工作报告")
    #expect(result.kept.contains("某县人民政府县长 张三"))
  }

  @Test func sourceLineAboveTheTitleDoesNotSwallowTheReport() {
    let text =
      "来源：某市人民政府网\n打印本页\n2023年某市政府工作报告\n——2023年1月5日在某市第十七届人民代表大会第二次会议上\n各位代表：\n"
      + Self.body
    let result = clean(text)
    #expect(result.junk["来源：某市人民政府网"] == "header")
    #expect(result.kept.first == "2023年某市政府工作报告")
    #expect(result.kept.count == 5)
  }

  @Test func newspaperReprintFurnitureIsJunk() {
    let text = "2019年1月15日 星期二\n第05版：要闻\n本报讯 （记者 李四）\n" + Self.body
    let result = clean(text)
    #expect(result.junk["2019年1月15日 星期二"] == "header")
    #expect(result.junk["第05版：要闻"] == "header")
    #expect(result.junk["本报讯 （记者 李四）"] == "header")
    #expect(result.kept.count == 2)
  }

  @Test func secondCopyOfTheReportIsJunk() {
    let report =
      "各位代表：\n一、2018年工作回顾\n"
      + String(repeating: "全年完成固定资产投资100亿元,增长8%,经济运行稳中有进、稳中向好。", count: 3) + "\n"
      + "二、2019年工作安排\n" + String(repeating: "今年要加快推进重点项目建设,确保投资增长6%以上。", count: 3) + "\n"
    let result = clean(report + "来源：某网\n首页\n" + report)
    #expect(result.kept.count == 5)
    #expect(result.junk.values.filter { $0 == "duplicate" }.count >= 4)
  }

  @Test func shortTailGluedAfterTheLastSentenceIsJunk() {
    let paragraph = String(repeating: "坚持以人民为中心,加快发展社会事业,圆满完成维稳安保任务。", count: 3)
    let result = clean(Self.body + paragraph + "侯卫东官场笔记\n" + paragraph + "\n")
    #expect(result.junk["侯卫东官场笔记"] == "glued")
    #expect(result.kept.contains(paragraph))
  }

  @Test func tailThatAFragmentContinuesIsNotGlued() {
    // hebei-2019 lines 74–76: 严格 / 执行地 / 方政府债务… is one sentence.
    let text =
      Self.body + "，积极稳妥打好主动仗，严厉打击非法集资行为。严格\n执行地\n方政府债务限额管理制度，规范政府举债融资机制。\n"
    let result = clean(text)
    #expect(result.junk.isEmpty)
    #expect(result.kept.count == 3)
    #expect(result.kept.last?.hasSuffix("严格执行地方政府债务限额管理制度，规范政府举债融资机制。") == true)
  }

  @Test func linesBrokenAtLinksAreRejoined() {
    // hebei-2019 lines 14–18.
    let text =
      "一、2018年工作回顾\n（二）供给侧结构性改革迈出新步伐。坚持以提高供给质量为主攻方向，粮食产量连续多年位居\n全国第一\n。农村承包地确权登记颁证基本完成，推进农村人居环境\n整治\n三年行动，农村面貌发生新变化。\n（三）创新驱动发展成效显著。\n"
    let result = clean(text)
    #expect(result.kept.count == 3)
    #expect(result.kept[1].contains("位居全国第一。农村承包地"))
    #expect(result.kept[1].hasSuffix("人居环境整治三年行动，农村面貌发生新变化。"))
  }

  @Test func headingsAreNeverJoined() {
    let text = "一、2018年工作回顾\n（一）经济发展取得新成就\n全年地区生产总值增长7%。\n"
    #expect(clean(text).kept.count == 3)
  }

  @Test func censorMarksStayInTheText() {
    let text = Self.body + "南洞艺谷成功获评国家3**景区,*推进供给侧结构性改革,\u{FFFD}\u{FFFD}推进项目。\n"
    let kept = clean(text).kept
    #expect(kept.last == "南洞艺谷成功获评国家3**景区,*推进供给侧结构性改革,\u{FFFD}\u{FFFD}推进项目。")
  }

  @Test(arguments: Fixtures.reportIDs)
  func noJunkTextInAnySection(id: String) throws {
    let document = try Fixtures.document(id)
    let markers = [
      "上一篇", "下一篇", "较旧一篇", "分享到", "ICP备", "版权所有", "责任编辑", "记者孟宇光摄", "侯卫东官场笔记",
      "本栏最新", "相关文章", "免责声明", "时间：", "网站标识码",
    ]
    for section in document.sections {
      for paragraph in section.paragraphs {
        for marker in markers { #expect(!paragraph.text.contains(marker), "\(id) \(section.path)") }
      }
      for marker in markers { #expect(!section.title.contains(marker)) }
    }
  }

  @Test func dinghaiJunkIsTheGoldsJunk() throws {
    let junk = try Fixtures.document("dinghai-2018").junk
    #expect(junk.map(\.text) == ["侯卫东官场笔记", "较旧一篇:2018年庆元县政府工作报告较新一篇:2018年舟山市普陀区政府工作报告"])
    #expect(junk.map(\.reason) == [.glued, .navigation])
    #expect(junk.map(\.line) == [6, 38])
  }
}
