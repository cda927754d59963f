// GraphMemoTests.swift: the memo's entries lock one by one: while one value
// is built on another thread (the shell's background counting), another is
// read at once (a Tab, issue 15), and a reader of the value being built waits
// for it rather than building it twice. Also `show`'s edges before and after
// the edge index exists.
import BaogaoGraph
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct GraphMemoTests {
  @Test func anEntryIsReadWhileAnotherIsBuilt() {
    let memo = GraphMemo()
    let started = Atomic<Bool>(false)
    let release = Atomic<Bool>(false)
    let builds = Atomic<Int>(0)
    memo.prepare("slow") { () -> Int in
      builds.add(1, ordering: .sequentiallyConsistent)
      started.store(true, ordering: .sequentiallyConsistent)
      while !release.load(ordering: .sequentiallyConsistent) { usleep(1000) }
      return 1
    }
    while !started.load(ordering: .sequentiallyConsistent) { usleep(1000) }
    // The slow build holds its own entry only: this one is built and read now.
    #expect(memo.value("fast") { 2 } == 2)
    #expect(memo.existing("slow", as: Int.self) == nil)
    release.store(true, ordering: .sequentiallyConsistent)
    // Waits for the build under way instead of running its own.
    #expect(memo.value("slow") { () -> Int in 0 } == 1)
    #expect(builds.load(ordering: .sequentiallyConsistent) == 1)
    #expect(memo.existing("slow", as: Int.self) == 1)
  }

  @Test func edgesAreTheSameBeforeAndAfterTheIndex() {
    var builder = GraphBuilder()
    let ids = (0..<4).map { _ in builder.newID(.section) }
    builder.sections = ids.map { Section(id: $0, report: "r", path: $0, title: $0) }
    builder.edges = [
      Edge(from: ids[0], to: ids[1], rel: .contains),
      Edge(from: ids[1], to: ids[2], rel: .contains),
      Edge(from: ids[0], to: ids[2], rel: .mentions),
      Edge(from: "gone", to: ids[2], rel: .contains),
    ]
    let graph = builder.build()
    let scanned = ids.map { graph.edges(of: $0) }
    // The first call started the index; wait until it is there.
    while graph.memo.existing("Graph.edgeIndex", as: (any Sendable).self) == nil { usleep(1000) }
    for (id, before) in zip(ids, scanned) {
      let after = graph.edges(of: id)
      #expect(after.outgoing == before.outgoing && after.incoming == before.incoming)
    }
    #expect(scanned[2].incoming.map(\.from) == [ids[1], ids[0], "gone"])
    #expect(graph.edges(of: "gone").outgoing.isEmpty)
  }
}
