// ParserTests.swift: the grammar, and every kind of syntax error rendered in
// full, caret line included, with Chinese text before the caret.
import Testing

@testable import BaogaoQuery

@Suite struct ParserTests {
  func parse(_ text: String) throws(QueryError) -> Statement {
    try Parser.parse(Lexer.tokens(of: text))
  }

  @Test func listWithEveryClause() throws {
    let statement = try parse("targets where area = 城市建设 order by verb desc, id limit 5 offset 2")
    guard case .list(let query) = statement else {
      Issue.record("not a list")
      return
    }
    #expect(query.kind.text == "targets")
    #expect(query.order.map(\.descending) == [true, false])
    #expect(query.limit == Limit(count: 5, offset: 2))
  }

  @Test func bothColumnSpellings() throws {
    let a = try parse("indicators(name, value) where value > 5")
    let b = try parse("select name, value from indicators where value > 5")
    guard case .list(let x) = a, case .list(let y) = b else {
      Issue.record("not lists")
      return
    }
    #expect(x.columns?.map(\.text) == ["name", "value"])
    #expect(y.columns?.map(\.text) == ["name", "value"])
  }

  @Test func andBindsTighterThanOr() throws {
    guard case .list(let q) = try parse("places where a = 1 or b = 2 and c = 3"),
      case .any(let terms) = q.filter
    else {
      Issue.record("not an or")
      return
    }
    #expect(terms.count == 2)
    guard case .all = terms[1] else {
      Issue.record("and did not bind")
      return
    }
  }

  @Test func keywordsAreValuesWhereTheGrammarWantsAValue() throws {
    guard case .list(let q) = try parse("indicators where kind = count and name = where"),
      case .all(let terms) = q.filter, case .compare(_, _, let value) = terms[0]
    else {
      Issue.record("keyword value")
      return
    }
    #expect(value.text == "count")
  }

  @Test func longOrChainsStayFlat() throws {
    let text =
      "places where " + Array(repeating: "name = x", count: 20_000).joined(separator: " or ")
    guard case .list(let q) = try parse(text), case .any(let terms) = q.filter else {
      Issue.record("not an or")
      return
    }
    #expect(terms.count == 20_000)
  }

  @Test(arguments: [
    (
      "targets where area = 城市建设 ) limit 5",
      """
      -c:1:27: error: expected 'and', 'or', 'group by', 'order by', 'limit' or ';', found ')'
       1 | targets where area = 城市建设 ) limit 5
         |                               ^
      """
    ),
    (
      "indicators where name ~ 收入 limit x",
      """
      -c:1:34: error: expected a number after 'limit', found 'x'
       1 | indicators where name ~ 收入 limit x
         |                                    ^
      """
    ),
    (
      "targets where 城市建设",
      """
      -c:1:19: error: incomplete input: expected an operator (= != < <= > >= ~ !~ in is) after '城市建设'
       1 | targets where 城市建设
         |                       ^
      """
    ),
    (
      "targets where area = ;",
      """
      -c:1:22: error: expected a value after '=', found ';'
       1 | targets where area = ;
         |                      ^
      """
    ),
    (
      "places where name = '金塘",
      """
      -c:1:21: error: unterminated string: the quote here is never closed
       1 | places where name = '金塘
         |                     ^
      """
    ),
    (
      "places where 名字 ! 金塘",
      """
      -c:1:17: error: expected an operator (= != < <= > >= ~ !~ in is) after '名字', found '!'
       1 | places where 名字 ! 金塘
         |                   ^
      """
    ),
    (
      "places order 名字",
      """
      -c:1:14: error: expected 'by' after 'order', found '名字'
       1 | places order 名字
         |              ^^^^
      """
    ),
    (
      "places where name in (金塘, ) ",
      """
      -c:1:27: error: expected a value after ',', found ')'
       1 | places where name in (金塘, ) 
         |                             ^
      """
    ),
    (
      "places limit -1",
      """
      -c:1:14: error: expected a whole number ≥ 0 after 'limit', found '-1'
       1 | places limit -1
         |              ^^
      """
    ),
    (
      "places limit 1e400",
      """
      -c:1:14: error: number '1e400' is out of range
       1 | places limit 1e400
         |              ^^^^^
      """
    ),
    (
      "show T1 T2",
      """
      -c:1:9: error: expected end of statement after the id, found 'T2'
       1 | show T1 T2
         |         ^^
      """
    ),
    (
      "count 地方 group area",
      """
      -c:1:16: error: expected 'by' after 'group', found 'area'
       1 | count 地方 group area
         |                  ^^^^
      """
    ),
    (
      "select name places",
      """
      -c:1:13: error: expected ',' or 'from' after the columns, found 'places'
       1 | select name places
         |             ^^^^^^
      """
    ),
  ])
  func syntaxErrors(_ query: String, _ expected: String) {
    #expect(QueryTesting.error(query) == expected)
  }

  @Test func nestingBeyondTheLimitIsAnErrorNotACrash() {
    let text =
      String(repeating: "(", count: 10_000) + "name = x" + String(repeating: ")", count: 10_000)
    let message = QueryTesting.error("places where " + text)
    #expect(message.hasPrefix("-c:1:114: error: conditions nested more than 100 deep"))
  }

  @Test func deepNotsToo() {
    let text = "places where " + String(repeating: "not ", count: 10_000) + "name = x"
    #expect(QueryTesting.error(text).contains("nested more than 100 deep"))
  }

  @Test func errorsOnLaterLinesNameTheirLine() {
    let text = "-- 城市\nsections;\ntargets where\n  区域 == 1"
    #expect(
      QueryEngine.run(Source(name: "a.bq", text: text), in: SampleGraph.graph)
        .map { result -> String in
          if case .failure(let e) = result.result {
            return Diagnostic.render(e, in: Source(name: "a.bq", text: text))
          }
          return "ok"
        } == [
          "ok",
          """
          a.bq:4:7: error: expected a value after '=', found '='
           4 |   区域 == 1
             |         ^
          """,
        ])
  }
}
