// StringSearch.swift: substring search for the recognisers, on UTF-8 bytes
// with memchr and memcmp. The recognisers look for hundreds of words (verbs,
// units, cues) in every clause. Foundation's `range(of:)` folds each character
// through CFString and the standard library's `firstRange(of:)` walks
// grapheme clusters; either took over half of the bundled report's ingest
// time (Scripts/bench-process.sh). Matching bytes is exact for report text:
// both sides are valid UTF-8, so a match starts and ends on scalar
// boundaries. (Unlike Character matching it does not treat NFC and NFD forms
// as equal; reports and vocabulary tables are both NFC.) memchr finds the
// word's last byte (in UTF-8 Chinese the last byte of a character varies
// most, the first hardly at all), memcmp checks the rest. Ingest imports no
// Foundation, whose loading alone costs every start-up several milliseconds.

#if canImport(Glibc)
  import Glibc
#endif

extension StringProtocol {
  /// The first occurrence of `other`, or nil; an empty `other` is not found.
  func range(of other: some StringProtocol) -> Range<Index>? {
    guard let bytes = firstByteRange(of: other) else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
    let end = utf8.index(start, offsetBy: bytes.count)
    return start..<end
  }

  /// True when `other` occurs in the text. Preferred over the standard
  /// library's generic `contains` for the concrete `String` argument.
  func contains(_ other: String) -> Bool {
    firstByteRange(of: other) != nil
  }

  /// The pieces between occurrences of `separator`, empty ones kept:
  /// `"城镇和农渔村".components(separatedBy: "和")` → `["城镇", "农渔村"]`.
  func components(separatedBy separator: some StringProtocol) -> [String] {
    var pieces: [String] = []
    var rest = self[...]
    while let found = rest.range(of: separator) {
      pieces.append(String(rest[..<found.lowerBound]))
      rest = rest[found.upperBound...]
    }
    pieces.append(String(rest))
    return pieces
  }

  /// UTF-8 offsets of the first occurrence of `other`.
  private func firstByteRange(of other: some StringProtocol) -> Range<Int>? {
    let found: Int?? = utf8.withContiguousStorageIfAvailable { text in
      other.utf8.withContiguousStorageIfAvailable { word in
        StringSearch.find(word, in: text)
      } ?? StringSearch.find(Array(other.utf8), in: text)
    }
    guard let start = found ?? StringSearch.find(Array(other.utf8), in: Array(utf8)) else {
      return nil
    }
    return start..<(start + other.utf8.count)
  }
}

enum StringSearch {
  /// Offset of the first occurrence of `word` in `text`.
  static func find(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    guard let wordBase = word.baseAddress, let textBase = text.baseAddress, !word.isEmpty,
      word.count <= text.count
    else { return nil }
    let anchor = word.count - 1
    let lastStart = text.count - word.count
    var start = 0
    while start <= lastStart {
      // The anchor byte of a match at `start` sits at `start + anchor`.
      guard let hit = memchr(textBase + start + anchor, Int32(word[anchor]), lastStart - start + 1)
      else { return nil }
      let candidate = UnsafeRawPointer(hit) - UnsafeRawPointer(textBase) - anchor
      if memcmp(textBase + candidate, wordBase, anchor) == 0 { return candidate }
      start = candidate + 1
    }
    return nil
  }

  static func find(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int? {
    word.withUnsafeBufferPointer { find($0, in: text) }
  }

  static func find(_ word: [UInt8], in text: [UInt8]) -> Int? {
    text.withUnsafeBufferPointer { find(word, in: $0) }
  }
}
