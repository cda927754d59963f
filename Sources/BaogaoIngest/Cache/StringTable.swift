// StringTable.swift: the distinct strings of a cache entry being written,
// each with its index in the entry's table (CacheWriter.swift). Strings are
// told apart by their UTF-8 bytes, not as Strings: a String key hashes its
// NFC form, which for Chinese text means normalising every section and
// sentence (a fifth of a first load, perf over 150 reports), and two
// canonically equal strings with other bytes are rightly two entries, each
// read back as it was written. Its own open-addressed table rather than a
// Dictionary: seeding a Hasher for each of an entry's thousands of strings,
// and hashing whole section texts quoted on every node, were a quarter of
// writing an entry (perf over 1,000 first loads).

struct StringTable {
  /// Where an entry's bytes are: its own, or a run of an earlier entry's.
  enum Piece: Equatable {
    case whole
    /// `length` bytes at byte `offset` of the entry at index `base`.
    case within(base: Int, offset: Int, length: Int)
  }

  /// The strings, in the order they were first added.
  private(set) var strings: [String] = []
  /// Each string's piece, by index.
  private(set) var pieces: [Piece] = []
  /// Each string's hash, by index.
  private var hashes: [UInt64] = []
  /// Where in each string the search for the next run of it starts: just
  /// after the last run found. A report's nodes come in the order of its
  /// text, so each sentence is found a little after the one before.
  private var searchFrom: [Int] = []
  /// Index + 1 of the string in each slot; 0 for an empty slot.
  private var slots = [Int32](repeating: 0, count: 64)

  /// The index of `string`, added if new.
  mutating func index(of string: String) -> Int {
    var string = string
    // Native, contiguous UTF-8 from here on, so withUTF8 never copies.
    string.makeContiguousUTF8()
    let (slot, hash, found) = find(string)
    return found ?? add(string, hash: hash, slot: slot, piece: .whole)
  }

  /// The index of `string`, added if new as a run of `base`'s bytes when it
  /// is one (a sentence of its section's text, a span of its sentence).
  /// Read back, such a string is copied out of its base, which is already
  /// checked UTF-8: only the entries' own bytes are checked, a third less of
  /// a report's (checking was the largest part of a cached load).
  mutating func index(of string: String, within base: String) -> Int {
    // Up to 15 bytes a String holds inline, made as cheaply either way.
    guard string.utf8.count > 15, base.utf8.count > string.utf8.count else {
      return index(of: string)
    }
    var string = string
    string.makeContiguousUTF8()
    let (_, _, found) = find(string)
    if let found { return found }
    let baseIndex = index(of: base)
    guard
      let offset = StringBytes.offset(
        of: string, in: strings[baseIndex], from: searchFrom[baseIndex])
    else {
      return index(of: string)
    }
    searchFrom[baseIndex] = offset + string.utf8.count
    // Found again: adding the base may have grown the slots.
    let (slot, hash, _) = find(string)
    return add(
      string, hash: hash, slot: slot,
      piece: .within(base: baseIndex, offset: offset, length: string.utf8.count))
  }

  /// The slot `string` is in or would go to, its hash, and its index if there.
  private func find(_ string: String) -> (slot: Int, hash: UInt64, index: Int?) {
    let hash = StringBytes.hash(string)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let index = Int(slots[slot]) - 1
      if hashes[index] == hash, StringBytes.equal(strings[index], string) {
        return (slot, hash, index)
      }
      slot = (slot + 1) & mask
    }
    return (slot, hash, nil)
  }

  private mutating func add(_ string: String, hash: UInt64, slot: Int, piece: Piece) -> Int {
    let index = strings.count
    strings.append(string)
    pieces.append(piece)
    hashes.append(hash)
    searchFrom.append(0)
    slots[slot] = Int32(index + 1)
    if strings.count * 2 > slots.count { grow() }
    return index
  }

  /// Twice the slots, the strings placed again by their kept hashes.
  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }

}
