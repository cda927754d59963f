// NumberedTextsTests.swift: FoldedNeedle.numbers finds exactly the numbers
// whose text passes the word's test, text by text: over heads and words of
// every shape (digits, a colon, letters of either case, Chinese, a scope
// ending in digits) and ranges across powers of ten.
import Testing

@testable import BaogaoQuery

@Suite struct NumberedTextsTests {
  static let heads = ["T", "dinghai-2018:T", "S", "定海:P", "a1:S", "r19:S", "x:t", "tt:T"]
  static let words = [
    "", "t", "T1", "t12", "1", "0", "01", "10", "19", "2018", "8:", "8:t1", ":t", ":T10",
    "dinghai", "DING", "d8t", "海p", "定p2", "zzz", "s1", "19:s", "9:s1", "t:t", "tt", "tT1",
    "ht1", "12", "111", "定", "p0",
  ]
  static let ranges = [0..<25, 1..<130, 95..<1_005, 7..<8, 0..<1, 999..<1_001, 5..<5]

  @Test func theRangeGivesWhatEachTextGives() {
    for head in Self.heads {
      for word in Self.words {
        let needle = FoldedNeedle(word)
        for range in Self.ranges {
          for test in FoldedNeedle.Test.allCases {
            var found: [Int] = []
            needle.numbers(after: Array(head.utf8), in: range, passing: test) { found.append($0) }
            let each = range.filter { n in
              Array((head + String(n)).utf8).withUnsafeBufferPointer { needle.passes($0, test) }
            }
            #expect(found.sorted() == each, "\(head) \(word) \(range) \(test)")
            #expect(Set(found).count == found.count, "found twice: \(head) \(word) \(test)")
          }
        }
      }
    }
  }

  @Test func aWordThatGoesOnIntoTheNumberIsARangePerLength() {
    var found: [Int] = []
    FoldedNeedle("t1").numbers(after: Array("T".utf8), in: 1..<200, passing: .prefix) {
      found.append($0)
    }
    #expect(found == [1] + Array(10...19) + Array(100...199))
  }
}
