// PlaceResolutionTests.swift: a report's place from invented title, congress
// and speaker lines (no shared report holds these lines), resolved to one
// division of the table.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct PlaceResolutionTests {
  let divisions = Divisions.bundled

  func resolve(_ text: String) -> Division? {
    PlaceResolution.resolve(text, in: divisions)
  }

  @Test func prefectureAndDistrictOrDistrictAloneIsOneCode() {
    let both = resolve("赣州市章贡区")
    let alone = resolve("章贡区")
    #expect(both?.code == "360702")
    #expect(alone?.code == both?.code)
    #expect(both?.level == .district)
    let province = resolve("江西省赣州市章贡区")
    #expect(province?.code == "360702")
  }

  @Test func autonomousRegionPrefectureMunicipalityCountyCityAndNewArea() {
    #expect(resolve("广西壮族自治区")?.level == .autonomousRegion)
    #expect(resolve("广西壮族自治区")?.code == "450000")
    #expect(resolve("延边朝鲜族自治州")?.level == .autonomousPrefecture)
    #expect(resolve("延边朝鲜族自治州")?.code == "222400")
    #expect(resolve("天津市")?.level == .municipality)
    #expect(resolve("天津市")?.code == "120000")
    #expect(resolve("义乌市")?.level == .countyCity)
    #expect(resolve("义乌市")?.code == "330782")
    #expect(resolve("上海市浦东新区")?.code == "310115")
    #expect(resolve("浦东新区")?.code == "310115")
  }

  @Test func provinceAndPrefectureOfACountyCity() throws {
    let yiwu = try #require(resolve("义乌市"))
    #expect(divisions.province(of: yiwu)?.name == "浙江省")
    #expect(divisions.prefecture(of: yiwu)?.name == "金华市")
    // A municipality's district lies in the municipality.
    let district = try #require(resolve("北京市海淀区"))
    #expect(divisions.prefecture(of: district)?.name == "北京市")
    #expect(divisions.province(of: district)?.name == "北京市")
  }

  @Test func wordsThatAreNoDivisionDoNotResolve() {
    #expect(resolve("区位") == nil)
    #expect(resolve("全区") == nil)
    #expect(resolve("新区") == nil)
    // A prefix that is not the place's ancestor names another place.
    #expect(resolve("杭州市章贡区") == nil)
  }

  @Test func oneNameOfTwoDivisionsIsPickedByItsAncestorsOrTheText() {
    // 普陀区 is a district of 上海 and of 舟山.
    #expect(resolve("舟山市普陀区")?.code == "330903")
    #expect(resolve("上海市普陀区")?.code == "310107")
    let zhoushan = PlaceResolution.resolve(
      "普陀区", in: divisions, support: { $0.parentCode == "330900" ? 3 : 0 })
    #expect(zhoushan?.code == "330903")
  }

  @Test func fileNameGivesPlaceAndYearAsALastResort() {
    #expect(PlaceResolution.resolve(fileName: "zhanggong-2031", in: divisions)?.code == "360702")
    #expect(PlaceResolution.year(fileName: "zhanggong-2031") == 2031)
    #expect(PlaceResolution.resolve(fileName: "report-2031", in: divisions) == nil)
  }

  @Test func cluesInOrderOfTrust() {
    var clues = IdentityClues()
    clues.places = [PlaceClue(.congress, "章贡区"), PlaceClue(.speaker, "赣州市章贡区")]
    clues.years = [YearClue(.congress, 2031)]
    let resolved = ReportIdentityReader.resolve(clues, fileName: "zhanggong-2020")
    #expect(resolved.place == "章贡区")
    #expect(resolved.year == 2031)
    #expect(resolved.identity.placeSource == .congress)
    #expect(resolved.identity.yearSource == .congress)
    #expect(resolved.identity.reviewYear == 2030)
    #expect(resolved.identity.province == "江西省")
    #expect(resolved.identity.prefecture == "赣州市")
    let fromFile = ReportIdentityReader.resolve(IdentityClues(), fileName: "zhanggong-2020")
    #expect(fromFile.place == "章贡区")
    #expect(fromFile.identity.placeSource == .fileName)
    #expect(fromFile.year == 2020)
    #expect(fromFile.identity.yearSource == .fileName)
  }
}
