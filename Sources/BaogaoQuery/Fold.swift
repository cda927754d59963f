// Fold.swift: the one text normalisation conditions compare under.
// `area = 城市建设` must match whatever width the report or the user typed:
// full-width ASCII variants (（三） ％ Ａ) become ASCII, ASCII letters lower
// case. Section paths 二.（三） and 二.(三) are equal (CONTRACT.md).

enum Fold {
  /// `text` folded: full-width forms to ASCII, ideographic space to space,
  /// ASCII letters to lower case.
  static func text(_ text: String) -> String {
    // Fast path: most values need no change, and building a new string costs.
    if !text.unicodeScalars.contains(where: needsFolding) { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(folded(scalar)) }
    return String(scalars)
  }

  static func needsFolding(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (v >= 0x41 && v <= 0x5A) || (v >= 0xFF01 && v <= 0xFF5E) || v == 0x3000
  }

  static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20) ?? scalar }
    if v >= 0xFF01 && v <= 0xFF5E {
      // U+FF01…U+FF5E are U+0021…U+007E at full width.
      let ascii = Unicode.Scalar(v - 0xFEE0) ?? scalar
      return folded(ascii)
    }
    if v == 0x3000 { return " " }
    return scalar
  }

  /// True when `needle`'s bytes occur in `haystack`'s. Folded text is UTF-8, and
  /// a UTF-8 match always starts on a character boundary, so bytes suffice.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard haystack.count >= needle.count else { return false }
    let first = needle[0]
    var start = 0
    let last = haystack.count - needle.count
    while start <= last {
      if haystack[start] == first {
        var matched = 1
        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return true }
      }
      start += 1
    }
    return false
  }
}
