// QueryEngineTests.swift: statements, recovery at `;`, isComplete, limits.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct QueryEngineTests {
  @Test func aFailingStatementDoesNotStopTheRest() {
    let outcomes = QueryEngine.run(
      Source(name: "-c", text: "sections; targets where (; places; -- done\n"),
      in: SampleGraph.graph)
    #expect(outcomes.count == 3)
    #expect((try? outcomes[0].result.get()) != nil)
    #expect((try? outcomes[1].result.get()) == nil)
    #expect((try? outcomes[2].result.get())?.rows.count == 3)
  }

  @Test func spansCoverTheStatementWithoutCommentsOrSemicolon() {
    let text = "-- hi\n sections ;places"
    let spans = QueryEngine.run(Source(name: "-c", text: text), in: SampleGraph.graph).map(\.span)
    let utf8 = Array(text.utf8)
    #expect(
      spans.map { String(decoding: utf8[$0.start..<$0.end], as: UTF8.self) } == [
        "sections", "places",
      ])
  }

  @Test(arguments: [
    ("sections", true),
    ("sections;", true),
    ("", true),
    ("-- a comment", true),
    ("targets where area = 城市建设", true),
    ("targets where", false),
    ("targets where area =", false),
    ("targets where (area = x", false),
    ("targets where area = 城市建设 and", false),
    ("targets order", false),
    ("count", false),
    ("show", false),
    ("places where name = '金", false),
    ("places where name = '金\n塘'", true),
    ("targets where ;", true),
    ("sections; targets where", false),
    ("targets where\n area = 城市建设", true),
    ("tagets", true),
    ("places ) x", true),
  ])
  func completeness(_ text: String, _ complete: Bool) {
    #expect(QueryEngine.isComplete(text) == complete)
  }

  @Test func aMegabyteQueryRuns() {
    let text =
      "places where " + Array(repeating: "name = 金塘镇", count: 80_000).joined(separator: " or ")
    #expect(text.utf8.count > 1_000_000)
    guard case .success(let table) = QueryTesting.run(text) else {
      Issue.record("failed")
      return
    }
    #expect(table.rows.count == 1)
  }

  @Test func aMegabyteWordIsAnUnknownKind() {
    let word = String(repeating: "城", count: 400_000)
    #expect(QueryTesting.error(word).contains("unknown kind"))
  }
}
