// NodeMoveTests.swift: nodes moved onto a builder are the nodes appended,
// in order, and the lists they came from are left empty; lists that share
// their buffers with another value leave that value as it was.
import Testing

@testable import BaogaoGraph

@Suite struct NodeMoveTests {
  @Test func movingIsAppending() {
    let pieces = NodeRunsTests.pieces(size: 3)
    var moved = GraphBuilder()
    var copied = GraphBuilder()
    for piece in pieces {
      var taken = piece
      // Its own buffers, so that the move moves rather than copies first.
      taken.reports = Array(piece.reports)
      moved.append(moving: &taken)
      #expect(taken == NodeLists())
      copied.append(piece)
    }
    #expect(moved.nodeLists == NodeIndexTests.nodes)
    #expect(moved.nodeLists == copied.nodeLists)
  }

  /// A moved list that shared its buffer (a copy of it kept elsewhere) is
  /// copied on write first: the other holder keeps its nodes.
  @Test func aSharedListIsLeftWhole() {
    var list = ["甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙", "丙"].map {
      Edge(from: $0, to: $0 + "到", rel: .contains)
    }
    let kept = list
    var onto = [Edge(from: "起", to: "止", rel: .contains)]
    NodeMove.move(&list, onto: &onto, blank: NodeMove.edge)
    #expect(list.isEmpty)
    #expect(Array(onto.dropFirst()) == kept)
    #expect(kept.map(\.from) == ["甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙", "丙"])
  }

  @Test func ontoAnEmptyListTakesTheBuffer() {
    var list = [Edge(from: "甲", to: "乙", rel: .contains)]
    var onto: [Edge] = []
    NodeMove.move(&list, onto: &onto, blank: NodeMove.edge)
    #expect(list.isEmpty)
    #expect(onto == [Edge(from: "甲", to: "乙", rel: .contains)])
  }
}
