// StringTableTests.swift: the cache writer's string table gives one index
// per distinct byte string, whatever the strings' storage, and tells apart
// long strings that differ only in the middle or only in normalisation.
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
}
