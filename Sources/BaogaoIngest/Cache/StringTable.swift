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

#if canImport(Glibc)
  import Glibc
#endif

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
    let hash = string.withUTF8 { Self.hash($0) }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let index = Int(slots[slot]) - 1
      if hashes[index] == hash, Self.equal(strings[index], string) { return index }
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

  /// FNV-1a over the length and, of a long string, its first and last
  /// `hashedEnd` bytes (strings alike there but not in the middle are told
  /// apart by `equal`), then mixed so that the low bits index the slots.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    var count = UInt64(bytes.count)
    for _ in 0..<8 {
      add(UInt8(truncatingIfNeeded: count))
      count >>= 8
    }
    if bytes.count <= 2 * hashedEnd {
      for byte in bytes { add(byte) }
    } else {
      for byte in bytes.prefix(hashedEnd) { add(byte) }
      for byte in bytes.suffix(hashedEnd) { add(byte) }
    }
    // The low bits of FNV-1a are weak: fold the high ones in.
    h ^= h >> 32
    h = h &* 0xd6e8_feb8_6659_fd93
    return h ^ (h >> 29)
  }

  /// Bytes hashed at each end of a long string.
  static let hashedEnd = 32

  /// Whether two strings have the same UTF-8 bytes.
  static func equal(_ a: String, _ b: String) -> Bool {
    let count = a.utf8.count
    guard count == b.utf8.count else { return false }
    guard count > 0 else { return true }
    var (x, y) = (a, b)
    return x.withUTF8 { xs in
      y.withUTF8 { ys in
        // The same storage (a report's id on every node) needs no compare.
        xs.baseAddress == ys.baseAddress || memcmp(xs.baseAddress!, ys.baseAddress!, count) == 0
      }
    }
  }
}
