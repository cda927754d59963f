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

  /// The length and the bytes of a short string, or of a long one its
  /// first and last `hashedEnd` bytes (strings alike there but not in the
  /// middle are told apart by `equal`), eight at a time, multiplied and
  /// mixed so that the low bits index the slots. Byte by byte, hashing was
  /// the largest part of writing an entry.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    func add(_ word: UInt64) {
      h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 31
    }
    let raw = UnsafeRawBufferPointer(bytes)
    func words(_ range: Range<Int>) {
      var offset = range.lowerBound
      while offset + 8 <= range.upperBound {
        add(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < range.upperBound {
        tail |= UInt64(raw[offset]) << shift
        shift += 8
        offset += 1
      }
      if shift > 0 { add(tail) }
    }
    if bytes.count <= 2 * hashedEnd {
      words(0..<bytes.count)
    } else {
      words(0..<hashedEnd)
      words(bytes.count - hashedEnd..<bytes.count)
    }
    h = (h ^ (h >> 30)) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 31)
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
