// QueryFuzzer.swift: a libFuzzer target over the query language's lexer,
// parser, checker, evaluator, completion check and error rendering.
// Built and run by Scripts/fuzz-query.sh with `swiftc -sanitize=fuzzer`; not a
// package target, so `swift build` never needs libFuzzer. Any crash is a bug.
import BaogaoGraph
import BaogaoQuery

/// A small graph with every kind of node and link, built once.
let fuzzGraph: Graph = {
  var b = GraphBuilder()
  b.reports.append(Report(id: "r", title: "报告", place: "定海区", year: 2018, source: "fuzz"))
  b.sections.append(Section(id: "S1", report: "r", path: "一", title: "回顾", part: .review))
  b.sections.append(Section(id: "S2", report: "r", path: "二", title: "安排", part: .plan))
  b.sections.append(
    Section(
      id: "S3", report: "r", path: "二.(三)", title: "城市建设", parent: "S2", area: "城市建设", part: .plan,
      level: 2))
  b.edges.append(Edge(from: "S2", to: "S3", rel: "contains"))
  b.places.append(Place(id: "P1", report: "r", name: "金塘镇", type: .town, mentions: 5))
  b.places.append(Place(id: "P2", report: "r", name: "舟山", type: .city, mentions: 2))
  b.projects.append(
    Project(id: "J1", report: "r", name: "金塘码头", kind: "码头", places: ["P1"], status: "开工"))
  b.indicators.append(
    Indicator(
      id: "I1", report: "r", section: "S1", name: "收入", value: 8.5, unit: "%", kind: .growth,
      qualifiers: ["左右"], part: .review, span: "收入增长8.5%左右"))
  b.indicators.append(
    Indicator(
      id: "I2", report: "r", section: "S3", name: "投资", value: -1e300, unit: "亿元", kind: .level,
      part: .plan, span: "投资"))
  b.targets.append(
    Target(
      id: "T1", report: "r", section: "S3", area: "城市建设", span: "确保金塘码头开工", main: true,
      indicators: ["I2"], verb: "确保", projects: ["J1"], places: ["P1", "P9"]))
  b.targets.append(Target(id: "T2", report: "r", section: "S9", area: "民生", span: "x"))
  b.organizations.append(Organization(id: "O1", report: "r", name: "公司"))
  b.reconciliations.append(
    Reconciliation(id: "C1", target: "T1", result: nil, verdict: "not stated"))
  b.junk.append(Junk(id: "X1", report: "r", text: "打印", reason: "navigation", line: 1))
  b.edges.append(Edge(from: "T1", to: "P1", rel: "mentions"))
  return b.build()
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let source = Source(name: "fuzz", text: text)
  _ = QueryEngine.isComplete(text)
  for outcome in QueryEngine.run(source, in: fuzzGraph) {
    if case .failure(let error) = outcome.result { _ = Diagnostic.render(error, in: source) }
  }
  // Completion's value list, for one (kind, field) the input picks.
  let kinds = Schema.kindNames
  if size > 0 {
    let kind = kinds[Int(data[0]) % kinds.count]
    let fields = Schema.fields(ofKind: kind) ?? []
    if !fields.isEmpty {
      _ = Schema.values(
        ofField: fields[Int(data[size - 1]) % fields.count], kind: kind, in: fuzzGraph)
    }
  }
  return 0
}
