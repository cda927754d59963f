// ResultListTests.swift: rows made on demand read as held rows would, page
// as held rows do, and compare by their values.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct ResultListTests {
  func table(_ text: String) throws -> ResultTable {
    try QueryTesting.run(text).get()
  }

  @Test func aListingsRowsAreMadeAndReadTheSameEachTime() throws {
    let made = try table("targets")
    guard case .made = made.rows.storage else {
      Issue.record("a listing's rows are made on demand")
      return
    }
    let held = ResultTable(
      columns: made.columns, rows: Array(made.rows), rowIDs: Array(made.rowIDs))
    #expect(made == held)
    #expect(Array(made.rows) == Array(made.rows))
    #expect(made.rows.count == SampleGraph.graph.targets.count)
    #expect(made.rowIDs.map { $0 ?? "" } == SampleGraph.graph.targets.map(\.id))
  }

  @Test func aPageOfMadeRowsIsThoseRowsOfTheWhole() throws {
    let whole = try table("places order by id")
    let page = try table("places order by id limit 2 offset 1")
    #expect(Array(page.rows) == Array(whole.rows.dropFirst().prefix(2)))
    #expect(Array(page.rowIDs) == Array(whole.rowIDs.dropFirst().prefix(2)))
    let list = ResultList<Int>(count: 5) { $0 * 10 }
    #expect(Array(list.slice(from: 3, count: 9)) == [30, 40])
    #expect(list.slice(from: 7, count: 2).isEmpty)
    #expect(ResultList([1, 2, 3]).slice(from: 1, count: 1) == [2])
  }

  @Test func madeAndHeldListsCompareByValue() {
    let made = ResultList<String?>(count: 2) { $0 == 0 ? "a" : nil }
    let held: ResultList<String?> = ["a", nil]
    #expect(made == held)
    #expect(made.hashValue == held.hashValue)
    #expect(made != ["a", "b"])
  }

  @Test func textRowsAreTheSectionsParagraphs() throws {
    // One section cut on its bytes, one (a CR) by Characters, for which CR LF
    // is one Character and no line break, as ReportText.paragraphs cuts them.
    var b = GraphBuilder()
    b.reports.append(Report(id: "r", title: "报告", place: "定海区", year: 2018, source: "test"))
    let texts = ["甲段。\n\n　乙段 \n丙", "丁\r\n戊", ""]
    for (n, text) in texts.enumerated() {
      b.sections.append(
        Section(
          id: b.newID(.section), report: "r", path: n == 0 ? "二" : "二.(\(n))", title: "题",
          parent: n == 0 ? nil : "S1", text: text))
    }
    let graph = b.build()
    let table = try QueryTesting.run("text 二", in: graph).get()
    let column = try #require(table.columns.firstIndex(of: "text"))
    #expect(table.rows.map { $0[column].text } == ["甲段。", "乙段", "丙", "丁\r\n戊", ""])
    #expect(table.rowIDs.map { $0 ?? "" } == ["S1", "S1", "S1", "S2", "S3"])
  }
}
