// PlainTextTests.swift: plain text is its own NFC form, so String equality of
// plain strings is equality of their bytes (what IndicatorNames relies on).
import BaogaoTestSupport
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct PlainTextTests {
  static let plainScalars: [Unicode.Scalar] = (UInt32(0)...0xFFFF).compactMap {
    Unicode.Scalar($0)
  }.filter(\.isPlain)

  @Test func everyPlainScalarIsItsOwnNFCAndCombinesWithNothing() {
    var differing: [UInt32] = []
    for scalar in Self.plainScalars {
      let text = String(scalar)
      if !text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar])
        || scalar.properties.canonicalCombiningClass != .notReordered
        || !("a" + text).precomposedStringWithCanonicalMapping.utf8.elementsEqual(("a" + text).utf8)
      {
        differing.append(scalar.value)
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(10))")
  }

  @Test func plainStringsAreEqualExactlyWhenTheirBytesAre() {
    var random = SeededRandom(seed: 15)
    func text() -> String {
      String(
        String.UnicodeScalarView(
          (0..<1 + random.below(3)).map { _ in
            Self.plainScalars[random.below(Self.plainScalars.count)]
          }))
    }
    for _ in 0..<20_000 {
      let (a, b) = (text(), text())
      #expect(a.isPlain && b.isPlain)
      #expect((a == b) == a.utf8.elementsEqual(b.utf8))
      #expect(a.precomposedStringWithCanonicalMapping.utf8.elementsEqual(a.utf8))
    }
  }

  /// Plain scalars never join into one Character, but CR LF.
  @Test func plainScalarsButCarriageReturnAreEachOneCharacter() {
    var random = SeededRandom(seed: 16)
    let scalars = Self.plainScalars.filter { $0 != "\r" }
    for _ in 0..<20_000 {
      let text = String(
        String.UnicodeScalarView(
          (0..<2 + random.below(4)).map { _ in scalars[random.below(scalars.count)] }))
      #expect(text.count == text.unicodeScalars.count, "\(text.unicodeScalars.map(\.value))")
    }
    // Every pair of the Latin, punctuation and CJK-punctuation scalars.
    let small = scalars.filter { $0.value < 0x3040 }
    var joined: [UInt32] = []
    for a in small {
      for b in small where String(String.UnicodeScalarView([a, b])).count != 2 {
        joined.append(a.value)
      }
    }
    #expect(joined.isEmpty, "\(joined.prefix(10))")
    #expect("\r\n".count == 1)
  }

  @Test func textThatNormalisesIsNotPlain() {
    #expect("地区生产总值".isPlain)
    #expect("GDP（亿元）".isPlain)
    #expect(!"e\u{301}".isPlain)  // NFD é
    #expect(!"\u{F9D1}".isPlain)  // compatibility ideograph of 六
    #expect(!"\u{2000}".isPlain)  // canonically U+2002
  }
}
