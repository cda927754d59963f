// NodeLookupTests.swift: the guessed look-up of linked nodes gives what
// Graph.byID gives, for ids in and out of their array's order.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct NodeLookupTests {
  /// Two reports of scoped ids, one section added out of turn, one with an
  /// id of no number.
  static let graph: Graph = {
    var b = GraphBuilder()
    for report in ["a-2018", "b-2019"] {
      b.reports.append(Report(id: report, title: report, source: "test"))
      b.scope = report
      for path in ["一", "二", "三"] {
        b.sections.append(Section(id: b.newID(.section), report: report, path: path, title: path))
      }
    }
    b.sections.insert(Section(id: "S99", report: "a-2018", path: "四", title: "四"), at: 1)
    b.sections.append(Section(id: "outline", report: "a-2018", path: "五", title: "五"))
    return b.build()
  }()

  @Test func givesWhatByIDGives() {
    let graph = NodeLookupTests.graph
    let lookup = NodeLookup()
    let ids = graph.sections.map(\.id)
    // In order, backwards, and jumping between the reports.
    for id in ids + ids.reversed() + ["b-2019:S2", "a-2018:S2", "b-2019:S3", "a-2018:S1"] {
      #expect(lookup.ref(of: id, kind: .section, in: graph) == graph.byID[id], "\(id)")
    }
    #expect(lookup.ref(of: "a-2018:S7", kind: .section, in: graph) == nil)
    #expect(lookup.ref(of: "b-2019", kind: .section, in: graph) == graph.byID["b-2019"])
    // An id of another kind than the link's is still found.
    #expect(lookup.ref(of: "a-2018", kind: .section, in: graph)?.kind == .report)
  }

  @Test func numberOfAnID() {
    #expect(NodeLookup.number(ending: "hailaer-2016:T37") == 37)
    #expect(NodeLookup.number(ending: "T0") == 0)
    #expect(NodeLookup.number(ending: "outline") == nil)
    #expect(NodeLookup.number(ending: "") == nil)
  }
}
