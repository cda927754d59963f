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

  @Test func listMarkersAreDengAndTheNumerals() {
    let differing = scalars(
      where: { PlaceLexicon.listMarkers.contains($0) },
      differsFrom: { $0 == "等" || PlaceLexicon.isNumeral($0) })
    #expect(differing.isEmpty, "\(differing.prefix(10))")
  }
}
