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

  /// Ingest fuzzer crash (crash-8b845bdf…): a second BOM after the first
  /// decoded to a text that starts with U+FEFF, which saved again without a
  /// BOM reads back without it. Every BOM at the start is dropped, in every
  /// encoding, so the text is the same however it is saved.
  @Test func aBOMWrittenTwiceIsNoCharacter() throws {
    let fuzzed: [UInt8] = [
      0xFE, 0xFF, 0xFE, 0xFF, 0x00, 0x4E, 0x01, 0x30, 0x32, 0xE2, 0x00, 0x4E, 0x01, 0x30, 0x32,
      0xE2, 0x80, 0x00,
    ]
    let text = try Decode.text(from: fuzzed)
    #expect(text == "N\u{130}\u{32E2}N\u{130}\u{32E2}\u{8000}")
    let bigEndian = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try Decode.text(from: bigEndian) == text)
    #expect(try Decode.text(from: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("报告".utf8)) == "报告")
    #expect(try Decode.text(from: [0xFF, 0xFE, 0xFF, 0xFE, 0xA5, 0x62, 0x4A, 0x54]) == "报告")
    // A U+FEFF inside the text is the report's (Clean judges it).
    #expect(try Decode.text(from: Array("报\u{FEFF}告".utf8)) == "报\u{FEFF}告")
  }

  /// The ingest fuzzer's crash: 120 CRs before an LF read as 119 LFs and a
  /// CR LF, which saved and read again became one LF fewer.
  @Test func crsBeforeALineFeedAreEachALineEnd() throws {
    #expect(try Decode.text(from: Array("a\r\r\nb".utf8)) == "a\n\nb")
    #expect(try Decode.text(from: Array("a\r\r\r\n\r\nb\r".utf8)) == "a\n\n\n\nb\n")
    let broken: [UInt8] = [0xE5, 0xB7, 0xA5, 0xE5, 0x91] + Array(repeating: 13, count: 120) + [10]
    let text = try Decode.text(from: broken)
    #expect(!text.unicodeScalars.contains("\r"))
    #expect(try Decode.text(from: Array(text.utf8)) == text)
  }

  @Test func gb18030() throws {
    // 报告 in GB18030 (GBK range): B1 A8 B8 E6
    #expect(try Decode.text(from: [0xB1, 0xA8, 0xB8, 0xE6]) == "报告")
  }
}
