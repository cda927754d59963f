// PhraseIndex.swift: finds many known phrases in a text in one pass.
// Takes a list of (phrase, value) pairs; gives the leftmost-longest,
// non-overlapping occurrences in a text of Unicode scalars. Places, projects,
// the locality finder and `Mentions` all count names with it, so a long name
// (环城北路) always hides the short one inside it (城北).

/// An index of phrases of at least two scalars, keyed by their first two scalars.
public struct PhraseIndex<Value: Sendable>: Sendable {
  struct Entry: Sendable {
    var scalars: [Unicode.Scalar]
    var value: Value
  }

  /// Phrases by their first two scalars, longest first.
  private var byHead: [UInt64: [Entry]] = [:]

  /// Shorter phrases are dropped: one character is an abbreviation (甬, 舟),
  /// not a name. A phrase given twice keeps its first value.
  public init(_ phrases: some Sequence<(String, Value)>) {
    var seen: Set<String> = []
    for (phrase, value) in phrases where !seen.contains(phrase) {
      seen.insert(phrase)
      let scalars = Array(phrase.unicodeScalars)
      guard scalars.count >= 2 else { continue }
      byHead[Self.key(scalars[0], scalars[1]), default: []].append(
        Entry(scalars: scalars, value: value))
    }
    for key in byHead.keys { byHead[key]?.sort { $0.scalars.count > $1.scalars.count } }
  }

  public var isEmpty: Bool { byHead.isEmpty }

  static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
    UInt64(a.value) << 32 | UInt64(b.value)
  }

  /// Occurrences, left to right; at each position the longest phrase wins and
  /// the scan goes on after it.
  public func matches(in text: [Unicode.Scalar]) -> [(range: Range<Int>, value: Value)] {
    var result: [(range: Range<Int>, value: Value)] = []
    var i = 0
    while i + 1 < text.count {
      if let entries = byHead[Self.key(text[i], text[i + 1])],
        let entry = entries.first(where: { Self.occurs($0.scalars, in: text, at: i) })
      {
        result.append((i..<(i + entry.scalars.count), entry.value))
        i += entry.scalars.count
      } else {
        i += 1
      }
    }
    return result
  }

  /// The same for a string.
  public func matches(in text: String) -> [(text: String, value: Value)] {
    let scalars = Array(text.unicodeScalars)
    return matches(in: scalars).map {
      (String(String.UnicodeScalarView(scalars[$0.range])), $0.value)
    }
  }

  static func occurs(_ phrase: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
    guard phrase.count <= text.count - start else { return false }
    for k in 2..<phrase.count where text[start + k] != phrase[k] { return false }
    return true
  }
}
