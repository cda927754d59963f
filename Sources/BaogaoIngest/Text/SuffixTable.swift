// SuffixTable.swift: which word of a fixed, ordered list ends at a place in a
// text. The words are bucketed by their last scalar, so a test reads only the
// few words that end in the character there: the suffix rules of places and
// projects (seventy-odd words each) were all compared at every character that
// ends one of them (perf on Scripts/bench-ingest.sh).

struct SuffixTable: Sendable {
  /// The words, in the order the caller ranks them.
  let words: [[Unicode.Scalar]]
  /// Indices into `words` by last scalar, in `words`' order.
  private let byLast: [Unicode.Scalar: [Int]]
  /// The last scalars: a bit test before the dictionary is asked.
  private let lasts: ScalarSet

  init(_ words: [[Unicode.Scalar]]) {
    self.words = words
    var byLast: [Unicode.Scalar: [Int]] = [:]
    for (index, word) in words.enumerated() {
      if let last = word.last { byLast[last, default: []].append(index) }
    }
    self.byLast = byLast
    lasts = ScalarSet(byLast.keys)
  }

  /// The index of the first word (in `words`' order) that `text[..<end]` ends with.
  func first(endingAt end: Int, in text: [Unicode.Scalar]) -> Int? {
    guard end > 0, end <= text.count, lasts.contains(text[end - 1]),
      let candidates = byLast[text[end - 1]]
    else { return nil }
    for k in candidates where PhraseIndex<Int>.endsWith(text, words[k], at: end) { return k }
    return nil
  }
}
