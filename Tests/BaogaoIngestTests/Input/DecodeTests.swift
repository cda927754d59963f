// DecodeTests.swift: every encoding of a report decodes to the same text.
import Testing

@testable import BaogaoIngest

@Suite struct DecodeTests {
  @Test func emptyFileIsAnError() {
    #expect(throws: IngestError.empty) { try Decode.text(from: []) }
  }

  @Test func binaryFileIsAnError() {
    #expect(throws: IngestError.binary) {
      try Decode.text(from: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2])
    }
  }

  @Test func lineEndsBecomeNewlines() throws {
    #expect(try Decode.text(from: Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
  }

  @Test func utf16WithBOM() throws {
    let bytes: [UInt8] = [0xFF, 0xFE] + "报告".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try Decode.text(from: bytes) == "报告")
  }

  @Test func gb18030() throws {
    // 报告 in GB18030 (GBK range): B1 A8 B8 E6
    #expect(try Decode.text(from: [0xB1, 0xA8, 0xB8, 0xE6]) == "报告")
  }
}
