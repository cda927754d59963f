// FoldedNeedle.swift: a word typed before Tab, matched against texts by
// their UTF-8 with ASCII letters folded to lower case (Chinese has no case):
// the begins-with, contains and in-order tests of completion. Here rather
// than in the shell so that a pass over a field's rows (ValueScan.swift)
// takes the word as a value, not a grading closure called per text, which
// was a fifth of the pass (perf on 1,000 reports, issue 15). A word that
// begins with a lead byte can only match at a character boundary of valid
// UTF-8, so byte matching finds exactly the scalar matches.

/// A typed word, folded, tested against texts whose bytes are folded as
/// they are read.
public struct FoldedNeedle: Sendable {
  /// The tests in the order they are tried: a later one only when no
  /// candidate passes an earlier.
  public enum Test: Int, Sendable, CaseIterable, Comparable {
    /// The text begins with the word.
    case prefix
    /// The word stands in the text after its first byte.
    case substring
    /// The word's characters stand in the text in order.
    case subsequence

    public static func < (a: Test, b: Test) -> Bool { a.rawValue < b.rawValue }
  }

  let bytes: [UInt8]
  /// One piece per character, so that a match never splits a character's bytes.
  let pieces: [[UInt8]]

  public init(_ word: String) {
    bytes = FoldedNeedle.fold(word)
    pieces = word.unicodeScalars.map { FoldedNeedle.fold(String($0)) }
  }

  /// UTF-8 with ASCII letters in lower case.
  public static func fold(_ text: String) -> [UInt8] {
    text.utf8.map(fold)
  }

  @inlinable @inline(__always) public static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte | 0x20 : byte
  }

  public func passes(_ text: UnsafeBufferPointer<UInt8>, _ test: Test) -> Bool {
    switch test {
    case .prefix: return FoldedNeedle.find(bytes, in: text, from: 0, anchored: true) != nil
    case .substring: return FoldedNeedle.find(bytes, in: text, from: 1, anchored: false) != nil
    case .subsequence:
      var at = 0
      for piece in pieces {
        guard let found = FoldedNeedle.find(piece, in: text, from: at, anchored: false) else {
          return false
        }
        at = found + piece.count
      }
      return true
    }
  }

  /// The first test the text passes, up to the test `worst`, nil when none:
  /// its grade for Schema.bestValueCounts.
  func grade(_ text: UnsafeBufferPointer<UInt8>, worst: Test) -> Test? {
    // Spelt out: `allCases` makes an array on each call, once per text.
    if passes(text, .prefix) { return .prefix }
    if worst >= .substring, passes(text, .substring) { return .substring }
    if worst >= .subsequence, passes(text, .subsequence) { return .subsequence }
    return nil
  }

  /// The first index at or after `start` where `needle` stands in the folded
  /// text (only `start` itself when anchored), or nil.
  static func find(
    _ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int, anchored: Bool
  ) -> Int? {
    guard !needle.isEmpty else { return start <= text.count ? start : nil }
    guard text.count >= needle.count, start <= text.count - needle.count else { return nil }
    let last = anchored ? start : text.count - needle.count
    return needle.withUnsafeBufferPointer { needle in
      var i = start
      while i <= last {
        if fold(text[i]) == needle[0] {
          var j = 1
          while j < needle.count && fold(text[i + j]) == needle[j] { j += 1 }
          if j == needle.count { return i }
        }
        i += 1
      }
      return nil
    }
  }
}
