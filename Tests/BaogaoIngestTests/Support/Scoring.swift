// Scoring.swift: the matching rules of Scripts/score-extraction, in Swift.
// Loads the gold annotations from Tests/Fixtures/gold (found via #filePath),
// and gives span overlap, greedy one-to-one matching and P/R/F1, so the test
// suite asserts the same floors the scorer reports.
import Foundation

enum Scoring {
  /// Tests/Fixtures, next to this file's folder.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The list under `key` of a gold file such as `dinghai-2018.figures.json`.
  static func gold(_ file: String, key: String) throws -> [[String: Any]] {
    let url = fixtures.appendingPathComponent("gold").appendingPathComponent(file)
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return ((object as? [String: Any])?[key] as? [[String: Any]]) ?? []
  }

  /// NFKC and no white space, as the scorer's `norm_text`.
  static func normalised(_ s: String?) -> [Character] {
    Array((s ?? "").precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
  }

  /// The unit after normalisation: ％ is %.
  static func unit(_ s: String?) -> String {
    let u = String(normalised(s))
    return u == "％" || u == "percent" ? "%" : u
  }

  /// Length of the longest common run of two texts.
  static func longestCommonRun<Item: Equatable>(_ a: [Item], _ b: [Item]) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var best = 0
    var previous = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      var current = [Int](repeating: 0, count: b.count + 1)
      for j in 1...b.count where a[i - 1] == b[j - 1] {
        current[j] = previous[j - 1] + 1
        best = max(best, current[j])
      }
      previous = current
    }
    return best
  }

  static func contains(_ a: [Character], _ b: [Character]) -> Bool {
    guard b.count <= a.count else { return false }
    if b.isEmpty { return true }
    for start in 0...(a.count - b.count) where Array(a[start..<(start + b.count)]) == b {
      return true
    }
    return false
  }

  /// The scorer's `span_overlap`: containment scores above 1, a shared run of
  /// six or more characters scores its share of the longer span.
  static func spanOverlap(_ gold: String?, _ pred: String?) -> Double {
    let g = normalised(gold)
    let p = normalised(pred)
    guard !g.isEmpty, !p.isEmpty else { return 0 }
    if contains(p, g) || contains(g, p) {
      return Double(min(g.count, p.count)) / Double(max(g.count, p.count)) + 1
    }
    let run = longestCommonRun(g, p)
    return run >= 6 ? Double(run) / Double(max(g.count, p.count)) : 0
  }

  /// Greedy one-to-one matching, best score first, as the scorer does.
  static func greedyMatch<G, P>(_ golds: [G], _ preds: [P], score: (G, P) -> Double)
    -> [(gold: Int, pred: Int)]
  {
    var pairs: [(Double, Int, Int)] = []
    for (gi, g) in golds.enumerated() {
      for (pi, p) in preds.enumerated() {
        let s = score(g, p)
        if s > 0 { pairs.append((s, gi, pi)) }
      }
    }
    // Stable by score, like Python's sort on -score.
    let order = pairs.indices.sorted {
      pairs[$0].0 > pairs[$1].0 || pairs[$0].0 == pairs[$1].0 && $0 < $1
    }
    var usedG: Set<Int> = []
    var usedP: Set<Int> = []
    var matches: [(gold: Int, pred: Int)] = []
    for k in order {
      let (_, gi, pi) = pairs[k]
      if usedG.contains(gi) || usedP.contains(pi) { continue }
      usedG.insert(gi)
      usedP.insert(pi)
      matches.append((gi, pi))
    }
    return matches
  }

  /// F1 of `matched` items against `gold` and `found` counts.
  static func f1(matched: Int, gold: Int, found: Int) -> Double {
    let p = found == 0 ? 0 : Double(matched) / Double(found)
    let r = gold == 0 ? 0 : Double(matched) / Double(gold)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// A gold number field as a Double.
  static func number(_ any: Any?) -> Double? {
    if let n = any as? NSNumber { return n.doubleValue }
    if let s = any as? String { return Double(s) }
    return nil
  }
}
