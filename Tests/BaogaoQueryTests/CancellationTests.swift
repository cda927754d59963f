// CancellationTests.swift: a statement stopped while it runs (the shell's
// Ctrl-C) gives `interrupted`, never the rows found so far, and the
// statements after it do not run; the loops of filters and `search` ask.
import BaogaoGraph
import Synchronization
import Testing

@testable import BaogaoQuery

@Suite struct CancellationTests {
  /// A cancellation that counts how often it was asked, and asks to stop
  /// from the `stopsAt`-th time on (never with nil).
  final class Asked: Sendable {
    let count = Mutex(0)
    let stopsAt: Int?
    init(stopsAt: Int?) { self.stopsAt = stopsAt }
    var cancellation: Cancellation {
      Cancellation {
        let n = self.count.withLock { count in
          count += 1
          return count
        }
        return self.stopsAt.map { n >= $0 } ?? false
      }
    }
    var times: Int { count.withLock { $0 } }
  }

  static func outcomes(_ text: String, _ asked: Asked) -> [StatementOutcome] {
    QueryEngine.run(
      Source(name: "-c", text: text), in: SampleGraph.graph, cancellation: asked.cancellation)
  }

  @Test func aStatementStoppedWhileItRunsIsInterrupted() {
    // Asked no to begin with, then yes: the rows found are not the answer.
    let outcomes = Self.outcomes("sections where title ~ 建设; targets", Asked(stopsAt: 2))
    #expect(outcomes.count == 1)
    guard case .failure(let error) = outcomes.first?.result else {
      Issue.record("the statement was not interrupted")
      return
    }
    #expect(error == .interrupted(at: SourceSpan(start: 0, end: 29)))
    #expect(error.message == "interrupted")
  }

  @Test func withoutARequestEveryStatementRuns() {
    let asked = Asked(stopsAt: nil)
    let outcomes = Self.outcomes("sections where title ~ 建设; targets", asked)
    #expect(outcomes.count == 2)
    #expect(outcomes.allSatisfy { if case .success = $0.result { true } else { false } })
  }

  @Test(arguments: [
    "sections where title ~ 建设", "search 建设", "count targets where verb ~ 确保 group by area",
  ])
  func theLoopsAsk(statement: String) {
    // Once by the filter's (or search's) loop at its first row, once by the
    // engine after the statement.
    let asked = Asked(stopsAt: nil)
    _ = Self.outcomes(statement, asked)
    #expect(asked.times >= 2)
  }

  @Test func searchStopsAtTheNextSection() {
    let asked = Asked(stopsAt: 1)
    _ = Self.outcomes("search 建设", asked)
    // Asked by the loop, which stopped, and by the engine: not once a section.
    let sections = SampleGraph.graph.sections.count
    #expect(sections > 3)
    #expect(asked.times < sections)
  }
}
