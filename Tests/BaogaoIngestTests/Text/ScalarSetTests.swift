// ScalarSetTests.swift: a scalar set's positions in a text are the places a
// test of every scalar finds, and the list markers of Places are 等 and the
// numerals `isNumeral` takes.
import Testing

@testable import BaogaoIngest

@Suite struct ScalarSetTests {
  @Test func positionsAreWhereTheSetContainsTheScalar() {
    let set: ScalarSet = ["山", "-", "G", "\u{20000}"]
    for line in ["", "山", "北山-南山", "G318国道山", "\u{20000}山a", "没有"] {
      let text = Array(line.unicodeScalars)
      for start in -1...(text.count + 1) {
        let expected = text.indices.filter { $0 >= start && set.contains(text[$0]) }
        #expect(Array(set.positions(in: text, from: start)) == expected, "\(line) from \(start)")
      }
    }
  }

  @Test func marksGiveEachPlaceRulesPositions() {
    for line in ["", "北山-南山至乌兰乌德国际航线", "京津冀等13个区块、G318国道", "\u{20000}闽江流域和洱海"] {
      let text = Array(line.unicodeScalars)
      let marks = PlaceLexicon.marks(in: text)
      for scan in PlaceLexicon.Scan.allCases {
        for start in [0, 1, 3] {
          #expect(
            Array(marks.positions(of: scan, from: start))
              == Array(scan.set.positions(in: text, from: start)), "\(line) \(scan) from \(start)")
        }
      }
    }
  }

  @Test func listMarkersAreDengAndTheNumerals() {
    let differing = scalars(
      where: { PlaceLexicon.listMarkers.contains($0) },
      differsFrom: { $0 == "等" || PlaceLexicon.isNumeral($0) })
    #expect(differing.isEmpty, "\(differing.prefix(10))")
  }
}

/// The reference the marks are checked against: every position a plain
/// scan with `firstIndex` finds (only tests need it; the rules read marks).
extension ScalarSet {
  /// The positions of `text` from `start` on whose scalars are in the set, in
  /// order: `for i in set.positions(in: piece)` for
  /// `for i in piece.indices where set.contains(piece[i])`.
  func positions(in text: [Unicode.Scalar], from start: Int = 0) -> Positions {
    Positions(set: self, text: text, from: start)
  }

  /// The iterator of `positions(in:from:)`.
  struct Positions: Sequence, IteratorProtocol {
    let set: ScalarSet
    let text: [Unicode.Scalar]
    var from: Int

    mutating func next() -> Int? {
      guard let i = set.firstIndex(in: text, from: from) else {
        from = text.count
        return nil
      }
      from = i + 1
      return i
    }
  }

}
