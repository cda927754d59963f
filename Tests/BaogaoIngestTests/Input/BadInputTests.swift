// BadInputTests.swift: empty, binary, undecodable and huge files give a clear
// error or a graph, never a crash.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct BadInputTests {
  @Test func emptyFile() {
    #expect(throws: IngestError.empty) { try Ingest.graph(of: [([], "empty", "empty")]) }
  }

  @Test func whitespaceOnlyFileGivesAnEmptyGraph() throws {
    let graph = try Ingest.graph(of: [(Array(" \n\u{3000}\r\n\n".utf8), "blank", "blank")])
    #expect(graph.sections.isEmpty)
    #expect(graph.reports.count == 1)
  }

  @Test func binaryFile() {
    // The start of a PNG file.
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48]
    #expect(throws: IngestError.binary) { try Ingest.graph(of: [(png, "png", "png")]) }
  }

  @Test func fileValidInNoEncoding() {
    // 0x80 can begin neither a UTF-8 nor a GB18030 character.
    let bytes = [UInt8](repeating: 0x80, count: 400) + Array("报告".utf8)
    #expect(throws: IngestError.self) { try Ingest.graph(of: [(bytes, "bad", "bad")]) }
  }

  @Test func aFewBrokenBytesStillRead() throws {
    var bytes = try Fixtures.bytes("dinghai-2018.txt")
    bytes.insert(0x80, at: 100)
    let graph = try Ingest.graph(of: [(bytes, "x", "x")])
    #expect(graph.sections.count == 7)
  }

  @Test func censorMarksAreKept() throws {
    let text = "一、2018年工作安排\n争创远洋渔业小镇3**景区,\u{FFFD}推进建设。\n"
    let graph = try Ingest.graph(of: [(Array(text.utf8), "x", "x")])
    #expect(graph.sections.first?.text.contains("3**景区") == true)
    #expect(graph.sections.first?.text.contains("\u{FFFD}") == true)
  }

  @Test func oneHugeLineWithoutLineEnds() throws {
    let line = String(repeating: "推进城市建设,", count: 200_000)
    let graph = try Ingest.graph(of: [(Array(line.utf8), "x", "x")])
    #expect(graph.reports.count == 1)
  }

  /// 50 MB made of the bundled reports, each copy slightly changed so the
  /// duplicate finder cannot skip it all: a graph, in reasonable time.
  @Test func fiftyMegabyteFile() throws {
    var pieces: [UInt8] = []
    let sources = try Fixtures.reportIDs.map { try Fixtures.bytes($0 + ".txt") }
    var copy = 0
    while pieces.count < 50_000_000 {
      for source in sources {
        pieces += Array("第\(copy)份\n".utf8)
        pieces += source
        pieces.append(0x0A)
      }
      copy += 1
    }
    let graph = try Ingest.graph(of: [(pieces, "big", "big")])
    #expect(graph.reports.count == 1)
    #expect(!graph.sections.isEmpty)
  }
}
