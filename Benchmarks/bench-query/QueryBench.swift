// QueryBench.swift: latency of the CONTRACT.md queries and of one query of
// each kind (filter, group, order, show, search, text), run by
// Scripts/bench-query.sh. Loads the bundled report once, copies it N times
// (GraphCopies, Benchmarks/BenchmarkSupport) and, per query, on a graph whose
// indexes are not built yet, times the first run (which builds the field
// indexes it needs) and the median of the following runs, beside a floor
// measured in the same run: a plain pass over the same nodes' fields.
import BaogaoGraph
import BaogaoIngest
import BaogaoQuery
import BenchmarkSupport
import Foundation

@main
struct QueryBench {
  /// Issue 15: any query's first run on 1,000 reports.
  static let firstRunAim = 20.0

  static func main() throws {
    let arguments = CommandLine.arguments.dropFirst()
    let copies = arguments.first.flatMap { Int($0) } ?? 1_000
    let repeats = arguments.dropFirst().first.flatMap { Int($0) } ?? 21
    guard copies >= 1, repeats >= 1 else {
      FileHandle.standardError.write(
        Data("usage: bench-query [COPIES [REPEATS]], each at least 1\n".utf8))
      exit(2)
    }
    let bytes = try BundledReport.bytes()
    let one = try Ingest.graph(of: [(bytes, BundledReport.id, "bundled")])
    let many = GraphCopies.graph(one, copies: copies)
    print("graph of 1 report: \(one.nodeCount) nodes")
    print("graph of \(copies) copies of it: \(many.nodeCount) nodes")
    print(
      "ms; 'first' is the first run on a graph with no index built yet, 'median' of \(repeats)"
        + " runs after it;\n'floor' a plain pass over the same nodes' fields (median of 5), beside it"
    )
    print(
      "kind    query".padding(toLength: 48, withPad: " ", startingAt: 0)
        + " rows1  1 report    rowsN    first   median    floor  first/floor  aim 20")
    // A third argument runs only that query: for profiling one at a time.
    let chosen =
      arguments.dropFirst(2).first.map { text in
        [
          BenchQuery.all.first { $0.text == text }
            ?? BenchQuery(kind: "given", text: text) { _ in 0 }
        ]
      } ?? BenchQuery.all
    // BENCH_FIRST_RUNS=N repeats only the first run, on N fresh graphs: a
    // profile of what a first run costs, without the set-up around it.
    if let runs = ProcessInfo.processInfo.environment["BENCH_FIRST_RUNS"].flatMap({ Int($0) }) {
      let graphs = (0..<runs).map { _ in GraphCopies.unindexed(many) }
      for query in chosen {
        let (start, startCPU) = (DispatchTime.now().uptimeNanoseconds, cpuNanoseconds())
        for graph in graphs {
          _ = QueryEngine.run(Source(name: "bench", text: query.text), in: graph)
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(runs)
        // CPU time too: on a shared machine it varies less than wall time.
        let cpu = Double(cpuNanoseconds() - startCPU) / 1e6 / Double(runs)
        print(
          String(
            format: "%@: first run %.1f ms, %.1f ms CPU, mean of %d", query.text, ms, cpu, runs))
      }
      return
    }
    var worst = 0.0
    for query in chosen {
      let (rows1, median1, _) = measure(query.text, in: one, repeats: repeats)
      // A graph of the same nodes with an empty memo: no index built yet.
      let fresh = GraphCopies.unindexed(many)
      let (rowsN, medianN, firstN) = measure(query.text, in: fresh, repeats: repeats)
      let floor = floorTime(query, in: fresh)
      worst = max(worst, firstN)
      let label = query.kind.padding(toLength: 8, withPad: " ", startingAt: 0) + query.text
      let shown = label.count > 46 ? String(label.prefix(45)) + "…" : label
      print(
        shown.padding(
          toLength: 48 - (DisplayWidth.of(shown) - shown.count), withPad: " ", startingAt: 0)
          + String(
            format: "%6d %9.3f %8d %8.1f %8.2f %8.2f %8.1f×  ", rows1, median1, rowsN, firstN,
            medianN, floor, firstN / max(floor, 0.001)) + verdict(firstN))
    }
    print(
      String(format: "worst first run %.1f ms (aim: <= %.0f ms): ", worst, firstRunAim)
        + verdict(worst))
  }

  /// CPU time of the process (every thread) so far.
  static func cpuNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
  }

  /// Whether a first run is within the aim.
  static func verdict(_ ms: Double) -> String {
    ms <= firstRunAim ? "met" : "MISSED"
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

  /// Median of five runs of the query's floor, in milliseconds.
  static func floorTime(_ query: BenchQuery, in graph: Graph) -> Double {
    var times: [Double] = []
    var sink = 0
    for _ in 0..<5 {
      let start = DispatchTime.now().uptimeNanoseconds
      sink &+= query.floor(graph)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    if sink == Int.min { print(sink) }
    times.sort()
    return times[times.count / 2]
  }
}
