// StringBytes.swift: strings as their UTF-8 bytes, for tables that must
// tell strings apart by bytes: a String hashes and compares its NFC form,
// which for Chinese text means normalising every line and sentence (a
// quarter of ingest on a 50 MB file, Clean/Duplicates.swift; a fifth of a
// first load, Cache/StringTable.swift). Bytes are also the right identity
// there: canonically equal strings with other bytes stay apart.

#if canImport(Glibc)
  import Glibc
#endif

enum StringBytes {
  /// A hash of the string's UTF-8 bytes (`hash(_:)` of them).
  static func hash(_ string: String) -> UInt64 {
    var string = string
    return string.withUTF8 { hash($0) }
  }

  /// The length and the bytes of a short string, or of a long one its
  /// first and last `hashedEnd` bytes (strings alike there but not in the
  /// middle are told apart by `equal`), eight at a time, multiplied and
  /// mixed so that the low bits index the slots. Byte by byte, hashing was
  /// the largest part of writing an entry.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    func add(_ word: UInt64) {
      h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 31
    }
    let raw = UnsafeRawBufferPointer(bytes)
    func words(_ range: Range<Int>) {
      var offset = range.lowerBound
      while offset + 8 <= range.upperBound {
        add(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < range.upperBound {
        tail |= UInt64(raw[offset]) << shift
        shift += 8
        offset += 1
      }
      if shift > 0 { add(tail) }
    }
    if bytes.count <= 2 * hashedEnd {
      words(0..<bytes.count)
    } else {
      words(0..<hashedEnd)
      words(bytes.count - hashedEnd..<bytes.count)
    }
    h = (h ^ (h >> 30)) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 31)
  }

  /// Bytes hashed at each end of a long string.
  static let hashedEnd = 32

  /// The byte offset of a place `needle`'s UTF-8 stands in `haystack`'s,
  /// or nil: the first at or after byte `hint`, else the first before it. In
  /// well-formed UTF-8 such a place starts and ends on a character
  /// boundary: a needle starts with a leading byte.
  static func offset(of needle: String, in haystack: String, from hint: Int = 0) -> Int? {
    var (needle, haystack) = (needle, haystack)
    return needle.withUTF8 { pattern in
      haystack.withUTF8 { text -> Int? in
        guard !pattern.isEmpty else { return 0 }
        let hint = min(max(0, hint), text.count)
        return first(pattern, in: text, starts: hint..<text.count)
          ?? first(pattern, in: text, starts: 0..<hint)
      }
    }
  }

  /// The first offset in `starts` where `pattern` stands in `text`.
  private static func first(
    _ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
    starts: Range<Int>
  ) -> Int? {
    let last = min(starts.upperBound, text.count - pattern.count + 1)
    guard let base = text.baseAddress, let wanted = pattern.baseAddress, starts.lowerBound < last
    else { return nil }
    // Sought by the pattern's second byte: in Chinese text nearly every
    // third byte is one of a few lead bytes, so a search for the first one
    // stopped at almost every character (a fortieth of a first load).
    let key = pattern.count > 1 ? 1 : 0
    var offset = starts.lowerBound
    while offset < last {
      guard let hit = memchr(base + offset + key, Int32(pattern[key]), last - offset) else {
        return nil
      }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - key
      if memcmp(base + at, wanted, pattern.count) == 0 { return at }
      offset = at + 1
    }
    return nil
  }

  /// Whether two strings have the same UTF-8 bytes.
  static func equal(_ a: String, _ b: String) -> Bool {
    let count = a.utf8.count
    guard count == b.utf8.count else { return false }
    guard count > 0 else { return true }
    var (x, y) = (a, b)
    return x.withUTF8 { xs in
      y.withUTF8 { ys in
        // The same storage (a report's id on every node) needs no compare.
        xs.baseAddress == ys.baseAddress || memcmp(xs.baseAddress!, ys.baseAddress!, count) == 0
      }
    }
  }
}
