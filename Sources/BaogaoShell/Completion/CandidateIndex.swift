// CandidateIndex.swift: matches a typed word against many candidates fast
// enough for Tab on a 1,000-report graph (tens of thousands of names). The
// candidates' UTF-8 is folded to ASCII lower case once; each Tab then compares
// bytes. A needle that begins with a lead byte can only match at a character
// boundary of valid UTF-8, so byte matching finds exactly the scalar matches.

/// Candidates prepared for prefix, substring and subsequence matching.
struct CandidateIndex: Sendable {
  let candidates: [CompletionCandidate]
  private let folded: [[UInt8]]

  init(_ candidates: [CompletionCandidate]) {
    self.candidates = candidates
    folded = candidates.map { CandidateIndex.fold($0.text) }
  }

  /// UTF-8 with ASCII letters in lower case (Chinese has no case).
  static func fold(_ text: String) -> [UInt8] {
    text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
  }

  /// Those the word begins, else those that contain it, else those that
  /// contain its characters in order (建设 → 城市建设, 城建 → 城市建设).
  func match(_ word: String) -> [CompletionCandidate] {
    if word.isEmpty { return candidates }
    let needle = CandidateIndex.fold(word)
    var found = indices { CandidateIndex.hasPrefix($0, needle) }
    if found.isEmpty { found = indices { CandidateIndex.contains($0, needle, from: 1) } }
    if found.isEmpty {
      // One piece per character, so a match never splits a character's bytes.
      let pieces = word.unicodeScalars.map { CandidateIndex.fold(String($0)) }
      found = indices { CandidateIndex.containsInOrder($0, pieces) }
    }
    return found.map { candidates[$0] }
  }

  private func indices(where test: ([UInt8]) -> Bool) -> [Int] {
    var result: [Int] = []
    for (i, text) in folded.enumerated() where test(text) { result.append(i) }
    return result
  }

  static func hasPrefix(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= text.count else { return false }
    for i in 0..<needle.count where text[i] != needle[i] { return false }
    return true
  }

  /// The first index at or after `start` where `needle` occurs, or nil.
  static func find(_ needle: [UInt8], in text: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, text.count >= needle.count, start <= text.count - needle.count else {
      return needle.isEmpty ? start : nil
    }
    let first = needle[0]
    var i = start
    let last = text.count - needle.count
    while i <= last {
      if text[i] == first {
        var j = 1
        while j < needle.count && text[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  static func contains(_ text: [UInt8], _ needle: [UInt8], from start: Int) -> Bool {
    find(needle, in: text, from: start) != nil
  }

  static func containsInOrder(_ text: [UInt8], _ pieces: [[UInt8]]) -> Bool {
    var at = 0
    for piece in pieces {
      guard let found = find(piece, in: text, from: at) else { return false }
      at = found + piece.count
    }
    return true
  }
}
