// CellWidth.swift: display width with the terminal's choice for East Asian
// "ambiguous" characters. DisplayWidth (BaogaoQuery) counts them 1 cell, as
// most terminals do; some CJK setups draw them 2 cells wide, and then tables
// and completion lists must count them 2 as well to line up.
import BaogaoQuery

/// Terminal cells of text, counting ambiguous characters 1 or 2 cells.
public struct CellWidth: Sendable, Hashable {
  /// True when ambiguous characters take 2 cells.
  public var ambiguousIsWide: Bool

  public init(ambiguousIsWide: Bool = false) {
    self.ambiguousIsWide = ambiguousIsWide
  }

  /// Cells taken by `text`.
  public func of(_ text: some StringProtocol) -> Int {
    guard ambiguousIsWide else { return DisplayWidth.of(text) }
    var width = 0
    for scalar in text.unicodeScalars { width += cells(scalar) }
    return width
  }

  /// Cells taken by one scalar.
  public func cells(_ scalar: Unicode.Scalar) -> Int {
    let base = DisplayWidth.cells(scalar)
    return ambiguousIsWide && base == 1 && CellWidth.isAmbiguous(scalar) ? 2 : base
  }

  /// East_Asian_Width=A ranges that occur in report text and in our own
  /// output (Unicode 15 EastAsianWidth.txt, the common blocks only).
  static let ambiguousRanges: [ClosedRange<UInt32>] = [
    0x00A1...0x00A1, 0x00A4...0x00A4, 0x00A7...0x00A8,  // ¡ ¤ § ¨
    0x00AA...0x00AA, 0x00AD...0x00AE, 0x00B0...0x00B4,  // ª soft hyphen ® ° ± ² ³ ´
    0x00B6...0x00BA, 0x00BC...0x00BF, 0x00C6...0x00C6,  // ¶ · ¸ ¹ º ¼–¿ Æ
    0x00D0...0x00D0, 0x00D7...0x00D8, 0x00DE...0x00E1,  // Ð × Ø Þ–á
    0x00E6...0x00E6, 0x00E8...0x00EA, 0x00EC...0x00ED,  // æ è–ê ì í
    0x00F0...0x00F0, 0x00F2...0x00F3, 0x00F7...0x00FA,  // ð ò ó ÷–ú
    0x00FC...0x00FC, 0x00FE...0x00FE,  // ü þ
    0x0391...0x03A9, 0x03B1...0x03C9,  // Greek capitals and small letters
    0x0401...0x0401, 0x0410...0x044F, 0x0451...0x0451,  // Cyrillic
    0x2010...0x2010, 0x2013...0x2016, 0x2018...0x2019,  // ‐ – — ― ‖ ‘ ’
    0x201C...0x201D, 0x2020...0x2022, 0x2024...0x2027,  // “ ” † ‡ • ․ ‥ … ‧
    0x2030...0x2030, 0x2032...0x2033, 0x2035...0x2035,  // ‰ ′ ″ ‵
    0x203B...0x203B, 0x203E...0x203E, 0x2074...0x2074,  // ※ ‾ ⁴
    0x207F...0x207F, 0x2081...0x2084, 0x20AC...0x20AC,  // ⁿ ₁–₄ €
    0x2103...0x2103, 0x2105...0x2105, 0x2109...0x2109,  // ℃ ℅ ℉
    0x2113...0x2113, 0x2116...0x2116, 0x2121...0x2122,  // ℓ № ℡ ™
    0x2126...0x2126, 0x212B...0x212B, 0x2153...0x2154,  // Ω Å ⅓ ⅔
    0x215B...0x215E, 0x2160...0x216B, 0x2170...0x2179,  // ⅛–⅞ Ⅰ–Ⅻ ⅰ–ⅹ
    0x2189...0x2189, 0x2190...0x2199, 0x21B8...0x21B9,  // arrows
    0x21D2...0x21D2, 0x21D4...0x21D4, 0x21E7...0x21E7,  // ⇒ ⇔ ⇧
    0x2200...0x22FF,  // mathematical operators (most are A; the rest are rare)
    0x2312...0x2312, 0x2460...0x24E9, 0x24EB...0x254B,  // ⌒ ①–ⓩ ⓫–╋ (box drawing)
    0x2550...0x2573, 0x2580...0x258F, 0x2592...0x2595,  // ═–╳ block elements
    0x25A0...0x25A1, 0x25A3...0x25A9, 0x25B2...0x25B3,  // ■ □ ▣–▩ ▲ △
    0x25B6...0x25B7, 0x25BC...0x25BD, 0x25C0...0x25C1,  // ▶ ▷ ▼ ▽ ◀ ◁
    0x25C6...0x25C8, 0x25CB...0x25CB, 0x25CE...0x25D1,  // ◆ ◇ ◈ ○ ◎ ● ◐ ◑
    0x25E2...0x25E5, 0x25EF...0x25EF, 0x2605...0x2606,  // ◢–◥ ◯ ★ ☆
    0x2609...0x2609, 0x260E...0x260F, 0x261C...0x261C,  // ☉ ☎ ☏ ☜
    0x261E...0x261E, 0x2640...0x2640, 0x2642...0x2642,  // ☞ ♀ ♂
    0x2660...0x2661, 0x2663...0x2665, 0x2667...0x266A,  // card suits, notes
    0x266C...0x266D, 0x266F...0x266F, 0x273D...0x273D,  // ♬ ♭ ♯ ✽
    0x2776...0x277F, 0xE000...0xF8FF, 0xFFFD...0xFFFD,  // ❶–❿ private use, �
  ]

  /// True for an East_Asian_Width=A scalar of `ambiguousRanges`.
  static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    guard v >= 0xA1 else { return false }
    // Binary search: the ranges are sorted and do not overlap.
    var low = 0
    var high = ambiguousRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = ambiguousRanges[mid]
      if v < range.lowerBound {
        high = mid - 1
      } else if v > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}
