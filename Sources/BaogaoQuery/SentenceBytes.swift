// SentenceBytes.swift: `search` and `text` on a section's UTF-8 bytes
// (issue 15: `search 收入` over 1,000 reports cut every section into
// Characters, some 4 s). A word is looked for with memmem; only the sentence
// around a match is cut out and made a String. The answers are those of
// ReportText's Character work: where a boundary's scalars are not plain
// (PlainScalars.swift) a function gives nil and the caller takes that path.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum SentenceBytes {
  /// True when `needle` (folded, UTF-8) can be looked for in the raw bytes:
  /// no ASCII (folding makes ASCII only, so a match of the folded text is then
  /// a match of the raw text and back), no sentence end and no whitespace
  /// (trimming could cut into it), and plain.
  static func isRawNeedle(_ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, needle.allSatisfy({ $0 >= 0x80 }) else { return false }
    return needle.withUnsafeBufferPointer { bytes in
      var at = 0
      while at < bytes.count {
        let (v, next) = PlainScalars.decode(bytes, at: at)
        if !PlainScalars.isPlain(v) || PlainScalars.isSpace(v) || isEnd(v) { return false }
        at = next
      }
      return true
    }
  }

  /// 。！？ and a line end: ReportText.sentenceEnds.
  static func isEnd(_ v: UInt32) -> Bool {
    v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x0A
  }

  /// The sentences of `text` that contain `needle` (isRawNeedle), in order,
  /// at most `limit`: ReportText.sentences filtered by the folded match.
  static func sentences(of text: String, containing needle: [UInt8], limit: Int) -> [String]? {
    var bytes = text
    let ranges = bytes.withUTF8 { bytes in
      needle.withUnsafeBufferPointer { needle in
        sentences(of: bytes, containing: needle, limit: limit)
      }
    }
    return ranges.map { parts(of: text, $0) }
  }

  /// The parts of `text` at these UTF-8 offsets (scalar boundaries), copied
  /// as they are: String(decoding:) validated the UTF-8 again, a fifth of `text 二`.
  static func parts(of text: String, _ ranges: [Range<Int>]) -> [String] {
    let utf8 = text.utf8
    return ranges.map { range in
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      return String(text.unicodeScalars[start..<end])
    }
  }

  static func sentences(
    of bytes: UnsafeBufferPointer<UInt8>, containing needle: UnsafeBufferPointer<UInt8>,
    limit: Int
  ) -> [Range<Int>]? {
    var found: [Range<Int>] = []
    var from = 0
    while found.count < limit, let match = find(needle, in: bytes, from: from) {
      let start = sentenceStart(before: match, in: bytes)
      let (end, next, ended) = sentenceEnd(from: match + needle.count, in: bytes)
      // Each end must be a Character of its own for the Character path to cut here too.
      guard start == 0 || isLoneEnd(endingAt: start, in: bytes),
        !ended || isLoneEnd(endingAt: next, in: bytes),
        let range = PlainScalars.trimmed(start, end, in: bytes)
      else { return nil }
      found.append(range)
      from = next
    }
    return found
  }

  /// True when the sentence end just before `end` has plain scalars on both
  /// sides: a grapheme cluster of its own, the Character ReportText matches.
  static func isLoneEnd(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let mark = PlainScalars.start(before: end, in: bytes)
    guard PlainScalars.isPlain(at: end, end: bytes.count, in: bytes) else { return false }
    return mark == 0
      || PlainScalars.isPlain(
        PlainScalars.decode(bytes, at: PlainScalars.start(before: mark, in: bytes)).0)
  }

  /// Where the sentence holding offset `at` begins: after the last end before it.
  static func sentenceStart(before at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var i = at - 1
    while i >= 0 {
      let b = bytes[i]
      if b == 0x0A { return i + 1 }
      if i >= 2, b == 0x82 || b == 0x81 || b == 0x9F {
        let (x, y) = (bytes[i - 2], bytes[i - 1])
        if (x == 0xE3 && y == 0x80 && b == 0x82) || (x == 0xEF && y == 0xBC && b != 0x82) {
          return i + 1
        }
      }
      i -= 1
    }
    return 0
  }

  /// The first sentence end at or after `at`: where the sentence's text ends
  /// (after 。！？, before a line end, which no sentence holds) and where the
  /// next one begins; `ended` is false when the text ends first.
  static func sentenceEnd(from at: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> (end: Int, next: Int, ended: Bool)
  {
    var i = at
    let count = bytes.count
    while i < count {
      let b = bytes[i]
      if b == 0x0A { return (i, i + 1, true) }
      if i + 2 < count, b == 0xE3 || b == 0xEF {
        let (y, z) = (bytes[i + 1], bytes[i + 2])
        if (b == 0xE3 && y == 0x80 && z == 0x82)
          || (b == 0xEF && y == 0xBC && (z == 0x81 || z == 0x9F))
        {
          return (i + 3, i + 3, true)
        }
      }
      i += 1
    }
    return (count, count, false)
  }

  /// The paragraphs of `text`, trimmed, empty ones dropped: its lines, as
  /// `text PATH` shows them; nil when a Character path must decide (a CR,
  /// which makes CR LF one Character, or a scalar that is not plain at an end).
  static func paragraphs(of text: String) -> [String]? {
    paragraphRanges(of: text).map { parts(of: text, $0) }
  }

  /// Where `paragraphs(of:)` are in the text's UTF-8, without making them.
  static func paragraphRanges(of text: String) -> [Range<Int>]? {
    var bytes = text
    return bytes.withUTF8 { bytes -> [Range<Int>]? in
      guard let base = bytes.baseAddress else { return [] }
      guard memchr(base, 0x0D, bytes.count) == nil else { return nil }
      var found: [Range<Int>] = []
      var start = 0
      while start < bytes.count {
        let line = memchr(base + start, 0x0A, bytes.count - start)
        let end = line.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
        guard let range = PlainScalars.trimmed(start, end, in: bytes) else { return nil }
        if !range.isEmpty { found.append(range) }
        start = end + 1
      }
      return found
    }
  }

  /// The first offset at or after `from` where `needle` occurs in `bytes`.
  /// memchr (vectorised in libc) finds each place of the needle's last byte
  /// and memcmp tests the rest; glibc's memmem is not in Swift's Glibc module.
  static func find(
    _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from: Int
  ) -> Int? {
    guard let base = bytes.baseAddress, let key = needle.baseAddress, !needle.isEmpty else {
      return nil
    }
    let last = needle.count - 1
    var at = from + last
    while at < bytes.count {
      guard let hit = memchr(base + at, Int32(needle[last]), bytes.count - at) else { return nil }
      let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
      let start = end - last
      if last == 0 || memcmp(base + start, key, last) == 0 { return start }
      at = end + 1
    }
    return nil
  }

  /// True when `needle` occurs in `text`'s UTF-8.
  static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    var text = text
    return text.withUTF8 { bytes in
      needle.withUnsafeBufferPointer { find($0, in: bytes, from: 0) != nil }
    }
  }
}
