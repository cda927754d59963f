// ControlsTests.swift: the byte test for control characters agrees with
// the scalar rule on every scalar of the Basic Multilingual Plane and some
// beyond, alone and between Chinese text, at every offset of the words the
// test reads.
import Testing

@testable import BaogaoIngest

@Suite struct ControlsTests {
  @Test func theByteTestAgreesWithTheScalarRuleOnEveryScalar() {
    let values = Array(0..<0xD800) + Array(0xE000..<0x1_0000) + [0x1_F600, 0x10_FFFF]
    for value in values {
      let scalar = Unicode.Scalar(UInt32(value))!
      let alone = String(Character(scalar))
      var line = "地区“生产总值”—"
      line.unicodeScalars.append(scalar)
      line += "增长…"
      let expected = Controls.isControl(scalar)
      #expect(Controls.holdsControl(alone) == expected, "U+\(String(value, radix: 16))")
      #expect(Controls.holdsControl(line) == expected, "U+\(String(value, radix: 16))")
    }
  }

  /// The test reads eight bytes at a time: a control at every offset, its
  /// sequence across two words too, is still found, and near-misses are not.
  @Test func everyOffsetOfTheWordsIsRead() {
    let values = Array(0..<0x100) + Array(0x2000..<0x2080) + [0x3000, 0x4E2D, 0xFF01]
    for value in values {
      let scalar = Unicode.Scalar(UInt32(value))!
      for lead in 0..<20 {
        var line = String(repeating: "a", count: lead % 4) + String(repeating: "中", count: lead / 4)
        line.unicodeScalars.append(scalar)
        line += "增长"
        #expect(
          Controls.holdsControl(line) == Controls.isControl(scalar),
          "U+\(String(value, radix: 16)) after \(lead)")
      }
    }
  }

  @Test func aLineWithoutControlsIsKept() {
    #expect(Controls.removed(from: "“十四五”规划—全面完成") == nil)
    #expect(Controls.removed(from: "甲\u{1B}[31m乙\u{202E}丙\u{85}") == "甲[31m乙丙")
  }
}
