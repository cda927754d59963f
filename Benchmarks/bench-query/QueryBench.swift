// QueryBench.swift: latency of the CONTRACT.md queries, run by
// Scripts/bench-query.sh. Loads the bundled report once, copies it N times
// (GraphCopies, Benchmarks/BenchmarkSupport), runs each query a number of times and prints the median
// and the first run (which builds the field indexes), in milliseconds.
import BaogaoGraph
import BaogaoIngest
import BaogaoQuery
import BenchmarkSupport
import Foundation

@main
struct QueryBench {
  /// The queries of CONTRACT.md, "Queries that must work".
  static let queries = [
    "targets where area = 城市建设",
    "targets where area = 城市建设 and verb = 确保",
    #"indicators where part = review and unit = "%" order by value desc limit 5"#,
    "indicators where name ~ 收入",
    "count targets group by area",
    "places order by mentions desc limit 10",
    "projects where place = 金塘",
    "sections",
    "show T1",
  ]

  static func main() throws {
    let arguments = CommandLine.arguments.dropFirst()
    let copies = arguments.first.flatMap { Int($0) } ?? 1_000
    let repeats = arguments.dropFirst().first.flatMap { Int($0) } ?? 21
    let bytes = try BundledReport.bytes()
    let one = try Ingest.graph(of: [(bytes, BundledReport.id, "bundled")])
    let many = GraphCopies.graph(one, copies: copies)
    print("graph of 1 report: \(one.nodeCount) nodes")
    print("graph of \(copies) copies of it: \(many.nodeCount) nodes")
    print("median of \(repeats) runs, ms; 'first' includes building the field indexes")
    print(
      "query".padding(toLength: 40, withPad: " ", startingAt: 0)
        + "  rows1   1 report   rowsN  \(copies) reports   first")
    // A third argument runs only that query: for profiling one at a time.
    let chosen = arguments.dropFirst(2).first.map { [$0] } ?? queries
    for query in chosen {
      let (rows1, median1, _) = measure(query, in: one, repeats: repeats)
      let (rowsN, medianN, firstN) = measure(query, in: many, repeats: repeats)
      let label = query.count > 38 ? String(query.prefix(37)) + "…" : query
      print(
        label.padding(
          toLength: 40 - (DisplayWidth.of(label) - label.count), withPad: " ", startingAt: 0)
          + String(format: "%7d %10.3f %7d %12.3f %8.1f", rows1, median1, rowsN, medianN, firstN))
    }
  }

  /// Rows of the answer, median and first run in milliseconds.
  static func measure(_ query: String, in graph: Graph, repeats: Int) -> (Int, Double, Double) {
    let source = Source(name: "bench", text: query)
    var times: [Double] = []
    var rows = 0
    for _ in 0..<max(1, repeats + 1) {
      let start = DispatchTime.now().uptimeNanoseconds
      let outcomes = QueryEngine.run(source, in: graph)
      let end = DispatchTime.now().uptimeNanoseconds
      rows = outcomes.reduce(0) { $0 + ((try? $1.result.get())?.rows.count ?? -1) }
      times.append(Double(end - start) / 1e6)
    }
    let first = times.removeFirst()
    times.sort()
    return (rows, times[times.count / 2], first)
  }
}
