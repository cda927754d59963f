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
    #expect(TextFingerprint("财政收入增长8%。").hex == "f99449a56de9fa51265d9eeb4995ceb5")
    #expect(TextFingerprint(bytes: Array("财政收入增长8%。".utf8)) == TextFingerprint("财政收入增长8%。"))
  }

  @Test func theTwoHalvesAreIndependent() {
    let print = TextFingerprint("财政收入增长8%。")
    #expect(print.first != print.second)
  }
}
