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
  /// The strings, in the order they were first added.
  private(set) var strings: [String] = []
  /// Each string's hash, by index.
  private var hashes: [UInt64] = []
  /// Index + 1 of the string in each slot; 0 for an empty slot.
  private var slots = [Int32](repeating: 0, count: 64)

  /// The index of `string`, added if new.
  mutating func index(of string: String) -> Int {
    var string = string
    // Native, contiguous UTF-8 from here on, so withUTF8 never copies.
    string.makeContiguousUTF8()
    let hash = StringBytes.hash(string)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let index = Int(slots[slot]) - 1
      if hashes[index] == hash, StringBytes.equal(strings[index], string) { return index }
      slot = (slot + 1) & mask
    }
    let index = strings.count
    strings.append(string)
    hashes.append(hash)
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
