// EncodingsTests.swift: every encoding of a report gives the same graph
// (CRLF and UTF-16 copies of dinghai-2018, the GB18030 copy of hailaer-2016).
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct EncodingsTests {
  @Test(arguments: [
    ("encodings/dinghai-2018.crlf.txt", "dinghai-2018.txt"),
    ("encodings/dinghai-2018.utf16.txt", "dinghai-2018.txt"),
    ("encodings/hailaer-2016.gb18030.txt", "hailaer-2016.txt"),
  ])
  func copyGivesTheSameGraph(copy: String, original: String) throws {
    let a = try Fixtures.graph(copy)
    let b = try Fixtures.graph(original)
    expectSameGraph(a, b)
    #expect(!a.sections.isEmpty)
  }

  @Test(arguments: [
    ("encodings/dinghai-2018.crlf.txt", "dinghai-2018.txt"),
    ("encodings/dinghai-2018.utf16.txt", "dinghai-2018.txt"),
    ("encodings/hailaer-2016.gb18030.txt", "hailaer-2016.txt"),
  ])
  func copyDecodesToTheSameText(copy: String, original: String) throws {
    // The CRLF copy ends in a line end that the original lacks.
    let a = try Decode.text(from: try Fixtures.bytes(copy)).trimmingSuffix("\n")
    let b = try Decode.text(from: try Fixtures.bytes(original)).trimmingSuffix("\n")
    #expect(a == b)
  }

  @Test func utf8WithBOMReadsLikeWithout() throws {
    let plain = try Fixtures.bytes("dinghai-2018.txt")
    #expect(try Decode.text(from: [0xEF, 0xBB, 0xBF] + plain) == Decode.text(from: plain))
  }

  @Test func utf16BigEndianReadsLikeUTF8() throws {
    let text = try Decode.text(from: try Fixtures.bytes("hailaer-2017.txt"))
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try Decode.text(from: big) == text)
  }

  @Test func utf16WithoutBOMIsDetected() throws {
    let text = "一、2017年政府工作回顾\n增长8%。\n"
    let little: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try Decode.text(from: little) == text)
    #expect(try Decode.text(from: big) == text)
  }

  @Test func oldMacLineEndsReadLikeLF() throws {
    let lf = try Fixtures.bytes("dinghai-2018.txt")
    let cr = lf.map { $0 == 0x0A ? 0x0D : $0 }
    #expect(try Decode.text(from: cr) == Decode.text(from: lf))
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: Character) -> Substring {
    var text = self[...]
    while text.last == suffix { text = text.dropLast() }
    return text
  }
}
