// PlainScalars.swift: the scalars at which the byte scans of report text
// (SentenceBytes.swift) may stand in for Swift's Character work. A plain
// scalar is a grapheme cluster boundary on both sides whatever its neighbour
// (never Extend, ZWJ, SpacingMark, Prepend, CR, Hangul or a regional
// indicator), so where a sentence or paragraph begins and ends only plain
// scalars the bytes give the very Characters `ReportText` iterates. The
// list is short on purpose: ASCII, Latin-1, the punctuation, CJK and
// full-width blocks reports are written in; anything else sends the scan
// back to the Character path, which is always right.

enum PlainScalars {
  /// The scalar starting at `at` (which must start one: valid UTF-8) and the
  /// offset after it.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> (UInt32, Int) {
    let lead = UInt32(bytes[at])
    if lead < 0x80 { return (lead, at + 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F), at + 2) }
    if lead < 0xF0 {
      let value =
        (lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
      return (value, at + 3)
    }
    let value =
      (lead & 0x07) << 18 | UInt32(bytes[at + 1] & 0x3F) << 12 | UInt32(bytes[at + 2] & 0x3F) << 6
      | UInt32(bytes[at + 3] & 0x3F)
    return (value, at + 4)
  }

  /// The offset where the scalar ending just before `end` starts.
  static func start(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var at = end - 1
    while at > 0, bytes[at] & 0xC0 == 0x80 { at -= 1 }
    return at
  }

  /// True when the scalar is its own grapheme cluster next to any other.
  static func isPlain(_ v: UInt32) -> Bool {
    switch v {
    case 0x09, 0x0A, 0x20...0x7E, 0xA0...0xFF: true
    case 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x27BF: true
    // Not U+302A–302F (tone marks) nor U+3099–309A (kana voicing): Extend.
    case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF: true
    case 0x3400...0x9FFF: true
    // Not U+FF9E–FF9F (half-width voicing marks): Extend.
    case 0xFF01...0xFF9D, 0xFFE0...0xFFEE: true
    default: false
    }
  }

  /// The plain scalars Character.isWhitespace calls whitespace (LF aside).
  static func isSpace(_ v: UInt32) -> Bool {
    v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000
  }

  /// True when the scalar at `at` (none when `at` is `end`) is plain.
  static func isPlain(at: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    at >= end || isPlain(decode(bytes, at: at).0)
  }

  /// The trimmed bounds of `start..<end` (both scalar boundaries): without
  /// the whitespace at either end, as `ReportText.trimmed` cuts it; nil when
  /// a scalar the answer depends on is not plain.
  static func trimmed(_ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Range<Int>?
  {
    var low = start
    while low < end {
      let (v, next) = decode(bytes, at: low)
      guard isPlain(v) else { return nil }
      if !isSpace(v) { break }
      low = next
    }
    var high = end
    while high > low {
      let at = self.start(before: high, in: bytes)
      let v = decode(bytes, at: at).0
      guard isPlain(v) else { return nil }
      if !isSpace(v) { break }
      high = at
    }
    return low..<high
  }
}
