// GraphMemoTests.swift: the memo's entries lock one by one: while one value
// is built on another thread (the shell's background counting), another is
// read at once (a Tab, issue 15), and a reader of the value being built waits
// for it rather than building it twice, unless an idle thread builds it.
// Also `show`'s edges before and after the edge index exists.
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
    // Built on a thread of the user's (not an idle one, whose builds are
    // not waited for: aValueBuiltIdlyIsNotWaitedFor).
    Task.detached {
      _ = memo.value("slow") { () -> Int in
        builds.add(1, ordering: .sequentiallyConsistent)
        started.store(true, ordering: .sequentiallyConsistent)
        while !release.load(ordering: .sequentiallyConsistent) { usleep(1000) }
        return 1
      }
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

  /// A value an idle thread is building is built again at once by a request
  /// of the user's (a Tab), not waited for; the first value stored stays.
  @Test func aValueBuiltIdlyIsNotWaitedFor() {
    let memo = GraphMemo()
    let started = Atomic<Bool>(false)
    let release = Atomic<Bool>(false)
    let finished = Atomic<Bool>(false)
    memo.prepare("counts") { () -> Int in
      started.store(true, ordering: .sequentiallyConsistent)
      // Bounded: were the build not on an idle thread, the reader below
      // would wait for it, and the test must fail, not hang.
      for _ in 0..<10_000 where !release.load(ordering: .sequentiallyConsistent) { usleep(1000) }
      finished.store(true, ordering: .sequentiallyConsistent)
      return 1
    }
    for _ in 0..<10_000 where !started.load(ordering: .sequentiallyConsistent) { usleep(1000) }
    // Answered while the idle build still waits: it did not wait for it.
    #expect(memo.value("counts") { () -> Int in 2 } == 2)
    let idleFinished = finished.load(ordering: .sequentiallyConsistent)
    #expect(!idleFinished)
    release.store(true, ordering: .sequentiallyConsistent)
    for _ in 0..<10_000 where !finished.load(ordering: .sequentiallyConsistent) { usleep(1000) }
    usleep(10_000)
    #expect(memo.value("counts") { () -> Int in 3 } == 2)
    #expect(memo.existing("counts", as: Int.self) == 2)
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
