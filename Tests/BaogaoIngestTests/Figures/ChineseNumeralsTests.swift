// ChineseNumeralsTests.swift: Chinese numerals to numbers.
import Testing

@testable import BaogaoIngest

@Suite struct ChineseNumeralsTests {
  @Test(arguments: [
    ("两", 2.0), ("十", 10), ("十二", 12), ("二十", 20), ("一百二十", 120), ("三千", 3000),
    ("一百零五", 105), ("三万五千", 35000), ("十万", 100_000), ("一亿", 100_000_000),
  ])
  func value(text: String, expected: Double) {
    #expect(ChineseNumerals.value(of: Array(text.unicodeScalars)) == expected)
  }

  @Test(arguments: ["七五", "十三五", "二〇一八", "百", "万", ""])
  func notOneNumber(text: String) {
    #expect(ChineseNumerals.value(of: Array(text.unicodeScalars)) == nil)
  }
}
