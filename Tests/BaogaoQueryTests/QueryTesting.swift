import BaogaoGraph

// QueryTesting.swift: helpers the query tests share.
@testable import BaogaoQuery

/// An error as Diagnostic renders it.
struct RenderedError: Error, Equatable {
  var text: String
}

enum QueryTesting {
  /// The one table a single-statement query gives, or its rendered error.
  static func run(_ text: String, in graph: Graph = SampleGraph.graph) -> Result<
    ResultTable, RenderedError
  > {
    let source = Source(name: "-c", text: text)
    let outcomes = QueryEngine.run(source, in: graph)
    guard let first = outcomes.first else { return .failure(RenderedError(text: "no statement")) }
    return first.result.mapError { RenderedError(text: Diagnostic.render($0, in: source)) }
  }

  /// The rendered error of a query that must fail; "" when it succeeded.
  static func error(_ text: String, in graph: Graph = SampleGraph.graph) -> String {
    if case .failure(let error) = run(text, in: graph) { return error.text }
    return ""
  }

  /// The values of one column of a query's result, as text.
  static func column(_ name: String, of text: String, in graph: Graph = SampleGraph.graph)
    -> [String]
  {
    guard case .success(let table) = run(text, in: graph),
      let index = table.columns.firstIndex(of: name)
    else { return ["<failed>"] }
    return table.rows.map { $0[index].text }
  }
}
