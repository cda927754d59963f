import BaogaoGraph
// StringTableTests.swift: the cache writer's string table gives one index
// per distinct byte string, whatever the strings' storage, and tells apart
// long strings that differ only in the middle or only in normalisation; a
// string that is a run of another's bytes is stored as that run, and reads
// back whole, while a run that is damaged is an error.
import Testing

@testable import BaogaoIngest

@Suite struct StringTableTests {
  @Test func eachDistinctByteStringHasOneIndex() {
    let long = String(repeating: "地区生产总值增长", count: 20)
    var middle = Array(long.unicodeScalars)
    middle[70] = "乙"
    let strings =
      [
        "", "a", long, String(String.UnicodeScalarView(middle)), "\u{E9}", "e\u{301}",
        "hailaer-2016:T1",
      ] + (0..<5_000).map { "r\($0 % 997):T\($0)" }
    var table = StringTable()
    var expected: [String] = []
    var indexOf: [[UInt8]: Int] = [:]
    for string in strings + strings.reversed() {
      // A copy with storage of its own: equal bytes, another buffer.
      let copy = String(decoding: Array(string.utf8), as: UTF8.self)
      let bytes = Array(string.utf8)
      let index = table.index(of: copy)
      if let known = indexOf[bytes] {
        #expect(index == known)
      } else {
        #expect(index == expected.count)
        indexOf[bytes] = index
        expected.append(string)
      }
    }
    #expect(table.strings.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
    #expect(indexOf.count == Set(strings.map { Array($0.utf8) }).count)
  }

  @Test func aRunOfAnotherStringIsStoredAsThatRun() throws {
    let text = "坚持稳中求进。地区生产总值增长6.5%左右，一般公共预算收入增长5%。"
    let sentence = "地区生产总值增长6.5%左右，一般公共预算收入增长5%。"
    let span = "地区生产总值增长6.5%左右"
    var table = StringTable()
    let sentenceIndex = table.index(of: sentence, within: text)
    let spanIndex = table.index(of: span, within: sentence)
    let textIndex = table.index(of: text)
    #expect(table.pieces[textIndex] == .whole)
    #expect(
      table.pieces[sentenceIndex]
        == .within(base: textIndex, offset: "坚持稳中求进。".utf8.count, length: sentence.utf8.count))
    #expect(
      table.pieces[spanIndex] == .within(base: sentenceIndex, offset: 0, length: span.utf8.count))
    // Not a run, or too short to gain: whole.
    let notARun = table.index(of: "城镇新增就业3万人以上", within: text)
    let short = table.index(of: "增长6.5%", within: text)
    #expect(table.pieces[notARun] == .whole)
    #expect(table.pieces[short] == .whole)
    // An entry holding the text's bytes once reads back every string.
    let section = Section(
      id: "r:S1", report: "r", path: "一", title: "总体要求", text: text, topics: [sentence])
    let bytes = CacheWriter.bytes(of: section)
    #expect(bytes.count < 2 * text.utf8.count)
    #expect(try CacheReader.value(Section.self, from: bytes) == section)
  }

  /// Hand-made entries: "甲乙" whole, then a run of it; the body names the run.
  @Test(
    arguments: [
      (3, 3, "乙"), (0, 6, "甲乙"), (1, 3, nil), (0, 2, nil), (3, 4, nil), (0, 7, nil), (9, 0, nil),
    ] as [(Int, Int, String?)])
  func aRunReadsBackOnlyWhenItIsWhole(offset: Int, length: Int, expected: String?) {
    // 3 bytes a character: offsets 0, 3 and 6 are boundaries, 1 and 2 are not.
    let bytes: [UInt8] =
      [2, 12] + Array("甲乙".utf8) + [1, UInt8(offset), UInt8(length)] + [1]
    let read = try? CacheReader.value(String.self, from: bytes)
    #expect(read == expected)
  }
}
