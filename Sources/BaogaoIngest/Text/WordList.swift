// WordList.swift: fast look-ups of vocabulary tables in text.
// Takes a table of words and gives containment, earliest match, prefix and
// suffix tests over UTF-8 bytes. `String.contains` goes through Foundation's
// NSString search once Foundation is imported, which made ingest ten times
// slower; UTF-8 is self-synchronising, so a byte match is a character match.

/// A vocabulary table, ready for byte search.
struct WordList: Sendable {
  let words: [String]
  let bytes: [[UInt8]]
  /// Indexes of the words by their first byte, longest first: one pass over
  /// the text tries only the words that can start at each byte.
  private let byFirstByte: [[Int]]
  /// One bit per first three bytes of a word of three bytes or more (for a
  /// Chinese character, its code point). Chinese characters share a handful of
  /// lead bytes (E4–E9), so the first byte alone lets dozens of words be tried
  /// at every character; the bit skips them where none can start.
  private let headBits: [UInt64]
  /// First bytes of words shorter than three bytes, which `headBits` cannot see.
  private let shortFirstBytes: [Bool]

  init(_ words: [String]) {
    self.words = words
    self.bytes = words.map { Array($0.utf8) }
    var buckets = [[Int]](repeating: [], count: 256)
    for (index, word) in bytes.enumerated() {
      guard let first = word.first else { continue }
      buckets[Int(first)].append(index)
    }
    let lengths = bytes.map(\.count)
    byFirstByte = buckets.map { $0.sorted { lengths[$0] > lengths[$1] } }
    var heads = [UInt64](repeating: 0, count: 1024)
    var shorts = [Bool](repeating: false, count: 256)
    for word in bytes where !word.isEmpty {
      if word.count < 3 {
        shorts[Int(word[0])] = true
      } else {
        let head = Self.head(word[0], word[1], word[2])
        heads[head >> 6] |= 1 << UInt64(head & 63)
      }
    }
    headBits = heads
    shortFirstBytes = shorts
  }

  /// Some word of the table occurs in the text.
  func occurs(in text: [UInt8]) -> Bool { earliest(in: text) != nil }

  /// The word that starts earliest in the text, the longest where several
  /// start at one place, with its byte offset.
  func earliest(in text: [UInt8]) -> (offset: Int, word: String)? {
    var i = 0
    while i < text.count {
      if i + 2 < text.count, !shortFirstBytes[Int(text[i])] {
        let head = Self.head(text[i], text[i + 1], text[i + 2])
        if headBits[head >> 6] & (1 << UInt64(head & 63)) == 0 {
          i += 1
          continue
        }
      }
      for index in byFirstByte[Int(text[i])] where Bytes.has(bytes[index], in: text, at: i) {
        return (i, words[index])
      }
      i += 1
    }
    return nil
  }

  /// The `headBits` bit of three bytes: 16 bits, the code point of a
  /// three-byte UTF-8 character; any other bytes just share bits.
  static func head(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
    Int(b0 & 0x0F) << 12 | Int(b1 & 0x3F) << 6 | Int(b2 & 0x3F)
  }

  /// Some word of the table starts the text.
  func isPrefix(of text: [UInt8]) -> Bool {
    bytes.contains { Bytes.has($0, in: text, at: 0) }
  }

  /// Some word of the table ends the text.
  func isSuffix(of text: [UInt8]) -> Bool {
    bytes.contains { Bytes.has($0, in: text, at: text.count - $0.count) }
  }
}

/// Byte search in UTF-8 text.
enum Bytes {
  /// The first offset in `text[start..<end]` where `word` begins.
  static func find(_ word: [UInt8], in text: [UInt8], from start: Int = 0, to end: Int? = nil)
    -> Int?
  {
    guard let first = word.first else { return nil }
    let stop = min(end ?? text.count, text.count) - word.count
    var i = max(0, start)
    while i <= stop {
      if text[i] == first, has(word, in: text, at: i) { return i }
      i += 1
    }
    return nil
  }

  /// Whether `word` stands at `offset` in `text`.
  static func has(_ word: [UInt8], in text: [UInt8], at offset: Int) -> Bool {
    guard offset >= 0, offset + word.count <= text.count else { return false }
    var k = 0
    while k < word.count {
      if text[offset + k] != word[k] { return false }
      k += 1
    }
    return true
  }

  /// Whether `text` contains `word`.
  static func contains(_ text: some StringProtocol, _ word: String) -> Bool {
    find(Array(word.utf8), in: Array(text.utf8)) != nil
  }
}
