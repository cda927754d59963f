// NodeCandidatesTests.swift: `show` completion, by its index and by the pass
// over the node arrays that stands in while the index is built: the same
// candidates in the same order.
import BaogaoGraph
import Dispatch
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

  /// Ids of every form: numbered in runs, out of their run's order, of
  /// another form, and numbers across powers of ten.
  static let oddIDs: Graph = {
    var b = GraphBuilder()
    b.reports.append(Report(id: "r1", title: "报告", source: "test"))
    b.scope = "r1"
    for _ in 0..<120 {
      b.targets.append(
        Target(id: b.newID(.target), report: "r1", section: "r1:S1", area: "a", span: "s"))
    }
    for id in ["r1:T7", "T07", "目标一", "r1:t8", "T", "r1:T1000"] {
      b.targets.append(Target(id: id, report: "r1", section: "r1:S1", area: "a", span: "s"))
    }
    b.places.append(Place(id: "r1:P9", report: "r1", name: "T1", type: .town, mentions: 1))
    return b.build()
  }()

  /// What the scan must give: the names, kind by kind in array order and
  /// counted, then every id that is no name, matched as CandidateIndex
  /// matches any list of candidates.
  static func reference(_ word: String, in graph: Graph) -> [CompletionCandidate] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    let names =
      graph.reports.map(\.id) + graph.places.map(\.name) + graph.projects.map(\.name)
      + graph.organizations.map(\.name) + graph.indicators.map(\.name)
    for name in names where !name.isEmpty {
      if counts[name] == nil { order.append(name) }
      counts[name, default: 0] += 1
    }
    let ids = Set(graph.byID.keys).subtracting(counts.keys).sorted {
      $0.count != $1.count ? $0.count < $1.count : $0 < $1
    }
    let all =
      order.map { CompletionCandidate($0, count: counts[$0] == 1 ? nil : counts[$0]) }
      + ids.map { CompletionCandidate($0) }
    return CandidateIndex(all).match(word)
  }

  @Test func theScanGivesWhatEveryTextMatchedGives() {
    let words =
      NodeCandidatesTests.words + [
        "t1", "T10", "r1:t1", "1", "10", "0", "07", "T0", "t8", "目标", "r1t", "1:t11", "T1000",
        "tt", "p9",
      ]
    for graph in [NodeCandidatesTests.graph, NodeCandidatesTests.oddIDs] {
      for word in words {
        #expect(
          NodeCandidates.scan(word, in: graph) == NodeCandidatesTests.reference(word, in: graph),
          "\(word)")
      }
    }
  }

  /// A graph big enough to be read in parts on every core: names met
  /// first late in an array, and in several kinds.
  static let big: Graph = {
    var b = GraphBuilder()
    let names = ["金塘", "定海", "金塘镇", "盐仓", "金山"]
    for r in 0..<200 {
      let report = "r\(r)"
      b.reports.append(Report(id: report, title: "报告", source: "test"))
      b.scope = report
      for i in 0..<300 {
        let name = r > 150 && i % 7 == 0 ? "金后来\(i % 3)" : names[(r * i) % names.count]
        b.places.append(
          Place(id: b.newID(.place), report: report, name: name, type: .town, mentions: 1))
        b.sections.append(Section(id: b.newID(.section), report: report, path: "一", title: "t"))
      }
      b.projects.append(Project(id: b.newID(.project), report: report, name: "金塘", kind: "桥梁"))
    }
    return b.build()
  }()

  @Test func thePartsGiveWhatOneCoreGives() {
    let graph = NodeCandidatesTests.big
    #expect(graph.nodeCount > NodeCandidates.nodesPerCore * 2)
    for word in ["", "金", "后来", "金来", "r1", "r19:S1", "zzz"] {
      let everyCore = NodeCandidates.scan(word, in: graph)
      // On an idle thread the scan reads on one core.
      let done = DispatchSemaphore(value: 0)
      nonisolated(unsafe) var oneCore: [CompletionCandidate] = []
      IdleThread.start {
        oneCore = NodeCandidates.scan(word, in: graph)
        done.signal()
      }
      done.wait()
      #expect(everyCore == oneCore, "\(word)")
    }
    let found = NodeCandidates.scan("金", in: graph).prefix(6).map(\.text)
    #expect(found == ["金塘", "金塘镇", "金山", "金后来0", "金后来1", "金后来2"])
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
