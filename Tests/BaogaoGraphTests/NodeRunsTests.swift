// NodeRunsTests.swift: ids read a few nodes at a time, as a builder reads
// them after each report (GraphBuilder.readIDs), give the runs one pass over
// every node gives, wherever the pieces start and end (in a run, between
// runs, on an id of another form); and a builder cut back forgets them.
import Testing

@testable import BaogaoGraph

@Suite struct NodeRunsTests {
  /// NodeIndexTests' nodes (runs in several scopes, gaps, ids of other
  /// forms) cut into pieces of `size` nodes of each kind.
  static func pieces(size: Int) -> [NodeLists] {
    let all = NodeIndexTests.nodes
    let longest = max(all.reports.count, all.organizations.count, all.junk.count)
    return stride(from: 0, to: longest, by: size).map { start in
      func slice<T>(_ list: [T]) -> [T] {
        Array(list[min(start, list.count)..<min(start + size, list.count)])
      }
      var piece = NodeLists()
      piece.reports = slice(all.reports)
      piece.organizations = slice(all.organizations)
      piece.junk = slice(all.junk)
      return piece
    }
  }

  @Test(arguments: [1, 2, 3, 5, 8, 13, 1000])
  func readingInPiecesIsReadingOnce(size: Int) {
    var builder = GraphBuilder()
    for piece in Self.pieces(size: size) {
      builder.append(piece)
      builder.readIDs()
    }
    #expect(builder.nodeLists == NodeIndexTests.nodes)
    #expect(builder.idRuns.matchesOnePass(over: builder.nodeLists))
    #expect(!builder.idRuns.isEmpty)
    let graph = builder.build()
    for (id, ref) in NodeIndexTests.table { #expect(graph.byID[id] == ref, "\(id)") }
  }

  /// Some nodes read, the rest left to the build: the build reads them.
  @Test func theBuildReadsWhatWasNotRead() {
    var builder = GraphBuilder()
    let pieces = Self.pieces(size: 4)
    for (n, piece) in pieces.enumerated() {
      builder.append(piece)
      if n < pieces.count / 2 { builder.readIDs() }
    }
    let graph = builder.build()
    for (id, ref) in NodeIndexTests.table { #expect(graph.byID[id] == ref, "\(id)") }
  }

  /// Cut back after reading, then given other nodes in the same places:
  /// the runs read before the cut would point at nodes that are gone.
  @Test func aCutForgetsWhatWasRead() {
    var builder = GraphBuilder()
    builder.scope = "a"
    for _ in 0..<5 {
      builder.organizations.append(
        Organization(id: builder.newID(.organization), report: "a", name: ""))
    }
    builder.readIDs()
    builder.cut(to: [0, 0, 0, 0, 0, 0, 2, 0, 0, 0])
    #expect(builder.idRuns.isEmpty)
    builder.scope = "b"
    for _ in 0..<3 {
      builder.organizations.append(
        Organization(id: builder.newID(.organization), report: "b", name: ""))
    }
    builder.readIDs()
    let graph = builder.build()
    #expect(graph.organizations.map(\.id) == ["a:O1", "a:O2", "b:O1", "b:O2", "b:O3"])
    #expect(graph.byID["a:O3"] == nil)
    #expect(graph.byID["b:O1"] == NodeRef(kind: .organization, index: 2))
    #expect(graph.byID["b:O3"] == NodeRef(kind: .organization, index: 4))
  }

  /// A builder whose lists go into another's reads none of its ids.
  @Test func aPartReadsNoIds() {
    var part = GraphBuilder()
    part.readsIDs = false
    part.append(NodeIndexTests.nodes)
    part.readIDs()
    #expect(part.idRuns.isEmpty)
    var whole = GraphBuilder()
    whole.append(part.nodeLists)
    #expect(whole.idRuns.matchesOnePass(over: whole.nodeLists))
  }
}
