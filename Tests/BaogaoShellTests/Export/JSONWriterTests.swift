// JSONWriterTests.swift: strings in JSON text. The writer copies a string
// whole when its UTF-8 bytes show no scalar to escape (JSON.needsEscape); the
// byte rule must agree with the scalar rule for every scalar.
import BaogaoQuery
import Testing

@testable import BaogaoShell

@Suite struct JSONWriterTests {
  /// The scalar rule the writer escapes by (JSONString): JSON's own escapes,
  /// and the scalars written as a code.
  static func escaped(_ scalar: Unicode.Scalar) -> Bool {
    "\"\\\n\r\t".unicodeScalars.contains(scalar) || JSONString.needsCode(scalar)
  }

  @Test func theByteRuleAgreesWithTheScalarRule() {
    // Every scalar up to U+33FF (ASCII, C1, General Punctuation, CJK
    // punctuation), a run of CJK ideographs and the last planes' edges.
    let values = Array(0..<0x3400) + Array(0x4E00..<0x5000) + [0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF]
    var disagreeing: [UInt32] = []
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      // Alone, and between ideographs, so the bytes around it are not ASCII.
      for text in [String(scalar), "中" + String(scalar) + "国"]
      where JSON.needsEscape(text) != Self.escaped(scalar) {
        disagreeing.append(scalar.value)
      }
    }
    #expect(disagreeing.isEmpty, "byte rule differs at \(disagreeing.prefix(10))")
  }

  @Test func chinesePunctuationIsCopiedAndControlsEscaped() {
    #expect(JSON.string("“中·华”—…").text() == "\"“中·华”—…\"")
    #expect(JSON.string("a\"b\\c\nd").text() == "\"a\\\"b\\\\c\\nd\"")
    #expect(JSON.string("甲\u{202E}乙\u{85}丙\u{2028}").text() == "\"甲\\u202e乙\\u0085丙\\u2028\"")
    #expect(JSON.string("").text() == "\"\"")
  }

  @Test(arguments: [nil, 1] as [Int?])
  func aRowWrittenDirectlyIsTheTreesText(indent: Int?) {
    let row: [Value] = [
      .string("T1"), .null, .bool(true), .number(8), .number(6.5), .number(.nan),
      .list([]), .list([.string("年均"), .number(3)]), .string("“城市”\n建设"),
    ]
    let names = ["id", "place", "main", "count", "value", "gap", "none", "qualifiers", "span"]
    let layout = ExportLayout(
      name: "rows", columns: names.map { ExportColumn(name: $0, storage: .text) })
    var direct = ""
    JSON.writeObject(keys: layout.quotedNames, values: row, to: &direct, indent: indent, depth: 2)
    var tree = ""
    JSON.object(zip(names, row).map { ($0, JSON($1)) }).write(to: &tree, indent: indent, depth: 2)
    #expect(direct == tree)
  }
}
