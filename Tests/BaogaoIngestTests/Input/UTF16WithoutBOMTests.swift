// UTF16WithoutBOMTests.swift: every shared report saved as UTF-16 without a
// BOM, little- and big-endian, gives the graph its UTF-8 file gives; GB18030
// with a few bad bytes reads with U+FFFD marks and a warning; a NUL anywhere
// makes a file binary, not only in its first 8 KB.
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct UTF16WithoutBOMTests {
  static let reports: [String] = {
    let names = try? FileManager.default.contentsOfDirectory(
      atPath: Fixtures.directory.appendingPathComponent("reports").path)
    return (names ?? []).filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func everySharedReportIsHere() {
    #expect(UTF16WithoutBOMTests.reports.count >= 10)
  }

  @Test(arguments: UTF16WithoutBOMTests.reports)
  func givesTheUTF8Graph(report: String) throws {
    let text = try Decode.text(from: try Fixtures.bytes(report))
    let little: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(Decode.utf16WithoutBOM(little) == false)
    #expect(Decode.utf16WithoutBOM(big) == true)
    let original = try Fixtures.graph(report)
    for bytes in [little, big] {
      let copy = try Ingest.graph(of: [(bytes, "report", "source")])
      #expect(copy.reports == original.reports)
      #expect(copy.sections == original.sections)
      #expect(copy.indicators == original.indicators)
      #expect(copy.targets == original.targets)
      #expect(copy.places == original.places)
      #expect(copy.junk == original.junk)
      #expect(copy.edges == original.edges)
    }
  }

  @Test func utf8AndGB18030AreNotTakenForUTF16() throws {
    let text = try Decode.text(from: try Fixtures.bytes("hailaer-2016.txt"))
    #expect(Decode.utf16WithoutBOM(Array(text.utf8)) == nil)
    #expect(Decode.utf16WithoutBOM(try Fixtures.bytes("encodings/hailaer-2016.gb18030.txt")) == nil)
    #expect(Decode.utf16WithoutBOM(Array("plain ASCII text\n".utf8)) == nil)
  }

  @Test func gb18030WithAFewBadBytesReadsWithMarks() throws {
    var bytes = try Fixtures.bytes("encodings/hailaer-2016.gb18030.txt")
    let clean = try Decode.decoded(from: bytes)
    bytes[4000] = 0xFF
    bytes[9001] = 0xFF
    let decoded = try Decode.decoded(from: bytes)
    #expect(decoded.encoding == "GB18030")
    #expect(decoded.brokenCharacters > 0 && decoded.brokenCharacters <= 4)
    #expect(decoded.text.contains("\u{FFFD}"))
    // The rest reads as it did: the same lines but a few.
    let a = clean.text.split(separator: "\n")
    let b = decoded.text.split(separator: "\n")
    #expect(a.count == b.count)
    #expect(zip(a, b).filter { $0 != $1 }.count <= 2)
    var builder = GraphBuilder()
    let warnings = try Ingest.read(bytes: bytes, reportID: "r", source: "s", into: &builder)
    #expect(warnings == [.brokenCharacters(decoded.brokenCharacters, encoding: "GB18030")])
  }

  @Test func aNULAfterTheFirst8KBIsBinary() throws {
    var bytes = try Fixtures.bytes("dinghai-2018.txt")
    bytes.insert(0, at: bytes.count - 100)
    #expect(throws: IngestError.binary) { try Decode.text(from: bytes) }
  }

  @Test func whitespaceWarnsThatNothingWasFound() throws {
    var builder = GraphBuilder()
    let warnings = try Ingest.read(
      bytes: Array(" \n\t\n　\n".utf8), reportID: "r", source: "s", into: &builder)
    #expect(warnings == [.nothingFound])
    builder = GraphBuilder()
    let none = try Ingest.read(
      bytes: try Fixtures.bytes("dinghai-2018.txt"), reportID: "r", source: "s", into: &builder)
    #expect(none.isEmpty)
  }
}
