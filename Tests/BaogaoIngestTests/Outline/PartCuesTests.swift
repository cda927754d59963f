// PartCuesTests.swift: the years a heading or sentence names, which tell a
// review from a plan; a run of digits too long for any number is no year and
// no trap (the ingest fuzzer's first find).
import Testing

@testable import BaogaoIngest

@Suite struct PartCuesTests {
  @Test func fourDigitYearsBeforeNian() {
    #expect(PartCues.years(in: "2017年工作回顾和2018年工作安排") == [2017, 2018])
    #expect(PartCues.years(in: "12018年") == [])
    #expect(PartCues.years(in: "1800年") == [])
  }

  @Test func aRunOfDigitsTooLongForAnIntIsNoYear() {
    #expect(PartCues.years(in: String(repeating: "9", count: 40) + "年，2020年") == [2020])
  }
}
