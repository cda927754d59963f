// NameIndex.swift: finds known names (places, projects) in a piece of text.
// Takes a name → id map and gives, for a text, the ids of the names it
// contains, longest name first. Names are bucketed by their first scalar, so
// a scan costs the text's length times the few names sharing a first scalar.

struct NameIndex: Sendable {
  private var buckets: [Unicode.Scalar: [([Unicode.Scalar], String, String)]] = [:]
  /// The first scalars of all names: a bit test skips most positions without
  /// hashing the scalar for `buckets`.
  private var firsts = ScalarSet([])

  /// Names shorter than this are too ambiguous to look for (区, 岛).
  static let minLength = 2

  init(_ ids: [String: String]) {
    for (name, id) in ids {
      let scalars = Array(name.unicodeScalars)
      guard scalars.count >= Self.minLength, let first = scalars.first else { continue }
      buckets[first, default: []].append((scalars, name, id))
    }
    for key in buckets.keys { buckets[key]?.sort { $0.0.count > $1.0.count } }
    firsts = ScalarSet(buckets.keys)
  }

  var isEmpty: Bool { buckets.isEmpty }

  /// The (name, id) pairs found in `s[start..<end]`, in text order, each id
  /// once; where names overlap the longer one wins.
  func find(in s: [Unicode.Scalar], from start: Int, to end: Int) -> [(name: String, id: String)] {
    guard !buckets.isEmpty else { return [] }
    var result: [(name: String, id: String)] = []
    var i = max(0, start)
    let stop = min(end, s.count)
    while i < stop {
      guard firsts.contains(s[i]), let candidates = buckets[s[i]] else {
        i += 1
        continue
      }
      var matched = 0
      for (scalars, name, id) in candidates where i + scalars.count <= stop {
        if Units.has(s, scalars, at: i) {
          // A clause names a handful of places at most: a scan of the few
          // found beats a Set made (and its Strings hashed) on every call.
          if !result.contains(where: { $0.id == id }) { result.append((name, id)) }
          matched = scalars.count
          break
        }
      }
      i += max(1, matched)
    }
    return result
  }
}
