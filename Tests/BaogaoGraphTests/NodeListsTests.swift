// NodeListsTests.swift: the room a load of many reports reserves ahead
// (NodeLists.reserveCapacity) changes no list's nodes, is made in each list
// by its own length, and never shrinks a list.
import BaogaoGraph
import Testing

@Suite struct NodeListsTests {
  @Test func reservingRoomKeepsTheNodesAndScalesEachList() {
    var lists = NodeLists()
    lists.sections = (0..<3).map { Section(id: "S\($0)", report: "r", path: "\($0)", title: "t") }
    lists.edges = [Edge(from: "S0", to: "S1", rel: .contains)]
    let before = lists
    #expect(lists.lengths == [0, 3, 0, 0, 0, 0, 0, 0, 0, 1])
    lists.reserveCapacity(lists.lengths, times: 10)
    #expect(lists == before)
    #expect(lists.sections.capacity >= 30)
    #expect(lists.edges.capacity >= 10)
    // A list with room already keeps its buffer; a smaller guess shrinks none.
    let capacity = lists.sections.capacity
    lists.reserveCapacity([0, 3, 0, 0, 0, 0, 0, 0, 0, 1], times: 2)
    #expect(lists.sections.capacity == capacity)
    // Lengths of another shape are not guessed from.
    lists.reserveCapacity([1_000], times: 2)
    #expect(lists.sections.capacity == capacity)
  }
}
