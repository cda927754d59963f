// PrefixTable.swift: which word of a fixed, ordered list starts at a place in
// a text; SuffixTable's twin, bucketed by first scalar, so a test reads only
// the few words that start with the character there. A figure's unit was
// looked for by trying all seventy-odd units in turn, twice per number (a
// fiftieth of ingest: callgrind on Scripts/bench-ingest.sh).

struct PrefixTable: Sendable {
  /// The words, in the order the caller ranks them.
  let words: [[Unicode.Scalar]]
  /// Indices into `words` by first scalar, in `words`' order.
  private let byFirst: [Unicode.Scalar: [Int]]
  /// The first scalars: a bit test before the dictionary is asked.
  private let firsts: ScalarSet

  init(_ words: [[Unicode.Scalar]]) {
    self.words = words
    var byFirst: [Unicode.Scalar: [Int]] = [:]
    for (index, word) in words.enumerated() {
      if let first = word.first { byFirst[first, default: []].append(index) }
    }
    self.byFirst = byFirst
    firsts = ScalarSet(byFirst.keys)
  }

  /// The index of the first word (in `words`' order) that stands at `start` in the text.
  func first(startingAt start: Int, in text: [Unicode.Scalar]) -> Int? {
    guard start >= 0, start < text.count, firsts.contains(text[start]),
      let candidates = byFirst[text[start]]
    else { return nil }
    for k in candidates where PhraseIndex<Int>.endsWith(text, words[k], at: start + words[k].count)
    {
      return k
    }
    return nil
  }
}
