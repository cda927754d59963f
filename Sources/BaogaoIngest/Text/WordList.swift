// WordList.swift: fast look-ups of vocabulary tables in text.
// Takes a table of words and gives containment, earliest match, prefix and
// suffix tests over UTF-8 bytes. `String.contains` goes through Foundation's
// NSString search once Foundation is imported, which made ingest ten times
// slower; UTF-8 is self-synchronising, so a byte match is a character match.

/// A vocabulary table, ready for byte search.
struct WordList: Sendable {
  let words: [String]
  let bytes: [[UInt8]]
  /// The words in one automaton: one pass over the text finds the earliest.
  /// Trying the words that share each position's first bytes was a tenth of
  /// Targets (Verbs.isCommitment, perf on Scripts/bench-ingest.sh): Chinese
  /// words share a handful of lead bytes.
  private let automaton: WordAutomaton

  init(_ words: [String]) {
    self.words = words
    self.bytes = words.map { Array($0.utf8) }
    automaton = WordAutomaton(words)
  }

  /// Some word of the table occurs in the text.
  func occurs(in text: [UInt8]) -> Bool {
    text.withUnsafeBufferPointer { automaton.occurs(in: $0) }
  }

  /// Some word of the table occurs in the text.
  func occurs(in text: String) -> Bool {
    var text = text
    return text.withUTF8 { automaton.occurs(in: $0) }
  }

  /// Some word of the table occurs in the text.
  func occurs(in text: ArraySlice<UInt8>) -> Bool {
    text.withUnsafeBufferPointer { automaton.occurs(in: $0) }
  }

  /// The word that starts earliest in the text, the longest where several
  /// start at one place, with its byte offset.
  func earliest(in text: [UInt8]) -> (offset: Int, word: String)? {
    text.withUnsafeBufferPointer { automaton.earliest(in: $0) }.map { ($0.offset, words[$0.word]) }
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
