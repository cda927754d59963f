// Suggestion.swift: "did you mean" for kinds, fields and values.
// The nearest candidate by edit distance (a swap of two neighbours counts as
// one edit: aera → area), or one that the word begins (城市 → 城市建设).
// Bounded: long words and long candidate lists are cut, so a fuzzed 1 MB
// word costs no more than a short one.

public enum Suggestion {
  /// Longest word or candidate compared, in characters.
  static let maxLength = 40
  /// Most candidates looked at: the first ones, which are the most frequent.
  static let maxCandidates = 2_000

  /// The candidate nearest to `word`, or nil when none is near enough.
  public static func nearest(to word: String, among candidates: [String]) -> String? {
    let target = Array(Fold.text(word))
    guard !target.isEmpty, target.count <= maxLength else { return nil }
    let threshold = max(1, target.count / 3)
    var best: (candidate: String, distance: Int, rank: Int)?
    var prefixed: String?
    for candidate in candidates.prefix(maxCandidates) {
      let other = Array(Fold.text(candidate))
      guard other.count <= maxLength, other != target else { continue }
      if prefixed == nil, target.count >= 2, other.starts(with: target) { prefixed = candidate }
      let d = distance(target, other)
      // At the same distance, a candidate that holds the word is nearer:
      // `unit = 亿` means 亿元, not %, though both are one edit away.
      let rank = other.starts(with: target) ? 0 : contains(other, target) ? 1 : 2
      if d <= threshold, (d, rank) < (best?.distance ?? Int.max, best?.rank ?? Int.max) {
        best = (candidate, d, rank)
      }
    }
    return best?.candidate ?? prefixed
  }

  /// True when `needle` stands somewhere in `text`.
  static func contains(_ text: [Character], _ needle: [Character]) -> Bool {
    guard needle.count <= text.count else { return false }
    for start in 0...(text.count - needle.count)
    where text[start..<(start + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions
  /// and swaps of neighbours each cost one.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
