// Controls.swift: control characters in report text. A report is a web page
// saved as text: escape sequences, NULs from a broken copy, bidi overrides
// have no meaning in it and would act on a terminal. They are taken out of
// the line, and the line as it was is kept as junk of its own kind
// (`junk where reason = control`), so users can see what was removed.

enum Controls {
  /// True for C0 controls (but tab), DEL, C1 controls, and the bidi
  /// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v != 0x09 }
    return (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }

  /// The line without its control characters; nil when it has none.
  static func removed(from line: String) -> String? {
    guard holdsControl(line) else { return nil }
    var kept = String.UnicodeScalarView()
    for scalar in line.unicodeScalars where !isControl(scalar) { kept.append(scalar) }
    return String(kept)
  }

  /// Whether the line holds a control character, read off its UTF-8 bytes:
  /// C0 (but tab) and DEL are one byte, C1 is C2 80–9F, the bidi ones E2 80
  /// AA–AE and E2 81 A6–A9. A first pass by lead byte alone stopped at every
  /// E2, which Chinese text is full of (“ ” — …), and then decoded the line.
  static func holdsControl(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      /// Whether a control's first byte is at `i`.
      func startsControl(at i: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x20 && byte != 0x09 || byte == 0x7F { return true }
        if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F {
          return true
        }
        if byte == 0xE2, i + 2 < bytes.count {
          let (second, third) = (bytes[i + 1], bytes[i + 2])
          if second == 0x80 && third >= 0xAA && third <= 0xAE { return true }
          if second == 0x81 && third >= 0xA6 && third <= 0xA9 { return true }
        }
        return false
      }
      // Eight bytes at a time: a word none of whose bytes can start a
      // control (below 0x20, 7F, C2, E2) is skipped whole; the others are
      // read byte by byte, looking past the word where a sequence goes on.
      // Byte by byte throughout, this was a hundredth of ingest (callgrind
      // on Scripts/bench-ingest.sh).
      let raw = UnsafeRawBufferPointer(bytes)
      var i = 0
      while i + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if mayStartControl(word) {
          for k in i..<(i + 8) where startsControl(at: k) { return true }
        }
        i += 8
      }
      while i < bytes.count {
        if startsControl(at: i) { return true }
        i += 1
      }
      return false
    }
  }

  /// Whether some byte of `word` is below 0x20 or is 7F, C2 or E2 (exact
  /// for the word as a whole: the bit tricks of Hacker's Delight 6-1).
  @inline(__always)
  static func mayStartControl(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    let below20 = (word &- ones &* 0x20) & ~word & highs != 0
    return below20 || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
      || hasZeroByte(word ^ (ones &* 0xE2))
  }
}
