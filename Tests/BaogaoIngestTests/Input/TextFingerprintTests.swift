// TextFingerprintTests.swift: the fingerprint a corpus keeps of each text
// instead of the text tells copies from texts one character apart, and is
// the same in every process (the graph cache names its entries by it).
import Testing

@testable import BaogaoIngest

@Suite struct TextFingerprintTests {
  @Test func equalTextsHaveOneFingerprint() {
    let text = "一、2030年工作回顾\n地区生产总值增长6%。"
    #expect(TextFingerprint(text) == TextFingerprint(String(text.unicodeScalars)))
  }

  @Test func textsOneCharacterApartDiffer() {
    let a = TextFingerprint("地区生产总值增长6%。")
    let b = TextFingerprint("地区生产总值增长7%。")
    #expect(a != b)
    #expect(a.first != b.first && a.second != b.second)
  }

  /// The cache names its files by fingerprints, so a run must find what
  /// another wrote: the value is fixed, not seeded per process.
  @Test func theSameInEveryProcess() {
    #expect(TextFingerprint("财政收入增长8%。").hex == "6c291ddd607d940b56cb2f82f7a141cf")
    #expect(TextFingerprint(bytes: Array("财政收入增长8%。".utf8)) == TextFingerprint("财政收入增长8%。"))
  }

  /// A change in any word of a long text (each of the four lanes, and the
  /// words and bytes after the last whole block) changes both halves.
  @Test func everyWordCounts() {
    let text = Array(String(repeating: "政府工作报告", count: 6).utf8)  // 108 bytes
    let original = TextFingerprint(bytes: text)
    for offset in stride(from: 0, to: text.count, by: 4) {
      var changed = text
      changed[offset] ^= 1
      let print = TextFingerprint(bytes: changed)
      #expect(print.first != original.first && print.second != original.second, "byte \(offset)")
    }
  }

  @Test func theTwoHalvesAreIndependent() {
    let print = TextFingerprint("财政收入增长8%。")
    #expect(print.first != print.second)
  }
}
