// ReportIdentityTests.swift: a report's identity read through the whole
// pipeline from invented front matter, and the identity of every shared
// report, checked by hand against its title and congress line.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct ReportIdentityTests {
  func report(_ text: String, id: String = "invented") throws -> Report {
    let graph = try Ingest.graph(of: [(Array(text.utf8), id, "test")])
    return try #require(graph.reports.first)
  }

  @Test func titleCongressAndSpeakerLinesNameThePlaceNotTheBody() throws {
    let text = """
      2031年赣州市章贡区政府工作报告
      ——2031年1月9日在章贡区第十九届人民代表大会第二次会议上
      章贡区人民政府区长 某某某
      各位代表：
      一、2030年工作回顾
      杭州市的客商来了三次，杭州市的区位优势明显，全区地区生产总值增长6%。杭州市、杭州市。
      二、2031年工作安排
      全区生产总值增长5.5%左右。
      """
    let r = try report(text)
    #expect(r.place == "章贡区")
    #expect(r.identity.code == "360702")
    #expect(r.identity.level == .district)
    #expect(r.identity.province == "江西省")
    #expect(r.identity.prefecture == "赣州市")
    #expect(r.year == 2031)
    #expect(r.identity.reviewYear == 2030)
    #expect(r.identity.placeSource == .title)
  }

  @Test func aReportTitledWithItsPrefectureSharesTheCodeOfOneWithout() throws {
    let longTitle = try report(
      """
      2032年赣州市章贡区政府工作报告
      各位代表：
      一、2031年工作回顾
      地区生产总值增长6%。
      """)
    let shortTitle = try report(
      """
      ——2031年1月9日在章贡区第十九届人民代表大会第二次会议上
      各位代表：
      一、2030年工作回顾
      地区生产总值增长6%。
      """)
    #expect(longTitle.identity.code == "360702")
    #expect(longTitle.identity.code == shortTitle.identity.code)
    #expect(longTitle.year == 2032)
    #expect(shortTitle.year == 2031)
  }

  /// Every shared report: place, code, level, province and plan year, read
  /// off each title and congress line by hand.
  @Test(arguments: [
    ("anguo-2022", "安国市", "130683", "county-level city", "河北省", 2022),
    ("baoding-2021", "保定市", "130600", "prefecture-level city", "河北省", 2021),
    ("boye-2024", "博野县", "130637", "county", "河北省", 2024),
    ("chongqing-2026", "重庆市", "500000", "municipality", "重庆市", 2026),
    ("dinghai-2018", "定海区", "330902", "district", "浙江省", 2018),
    ("fujian-2026", "福建省", "350000", "province", "福建省", 2026),
    ("hailaer-2016", "海拉尔区", "150702", "district", "内蒙古自治区", 2016),
    ("hailaer-2017", "海拉尔区", "150702", "district", "内蒙古自治区", 2017),
    ("hebei-2019", "河北省", "130000", "province", "河北省", 2019),
    ("yunnan-2026", "云南省", "530000", "province", "云南省", 2026),
  ])
  func sharedReport(
    id: String, place: String, code: String, level: String, province: String, year: Int
  ) throws {
    let graph = try Ingest.graph(of: [(try Fixtures.bytes(id + ".txt"), id, id)])
    let r = try #require(graph.reports.first)
    #expect(r.place == place)
    #expect(r.identity.code == code)
    #expect(r.identity.level?.rawValue == level)
    #expect(r.identity.province == province)
    #expect(r.year == year)
    #expect(r.identity.reviewYear == year - 1)
  }
}
