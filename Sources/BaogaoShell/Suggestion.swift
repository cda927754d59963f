// Suggestion.swift: "did you mean" for dot-commands and kinds. Takes a
// misspelt name and the names it could be; gives the closest one when it is
// close enough (edit distance at most a third of the name, at least 1).

/// Nearest-name suggestions by edit distance.
enum Suggestion {
  static func closest(to word: String, in names: [String]) -> String? {
    let limit = max(1, word.count / 3)
    var best: (name: String, distance: Int)?
    for name in names {
      let d = distance(Array(word), Array(name))
      if d <= limit, d < (best?.distance ?? Int.max) { best = (name, d) }
    }
    return best?.name
  }

  /// Edit distance where swapping two neighbours counts 1 (`.hlep` → `.help`),
  /// three rows at a time.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], before[j - 2] + 1)
        }
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }
}
