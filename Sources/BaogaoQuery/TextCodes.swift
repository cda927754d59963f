// TextCodes.swift: small integer codes for texts, keyed by their UTF-8 bytes.
// Building a field's index reads one text per row (175,000 indicators on
// 1,000 reports); a String key hashes through Unicode normalisation, some
// 60 ns for a Chinese one (issue 15), bytes hash in a few. Texts that differ in
// bytes get different codes even when Swift's == calls them equal (another
// normalisation form): FieldIndex merges those through a String dictionary
// over the distinct texts only.

/// Codes 0, 1, 2 … in order of first appearance, for texts as UTF-8 bytes.
struct TextCodes {
  /// The bytes of every text, one after the other; text c is
  /// `arena[ends[c]..<ends[c + 1]]`.
  private var arena: [UInt8] = []
  private var ends: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Open addressing: a code, or -1 for an empty slot. Kept at most half full.
  private var slots = [Int32](repeating: -1, count: 64)
  /// The code given last: rows in one section or report repeat a text
  /// (area, report, path) in runs, and comparing with the last text's bytes
  /// costs less than hashing them.
  private var last = -1

  var count: Int { hashes.count }

  /// The code of `text`, and whether this call gave it.
  mutating func code(of text: String) -> (code: Int32, isNew: Bool) {
    // In place for a native or small string (all of a graph's); a copy
    // made contiguous otherwise.
    if let found = text.utf8.withContiguousStorageIfAvailable({ code(ofBytes: $0) }) {
      return found
    }
    var text = text
    return text.withUTF8 { code(ofBytes: $0) }
  }

  mutating func code(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> (code: Int32, isNew: Bool) {
    if last >= 0, equal(last, bytes) { return (Int32(last), false) }
    let (code, isNew) = lookUp(bytes)
    last = Int(code)
    return (code, isNew)
  }

  private mutating func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> (code: Int32, isNew: Bool) {
    let hash = TextCodes.hash(bytes)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 {
      let code = Int(slots[slot])
      if hashes[code] == hash, equal(code, bytes) { return (Int32(code), false) }
      slot = (slot + 1) & mask
    }
    let code = Int32(hashes.count)
    hashes.append(hash)
    arena.append(contentsOf: bytes)
    ends.append(arena.count)
    slots[slot] = code
    if hashes.count * 2 > slots.count { grow() }
    return (code, true)
  }

  private func equal(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let (start, end) = (ends[code], ends[code + 1])
    guard end - start == bytes.count else { return false }
    return arena.withUnsafeBufferPointer { stored in
      for i in 0..<bytes.count where stored[start + i] != bytes[i] { return false }
      return true
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (code, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(code)
    }
  }

  /// FNV-1a over eight bytes at a time, then a final mix so that the low
  /// bits (the slot) depend on every byte.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let prime: UInt64 = 0x100_0000_01b3
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    let raw = UnsafeRawBufferPointer(bytes)
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
      hash ^= hash >> 29
      offset += 8
    }
    while offset < bytes.count {
      hash = (hash ^ UInt64(bytes[offset])) &* prime
      offset += 1
    }
    hash ^= hash >> 32
    hash = hash &* 0xd6e8_feb8_6659_fd93
    return hash ^ (hash >> 32)
  }
}
