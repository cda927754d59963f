// TextTableTests.swift: tables and sets keyed by text find what String-keyed
// ones find, and change values in place.
import Testing

@testable import BaogaoIngest

@Suite struct TextTableTests {
  static let texts = ["定海", "定海区", "城北", "环城北路", "a", "", "舟山市定海区金塘镇大丰村"]

  @Test func tableFindsWhatADictionaryFinds() {
    var table = TextTable<Int>()
    var dictionary: [String: Int] = [:]
    for (index, text) in Self.texts.enumerated() where index % 2 == 0 {
      table[text] = index
      dictionary[text] = index
    }
    for text in Self.texts + ["定", "城北路"] { #expect(table[text] == dictionary[text], "\(text)") }
    #expect(table.count == dictionary.count)
    table["城北"] = nil
    #expect(table["城北"] == nil)
  }

  @Test func tableChangesAValueInPlace() {
    var table = TextTable<[Int]>()
    table["金塘"] = []
    table["金塘"]?.append(1)
    table["金塘"]?.append(2)
    #expect(table["金塘"] == [1, 2])
  }

  @Test func setHoldsItsMembersOnly() {
    let set: TextSet = ["保税区", "中沙", "城区"]
    #expect(set.contains("中沙"))
    #expect(!set.contains("中"))
    #expect(!set.contains("中沙古雷"))
    #expect(set.count == 3)
  }
}
