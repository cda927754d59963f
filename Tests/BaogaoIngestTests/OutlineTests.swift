// OutlineTests.swift: the section outline of the bundled report.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct OutlineTests {
  @Test func bundledReportHasItsSections() throws {
    let graph = try ReportFile.loadGraph(paths: [])
    let paths = graph.sections.map(\.path)
    #expect(paths == ["一", "二", "二.(一)", "二.(二)", "二.(三)", "二.(四)", "二.(五)"])
    #expect(graph.sections[0].title == "2017年政府工作回顾")
    #expect(graph.sections[4].title == "攻坚推进品质城市建设,切实提升城市化水平")
    #expect(graph.sections[4].parent == graph.sections[1].id)
  }

  @Test(arguments: [
    ("一、2017年政府工作回顾", "一", 1),
    ("(三)攻坚推进品质城市建设", "(三)", 2),
    ("（十二）加强政府建设", "(十二)", 2),
  ])
  func headings(line: String, number: String, level: Int) {
    let heading = Heading.parse(line)
    #expect(heading?.number == number)
    #expect(heading?.level == level)
  }

  @Test func bodyTextIsNotAHeading() {
    #expect(Heading.parse("一年来,我们全力推进海洋经济转型升级。") == nil)
  }
}
