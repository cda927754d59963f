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

  /// One bit per hashed head pair: most text positions start no phrase, and
  /// testing a bit there is far cheaper than hashing the pair for `byHead`
  /// (the dictionary lookup was the recognisers' hottest spot).
  private var headBits = [UInt64](repeating: 0, count: PhraseIndex.headBitWords)

  /// Shorter phrases are dropped: one character is an abbreviation (甬, 舟),
  /// not a name. A phrase given twice keeps its first value for `matches`;
  /// `allMatches` gives every value.
  public init(_ phrases: some Sequence<(String, Value)>) {
    self.init(scalarPhrases: phrases.lazy.map { (Array($0.0.unicodeScalars), $0.1) })
  }

  /// The same from scalar arrays, which costs no string hashing (the gazetteer
  /// builds one of 7 000 names on every start).
  init(scalarPhrases: some Sequence<([Unicode.Scalar], Value)>) {
    for (scalars, value) in scalarPhrases where scalars.count >= 2 {
      let bit = Self.headBit(scalars[0], scalars[1])
      headBits[bit >> 6] |= 1 << UInt64(bit & 63)
      byHead[Self.key(scalars[0], scalars[1]), default: []].append(
        Entry(scalars: scalars, value: value))
    }
    // Longest first; a stable sort keeps a repeated phrase's first value first.
    for (key, bucket) in byHead where bucket.count > 1 {
      byHead[key] = bucket.enumerated().sorted {
        $0.element.scalars.count > $1.element.scalars.count
          || ($0.element.scalars.count == $1.element.scalars.count && $0.offset < $1.offset)
      }.map(\.element)
    }
  }

  /// Leftmost-longest occurrences with every value given for the phrase.
  func allMatches(in text: [Unicode.Scalar]) -> [(range: Range<Int>, values: [Value])] {
    var result: [(range: Range<Int>, values: [Value])] = []
    var i = 0
    while i + 1 < text.count {
      if let entries = entries(startingAt: i, in: text),
        let entry = entries.first(where: { Self.occurs($0.scalars, in: text, at: i) })
      {
        let values = entries.filter { $0.scalars == entry.scalars }.map(\.value)
        result.append((i..<(i + entry.scalars.count), values))
        i += entry.scalars.count
      } else {
        i += 1
      }
    }
    return result
  }

  /// Every value given for exactly this phrase.
  func values(of phrase: String) -> [Value] {
    let scalars = Array(phrase.unicodeScalars)
    guard scalars.count >= 2, let entries = byHead[Self.key(scalars[0], scalars[1])] else {
      return []
    }
    return entries.filter { $0.scalars == scalars }.map(\.value)
  }

  public var isEmpty: Bool { byHead.isEmpty }

  static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
    UInt64(a.value) << 32 | UInt64(b.value)
  }

  /// Size of `headBits` in 64-bit words (65 536 bits).
  static var headBitWords: Int { 1024 }

  /// The bit of a head pair in `headBits`; wrapping arithmetic, so any scalars fit.
  static func headBit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
    Int(truncatingIfNeeded: (a.value &* 40_503 ^ b.value) & 0xFFFF)
  }

  /// The phrases that may start at `i` (the caller keeps `i + 1 < text.count`).
  @inline(__always)
  private func entries(startingAt i: Int, in text: [Unicode.Scalar]) -> [Entry]? {
    let bit = Self.headBit(text[i], text[i + 1])
    guard headBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
    return byHead[Self.key(text[i], text[i + 1])]
  }

  /// Occurrences, left to right; at each position the longest phrase wins and
  /// the scan goes on after it.
  public func matches(in text: [Unicode.Scalar]) -> [(range: Range<Int>, value: Value)] {
    var result: [(range: Range<Int>, value: Value)] = []
    var i = 0
    while i + 1 < text.count {
      if let entries = entries(startingAt: i, in: text),
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
      (ScalarText.string(scalars[$0.range]), $0.value)
    }
  }

  /// Whether `text[..<end]` ends with `suffix`, without copying.
  static func endsWith(_ text: [Unicode.Scalar], _ suffix: [Unicode.Scalar], at end: Int) -> Bool {
    guard suffix.count <= end, end <= text.count else { return false }
    var k = 0
    while k < suffix.count {
      if text[end - suffix.count + k] != suffix[k] { return false }
      k += 1
    }
    return true
  }

  static func occurs(_ phrase: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
    guard phrase.count <= text.count - start else { return false }
    for k in 2..<phrase.count where text[start + k] != phrase[k] { return false }
    return true
  }
}
