// PrefixTableTests.swift: a prefix table gives the first word, in the list's
// order, that stands at a place, as trying every word in turn does.
import Testing

@testable import BaogaoIngest

@Suite struct PrefixTableTests {
  static let words = ["个百分点", "百分点", "%", "平方公里", "平方米", "个", "米"].map {
    Array($0.unicodeScalars)
  }

  /// What the table replaces: every word tried in the list's order.
  static func firstByTrying(_ text: [Unicode.Scalar], at start: Int) -> Int? {
    words.indices.first { k in
      start >= 0 && start + words[k].count <= text.count
        && Array(text[start..<(start + words[k].count)]) == words[k]
    }
  }

  @Test func findsWhatTryingEveryWordFinds() {
    let table = PrefixTable(Self.words)
    for line in ["提高2个百分点", "新增绿地5平方公里、3平方米", "增长8%", "米", "", "个百"] {
      let text = Array(line.unicodeScalars)
      for start in -1...(text.count + 1) {
        #expect(
          table.first(startingAt: start, in: text) == Self.firstByTrying(text, at: start),
          "\(line) at \(start)")
      }
    }
  }

  @Test func theListsOrderWinsOverLength() {
    let table = PrefixTable([["个"], ["个", "百", "分", "点"]])
    #expect(table.first(startingAt: 0, in: Array("个百分点".unicodeScalars)) == 0)
  }
}
