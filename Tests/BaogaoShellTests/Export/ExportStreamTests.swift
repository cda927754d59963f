// ExportStreamTests.swift: the streamed export against the whole graph. The
// stream drops each report's nodes once written, keeping only what the
// cross-report step reads; its document must still be byte for byte the
// document of the graph loaded whole, reconciliations included.
import BaogaoGraph
import BaogaoIngest
import BaogaoQuery
import Testing

@testable import BaogaoShell

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct ExportStreamTests {
  static let root: String = {
    var path = #filePath
    for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
  }()

  static let pair = ["hailaer-2016.txt", "hailaer-2017.txt", "dinghai-2018.txt"].map {
    root + "/Tests/Fixtures/reports/" + $0
  }

  /// Everything written to a scratch descriptor, as text.
  static func text(of descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    while true {
      let n = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
      if n <= 0 { break }
      bytes += buffer[..<n]
      offset += off_t(n)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func streamedDocumentIsTheWholeGraphsDocument() throws {
    let output = try ScratchFile.open()
    defer { close(output) }
    let sink = try JSONDocumentSink(
      layouts: ExportLayout.all, descriptor: output, target: "scratch")
    var stream = RowStream(sinks: [sink])
    try stream.read(ExportStreamTests.pair)
    try sink.commit()

    let graph = try ReportFile.loadGraph(paths: ExportStreamTests.pair)
    #expect(graph.reconciliations.count > 0)
    let whole = Export.json(of: graph).text(indent: 1) + "\n"
    #expect(ExportStreamTests.text(of: output) == whole)
  }

  @Test func anEmptyTableIsAnEmptyList() throws {
    let output = try ScratchFile.open()
    defer { close(output) }
    let sink = try JSONDocumentSink(
      layouts: ExportLayout.all, descriptor: output, target: "scratch")
    var stream = RowStream(sinks: [sink])
    try stream.read([ExportStreamTests.pair[2]])
    try sink.commit()
    let text = ExportStreamTests.text(of: output)
    #expect(text.contains("\n \"reconciliations\": [],\n"))
    #expect(text.hasPrefix("{\n \"reports\": [\n  {\n   \"id\": \"dinghai-2018\""))
    #expect(text.hasSuffix("\n ]\n}\n"))
  }

  @Test func layoutsFollowTheSchemaTable() {
    let names = ExportLayout.all.map(\.name)
    #expect(names == Schema.exportTables.map(\.name))
    #expect(names.last == "edges")
    let reports = ExportLayout.all[0]
    #expect(reports.column(named: "year")?.storage == .integer)
    let indicators = ExportLayout.all.first { $0.name == "indicators" }
    #expect(indicators?.column(named: "value")?.storage == .real)
    #expect(indicators?.column(named: "qualifiers")?.storage == .list)
    #expect(indicators?.column(named: "section")?.storage == .reference("sections"))
    #expect(indicators?.column(named: "report")?.storage == .reference("reports"))
    #expect(reports.column(named: "id")?.storage == .text)
  }
}
