// TextFingerprintTests.swift: the fingerprint a corpus keeps of each text
// instead of the text tells copies from texts one character apart.
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

  @Test func theTwoHalvesAreIndependent() {
    let print = TextFingerprint("财政收入增长8%。")
    #expect(print.first != print.second)
  }
}
