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

  /// Every phrase, grouped by its first two scalars, each group longest first.
  private var entries: [Entry] = []

  /// The groups by head pair, in an open-addressing table: a slot's pair and
  /// its group `entries[groupStarts[slot]..<groupEnds[slot]]` (empty: a free
  /// slot). A `[UInt64: [Entry]]` hashed every looked-up pair with SipHash
  /// and retained the group's array (perf on Scripts/bench-ingest.sh).
  private var slotKeys: [UInt64] = [0]
  private var groupStarts: [Int32] = [0]
  private var groupEnds: [Int32] = [0]
  private var slotMask = 0

  /// One bit per hashed head pair: most text positions start no phrase, and
  /// testing a bit there is far cheaper than looking the pair up.
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
    var given: [Entry] = []
    for (scalars, value) in scalarPhrases where scalars.count >= 2 {
      let bit = Self.headBit(scalars[0], scalars[1])
      headBits[bit >> 6] |= 1 << UInt64(bit & 63)
      given.append(Entry(scalars: scalars, value: value))
    }
    // By head pair, then longest first; the order given breaks ties, so a
    // repeated phrase's first value comes first.
    let keys = given.map { Self.key($0.scalars[0], $0.scalars[1]) }
    let order = given.indices.sorted {
      keys[$0] != keys[$1]
        ? keys[$0] < keys[$1]
        : given[$0].scalars.count != given[$1].scalars.count
          ? given[$0].scalars.count > given[$1].scalars.count : $0 < $1
    }
    entries = order.map { given[$0] }
    var groups = 0
    for (k, index) in order.enumerated() where k == 0 || keys[order[k - 1]] != keys[index] {
      groups += 1
    }
    var capacity = 1
    while capacity < groups * 2 { capacity <<= 1 }
    slotKeys = [UInt64](repeating: 0, count: capacity)
    groupStarts = [Int32](repeating: 0, count: capacity)
    groupEnds = [Int32](repeating: 0, count: capacity)
    slotMask = capacity - 1
    var start = 0
    while start < order.count {
      let key = keys[order[start]]
      var end = start + 1
      while end < order.count, keys[order[end]] == key { end += 1 }
      var slot = Self.slot(key) & slotMask
      while groupEnds[slot] > groupStarts[slot] { slot = (slot + 1) & slotMask }
      slotKeys[slot] = key
      groupStarts[slot] = Int32(start)
      groupEnds[slot] = Int32(end)
      start = end
    }
  }

  /// The table slot where a head pair's search starts.
  @inline(__always)
  private static func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
  }

  /// The group of phrases whose first two scalars are `key`'s, as a range of `entries`.
  @inline(__always)
  private func group(_ key: UInt64) -> Range<Int>? {
    var slot = Self.slot(key) & slotMask
    while groupEnds[slot] > groupStarts[slot] {
      if slotKeys[slot] == key { return Int(groupStarts[slot])..<Int(groupEnds[slot]) }
      slot = (slot + 1) & slotMask
    }
    return nil
  }

  /// Leftmost-longest occurrences with every value given for the phrase.
  func allMatches(in text: [Unicode.Scalar]) -> [(range: Range<Int>, values: [Value])] {
    var result: [(range: Range<Int>, values: [Value])] = []
    var i = 0
    while let head = nextHead(in: text, from: i, to: text.count) {
      i = head
      if let group = group(Self.key(text[i], text[i + 1])),
        let k = group.first(where: { Self.occurs(entries[$0].scalars, in: text, at: i) })
      {
        let length = entries[k].scalars.count
        // The same phrase given again stands after `k` in its group (none
        // before it, or that one would have been found first). One loop, not
        // `filter` then `map`: their two arrays per match were a third of
        // the gazetteer's scan of a report (perf on Scripts/bench-ingest.sh).
        var values: [Value] = []
        for j in k..<group.upperBound where entries[j].scalars == entries[k].scalars {
          values.append(entries[j].value)
        }
        result.append((i..<(i + length), values))
        i += length
      } else {
        i += 1
      }
    }
    return result
  }

  /// Every value given for exactly this phrase.
  func values(of phrase: String) -> [Value] {
    let scalars = Array(phrase.unicodeScalars)
    guard scalars.count >= 2, let group = group(Self.key(scalars[0], scalars[1])) else {
      return []
    }
    return group.filter { entries[$0].scalars == scalars }.map { entries[$0].value }
  }

  public var isEmpty: Bool { entries.isEmpty }

  static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
    UInt64(a.value) << 32 | UInt64(b.value)
  }

  /// Size of `headBits` in 64-bit words (65 536 bits).
  static var headBitWords: Int { 1024 }

  /// The bit of a head pair in `headBits`; wrapping arithmetic, so any scalars fit.
  static func headBit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
    Int(truncatingIfNeeded: (a.value &* 40_503 ^ b.value) & 0xFFFF)
  }

  /// The first position from `i` whose two scalars (both before `stop`, at
  /// most `text.count`) may start a phrase: their head bit is set. Every
  /// position is tested, so the loop reads the text and the bits through
  /// unchecked pointers (it was most of the scan: callgrind on
  /// Scripts/bench-ingest.sh).
  @inline(__always)
  private func nextHead(in text: [Unicode.Scalar], from i: Int, to stop: Int) -> Int? {
    text.withUnsafeBufferPointer { t in
      headBits.withUnsafeBufferPointer { bits in
        var i = i
        while i + 1 < stop {
          let bit = Self.headBit(t[i], t[i + 1])
          if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return i }
          i += 1
        }
        return nil
      }
    }
  }

  /// Occurrences, left to right; at each position the longest phrase wins and
  /// the scan goes on after it.
  public func matches(in text: [Unicode.Scalar]) -> [(range: Range<Int>, value: Value)] {
    matches(in: text, from: 0, to: text.count)
  }

  /// The same within `text[start..<end]`: a phrase must end by `end`.
  func matches(in text: [Unicode.Scalar], from start: Int, to end: Int) -> [(
    range: Range<Int>, value: Value
  )] {
    var result: [(range: Range<Int>, value: Value)] = []
    var i = max(0, start)
    let stop = min(end, text.count)
    while let head = nextHead(in: text, from: i, to: stop) {
      i = head
      if let group = group(Self.key(text[i], text[i + 1])),
        let k = group.first(where: {
          entries[$0].scalars.count <= stop - i && Self.occurs(entries[$0].scalars, in: text, at: i)
        })
      {
        let length = entries[k].scalars.count
        result.append((i..<(i + length), entries[k].value))
        i += length
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
