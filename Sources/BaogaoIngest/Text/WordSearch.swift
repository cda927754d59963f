// WordSearch.swift: fast search for a word in a text, on UTF-8 bytes.
// With Foundation imported, `String.contains(String)` becomes NSString's
// locale-aware search, which was most of ingest's time (perf on bench-ingest).
// Vocabulary tables are plain words, so a byte search gives the same answer.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// Whether `word` occurs in the text (byte for byte, as UTF-8).
  func containsWord(_ word: String) -> Bool {
    firstByteOffset(of: word, from: 0) != nil
  }

  /// How many times `word` occurs, without overlaps.
  func occurrences(of word: String) -> Int {
    let length = word.utf8.count
    guard length > 0 else { return 0 }
    var count = 0
    var from = 0
    while let at = firstByteOffset(of: word, from: from) {
      count += 1
      from = at + length
    }
    return count
  }

  /// Byte offset of the first `word` at or after byte `from`, or nil.
  func firstByteOffset(of word: String, from: Int) -> Int? {
    var haystack = self
    var needle = word
    return haystack.withUTF8 { text -> Int? in
      needle.withUTF8 { pattern -> Int? in
        guard !pattern.isEmpty, from >= 0, from < text.count,
          let base = text.baseAddress, let key = pattern.baseAddress
        else { return nil }
        // memchr finds each candidate first byte; memcmp checks the rest.
        let first = Int32(pattern[0])
        var at = from
        let last = text.count - pattern.count
        while at <= last {
          guard let hit = memchr(base + at, first, last - at + 1) else { return nil }
          let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
          if memcmp(base + offset, key, pattern.count) == 0 { return offset }
          at = offset + 1
        }
        return nil
      }
    }
  }
}

extension StringProtocol {
  /// Whether the text starts with `word`, byte for byte as UTF-8. String's
  /// `hasPrefix` compares Characters, normalising both sides at every call
  /// (with `hasSuffix`, a fifteenth of ingest: callgrind on
  /// Scripts/bench-ingest.sh); reports and word tables are both NFC and a
  /// word starts with an ideograph or a mark that begins a Character, so a
  /// byte match is a Character match.
  func startsWithWord(_ word: some StringProtocol) -> Bool {
    hasWord(word, atEnd: false)
  }

  /// Whether the text ends with `word`, byte for byte as UTF-8 (as `startsWithWord`).
  func endsWithWord(_ word: some StringProtocol) -> Bool {
    hasWord(word, atEnd: true)
  }

  /// Whether `word`'s bytes open (or close) the text's: one memcmp on both
  /// strings' own storage; the views compared byte by byte only when one has none.
  @inline(__always)
  private func hasWord(_ word: some StringProtocol, atEnd: Bool) -> Bool {
    let (count, length) = (utf8.count, word.utf8.count)
    guard length <= count else { return false }
    guard length > 0 else { return true }
    let offset = atEnd ? count - length : 0
    let fast: Bool?? = utf8.withContiguousStorageIfAvailable { text in
      word.utf8.withContiguousStorageIfAvailable { word in
        memcmp(text.baseAddress! + offset, word.baseAddress!, length) == 0
      }
    }
    if let fast = fast ?? nil { return fast }
    return utf8.dropFirst(offset).prefix(length).elementsEqual(word.utf8)
  }

  /// Whether the text has at most `limit` Unicode scalars. Stops early, and
  /// counts scalars, not grapheme clusters, which cost far more to find (for
  /// Chinese text the two counts agree).
  func hasAtMost(_ limit: Int) -> Bool {
    if utf8.count <= limit { return true }
    var count = 0
    for _ in unicodeScalars {
      count += 1
      if count > limit { return false }
    }
    return true
  }
}
