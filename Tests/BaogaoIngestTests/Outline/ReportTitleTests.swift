// ReportTitleTests.swift: title, place and year of every bundled report, and
// the front-matter lines they come from.
import Testing

@testable import BaogaoIngest

@Suite struct ReportTitleTests {
  @Test(arguments: [
    ("anguo-2022", "2022年安国市政府工作报告", "安国市", 2022),
    ("baoding-2021", "2021年保定市政府工作报告", "保定市", 2021),
    ("boye-2024", "博野县2024年政府工作报告", "博野县", 2024),
    ("hailaer-2016", "2016年海拉尔区政府工作报告", "海拉尔区", 2016),
    ("hailaer-2017", "2017年海拉尔区政府工作报告", "海拉尔区", 2017),
    ("hebei-2019", "2019年河北省政府工作报告", "河北省", 2019),
  ])
  func bundledReports(id: String, title: String, place: String, year: Int) throws {
    let document = try Fixtures.document(id)
    #expect(document.title == title)
    #expect(document.place == place)
    #expect(document.year == year)
  }

  @Test func dinghaiIsNamedFromItsLocality() throws {
    // No title line: the report is named once Places finds its locality.
    let graph = try ReportFile.loadGraph(paths: [])
    #expect(graph.reports.first?.title == "2018年定海区政府工作报告")
  }

  @Test func dinghaiYearComesFromItsHeadings() throws {
    // No front matter at all: 二、2018年政府工作主要安排 names the plan year.
    #expect(try Fixtures.document("dinghai-2018").year == 2018)
  }

  @Test(
    arguments: [
      ("——2022年1月27日在安国市第八届人民代表大会第二次会议上", "安国市", 2022),
      ("二〇一九年一月十四日在河北省第十三届人民代表大会第二次会议上", "河北省", 2019),
      ("—2024年1月23日在博野县十八届人民代表大会第四次会议上", "博野县", 2024),
      ("2020年1月8日在三河市第十七届人民代表大会第五次会议上", "三河市", 2020),
    ] as [(String, String, Int)])
  func meetingLine(line: String, place: String, year: Int) {
    let meeting = ReportTitle.meeting(line)
    #expect(meeting?.place == place)
    #expect(meeting?.year == year)
  }

  @Test func speakerLine() {
    #expect(ReportTitle.speakerPlace("安国市人民政府市长梁忠林") == "安国市")
    #expect(ReportTitle.speakerPlace("海拉尔区人民政府代区长杨国宏") == "海拉尔区")
    #expect(ReportTitle.speakerPlace("坚持人民政府为人民") == nil)
  }

  @Test func yearOfTheReviewHeadingPlusOne() {
    let title = ReportTitle.read(front: [], headings: [("2022年工作回顾", false)])
    #expect(title.year == 2023)
  }
}
