// MeasuresTests.swift: canonical names and scopes from the synonym table,
// directions and amounts in base units, on invented names and sentences.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct MeasuresTests {
  let names = IndicatorNames.standard

  @Test func synonymsShareOneCanonicalName() {
    for name in ["地区生产总值", "生产总值", "全市生产总值", "全省生产总值", "全县生产总值", "GDP"] {
      #expect(names.read(name).indicator == "地区生产总值", "\(name)")
    }
    #expect(names.read("一般公共财政预算收入").indicator == "一般公共预算收入")
    #expect(names.read("社零总额").indicator == "社会消费品零售总额")
    #expect(names.read("人均地区生产总值").indicator == "人均地区生产总值")
  }

  @Test func scopeIsKeptApartFromTheName() {
    #expect(names.read("区本级规上工业增加值") == ("工业增加值", "区本级、规模以上"))
    #expect(names.read("规模以上工业增加值") == ("工业增加值", "规模以上"))
    #expect(names.read("农村常住居民人均可支配收入") == ("居民人均可支配收入", "农村"))
    #expect(names.read("城镇登记失业率") == ("登记失业率", "城镇"))
    #expect(names.read("全市生产总值").scope == "全市")
    // Held whole by the table: 城镇化率 is not 城镇 + 化率.
    #expect(names.read("城镇化率") == ("常住人口城镇化率", nil))
    #expect(names.read("") == (nil, nil))
  }

  @Test func aUserFileAddsSynonyms() {
    var custom = IndicatorNames.standard
    let bad = custom.add(tsv: "# mine\n经济规模\t地区生产总值\r\n\n人均收入\t居民人均可支配收入\nbroken line\n")
    #expect(bad == [5])
    #expect(custom.read("经济规模").indicator == "地区生产总值")
    #expect(custom.read("全区经济规模") == ("地区生产总值", "全区"))
    #expect(names.read("经济规模").indicator == "经济规模")
  }

  /// Names are looked up by bytes only while the table and the name are
  /// plain (PlainText.swift); otherwise as Strings, canonically equal.
  @Test func canonicallyEqualNamesStillMatch() {
    var custom = IndicatorNames.standard
    custom.add(tsv: "\u{F9D1}\t地区生产总值\n")  // a compatibility ideograph of 六
    #expect(custom.read("六").indicator == "地区生产总值")
    #expect(custom.read("生产总值").indicator == "地区生产总值")
    #expect(custom == custom && custom != names)
  }

  @Test func amountsInBaseUnits() {
    #expect(UnitScale.amount(value: 18.5, unit: "亿元") == (1.85e9, "元"))
    #expect(UnitScale.amount(value: 14000, unit: "元") == (14000, "元"))
    #expect(UnitScale.amount(value: 3.5, unit: "万人") == (35000, "人"))
    #expect(UnitScale.amount(value: 2, unit: "万亩") == (20000, "亩"))
    #expect(UnitScale.amount(value: 1.46, unit: "亿吨") == (1.46e8, "吨"))
    #expect(UnitScale.amount(value: 50, unit: "千瓦") == (50, "千瓦"))
    #expect(UnitScale.amount(value: 3, unit: "万千瓦") == (30000, "千瓦"))
    #expect(UnitScale.amount(value: 6, unit: "%") == (6, "%"))
  }

  func figures(_ body: String) throws -> [Indicator] {
    let text = "——2031年1月9日在章贡区第十九届人民代表大会第二次会议上\n各位代表：\n一、2030年工作回顾\n" + body
    return try Ingest.graph(of: [(Array(text.utf8), "invented", "test")]).indicators
  }

  @Test func everyDeclineIsDown() throws {
    let found = try figures(
      "单位能耗下降3.6%，用水总量减少120万吨，氨氮排放降低2.5%，物价涨幅回落到1.2%，"
        + "化肥用量分别削减4%、5%。地区生产总值增长6%，财政收入提高到18亿元。")
    let down = found.filter { $0.measure.direction == .down }.map(\.value)
    let up = found.filter { $0.measure.direction == .up }.map(\.value)
    #expect(down == [3.6, 120, 2.5, 1.2, 4, 5])
    #expect(up == [6, 18])
  }

  @Test func amountOrdersWanAndYi() throws {
    let found = try figures("人均收入达到14000元，税收收入达到18.1亿元，利润总额达到5600万元。")
    let byAmount = found.sorted { ($0.measure.amount ?? 0) < ($1.measure.amount ?? 0) }
    #expect(byAmount.map(\.unit) == ["元", "万元", "亿元"])
  }
}
