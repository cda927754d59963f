// FieldIndexTests.swift: a column read in parts (on several cores) and
// joined is the column read whole: the same texts, codes in the same order of
// first appearance, the same rows per text.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct FieldIndexTests {
  /// The parts of a column that must agree, as comparable values.
  func summary(_ column: FieldColumn) -> [String] {
    [
      column.raw.joined(separator: "|"), column.folded.joined(separator: "|"),
      column.foldedCode.map(String.init).joined(separator: ","),
      column.starts.map(String.init).joined(separator: ","),
      column.codes.map(String.init).joined(separator: ","),
      column.rowsByCode.map { $0.map(String.init).joined(separator: ",") }.joined(separator: ";"),
    ]
  }

  @Test func aColumnReadInPartsIsTheColumnReadWhole() {
    let graph = SampleGraph.graph
    var compared = 0
    for kind in Schema.kinds {
      let count = kind.count(graph)
      for field in kind.fields where field.type != .number && count >= 3 {
        let whole = FieldIndex.read(field, rows: 0..<count, graph: graph).finished()
        for cuts in [[count / 2], [1, count - 1], [count / 3, 2 * count / 3]] {
          let bounds = [0] + cuts + [count]
          var joined = FieldIndex.read(field, rows: bounds[0]..<bounds[1], graph: graph)
          for i in 1..<(bounds.count - 1) {
            joined.append(FieldIndex.read(field, rows: bounds[i]..<bounds[i + 1], graph: graph))
          }
          #expect(
            summary(joined.finished()) == summary(whole),
            "\(kind.name).\(field.name) cut at \(cuts)")
          compared += 1
        }
      }
    }
    #expect(compared > 20)
  }

  @Test func aLargeColumnIsBuiltInPartsAndAnswersAsOne() {
    // More rows than one core reads: FieldIndex.build splits them.
    var b = GraphBuilder()
    b.reports.append(Report(id: "r", title: "报告", place: "定海区", year: 2018, source: "test"))
    let areas = ["城市建设", "产业", "民生", "城市建设", "生态"]
    let rows = 2 * FieldIndex.rowsPerCore + 7
    for n in 0..<rows {
      b.targets.append(
        Target(
          id: b.newID(.target), report: "r", section: "S1", area: areas[(n * 7) % areas.count],
          span: "第\(n)项", main: false, indicators: [], verb: n % 2 == 0 ? "确保" : "力争"))
    }
    let graph = b.build()
    let kind = Schema.kind(of: .target)!
    let area = kind.field(named: "area")!
    let built = FieldIndex.build(area, rows: rows, graph: graph)
    let whole = FieldIndex.read(area, rows: 0..<rows, graph: graph).finished()
    #expect(summary(built) == summary(whole))
    #expect(built.rows(withText: "城市建设")?.count == (0..<rows).count { (($0 * 7) % 5) % 3 == 0 })
  }
}
