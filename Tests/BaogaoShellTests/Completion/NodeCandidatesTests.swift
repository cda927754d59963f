// NodeCandidatesTests.swift: `show` completion, by its index and by the pass
// over the node arrays that stands in while the index is built: the same
// candidates in the same order.
import BaogaoGraph
import Testing

@testable import BaogaoShell

@Suite struct NodeCandidatesTests {
  /// Two reports with places and projects of shared and own names, ids of
  /// several lengths, and a place named like a report.
  static let graph: Graph = {
    var b = GraphBuilder()
    for report in ["dinghai-2018", "hailaer-2016"] {
      b.reports.append(Report(id: report, title: "报告", source: "test"))
      b.scope = report
      for name in ["金塘", "定海", "金塘镇", "dinghai-2018"] {
        b.places.append(
          Place(id: b.newID(.place), report: report, name: name, type: .town, mentions: 1))
      }
      b.projects.append(Project(id: b.newID(.project), report: report, name: "金塘大桥", kind: "桥梁"))
      for _ in 0..<12 {
        b.sections.append(Section(id: b.newID(.section), report: report, path: "一", title: "t"))
      }
    }
    b.scope = ""
    b.sections.append(Section(id: "S2", report: "dinghai-2018", path: "二", title: "t"))
    b.sections.append(Section(id: "S10", report: "dinghai-2018", path: "三", title: "t"))
    return b.build()
  }()

  static let words = [
    "", "金", "金塘", "塘", "金镇", "d", "DING", "dinghai-2018:s1", "s1", "S", ":P", "zzz",
  ]

  @Test func theIndexAndThePassGiveTheSameCandidates() {
    let index = NodeCandidates.index(of: NodeCandidatesTests.graph)
    for word in NodeCandidatesTests.words {
      #expect(index.match(word) == NodeCandidates.scan(word, in: NodeCandidatesTests.graph))
    }
  }

  @Test func namesFirstCountedThenIDsShortestFirst() {
    let found = NodeCandidates.scan("金", in: NodeCandidatesTests.graph)
    #expect(
      found == [
        CompletionCandidate("金塘", count: 2), CompletionCandidate("金塘镇", count: 2),
        CompletionCandidate("金塘大桥", count: 2),
      ])
    #expect(
      NodeCandidates.scan("s1", in: NodeCandidatesTests.graph) == [CompletionCandidate("S10")])
    let ids = NodeCandidates.scan("dinghai-2018:S1", in: NodeCandidatesTests.graph).map(\.text)
    #expect(ids == ["dinghai-2018:S1"] + (10...12).map { "dinghai-2018:S\($0)" })
  }

  @Test func aReportIDIsOfferedOnceAsAName() {
    let found = NodeCandidates.scan("dinghai", in: NodeCandidatesTests.graph)
    #expect(found.first == CompletionCandidate("dinghai-2018", count: 3))
    #expect(found.filter { $0.text == "dinghai-2018" }.count == 1)
  }

  @Test func substringThenSubsequenceWhenNothingBeginsWithTheWord() {
    #expect(
      NodeCandidates.scan("塘大", in: NodeCandidatesTests.graph) == [
        CompletionCandidate("金塘大桥", count: 2)
      ])
    #expect(
      NodeCandidates.scan("金桥", in: NodeCandidatesTests.graph) == [
        CompletionCandidate("金塘大桥", count: 2)
      ])
    #expect(NodeCandidates.scan("zzz", in: NodeCandidatesTests.graph).isEmpty)
  }
}
