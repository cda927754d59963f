// TextFingerprint.swift: the one content hash of baogao. A corpus remembers
// each report's text by it to tell a second copy (a corpus of 1,000 reports
// kept every normalised text, 57 MB, only to compare them; an export that
// streams reports must hold no more than it needs across them), and the graph
// cache names and checks its entries by it (Cache/GraphCache.swift).
//
// The same in every process, as the cache needs: a hash keyed afresh per
// process (Swift's Hasher) could not name a file another run looks for. Not
// cryptographic: it guards against accidents, not adversaries; four lanes of
// 64 bits with different seeds, mixed per 8-byte word and finished with
// MurmurHash3's fmix64, read the bytes at memory speed (a 1,000-report corpus
// is hashed in a few milliseconds). Two texts share one by chance with odds
// of about 2⁻¹²⁸, and where a collision would cost something the whole
// text behind it is compared as well (a cache entry holds its whole key).

public struct TextFingerprint: Sendable, Hashable, Codable {
  public var first: UInt64
  public var second: UInt64

  public init(first: UInt64, second: UInt64) {
    self.first = first
    self.second = second
  }

  /// The fingerprint of a text's UTF-8.
  public init(_ text: String) {
    var text = text
    self = text.withUTF8 { TextFingerprint(buffer: UnsafeRawBufferPointer($0)) }
  }

  /// The fingerprint of `bytes`.
  public init(bytes: some Sequence<UInt8>) {
    var result: TextFingerprint?
    bytes.withContiguousStorageIfAvailable {
      result = TextFingerprint(buffer: UnsafeRawBufferPointer($0))
    }
    if let result {
      self = result
    } else {
      let copy = Array(bytes)
      self = copy.withUnsafeBytes { TextFingerprint(buffer: $0) }
    }
  }

  private static let seeds: (UInt64, UInt64, UInt64, UInt64) = (
    0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5
  )
  private static let multipliers: (UInt64, UInt64, UInt64, UInt64) = (
    0x87C3_7B91_1142_53D5, 0x4CF5_AD43_2745_937F, 0x52DC_E729_DA3E_D5E1, 0x9FB2_1C65_1E98_DF25
  )

  init(buffer: UnsafeRawBufferPointer) {
    let count = buffer.count
    let length = UInt64(count)
    // Four lanes, each word of a 32-byte block to one of them: the lanes'
    // multiply chains run side by side, where one chain per word made the
    // checksum of cache entries a twentieth of a cached load of 1,000.
    var lane0 = Self.seeds.0 ^ length
    var lane1 = Self.seeds.1 ^ (length &* Self.multipliers.1)
    var lane2 = Self.seeds.2
    var lane3 = Self.seeds.3
    var offset = 0
    while offset + 32 <= count {
      lane0 = Self.step(
        lane0, buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self), Self.multipliers.0, 31
      )
      lane1 = Self.step(
        lane1, buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self),
        Self.multipliers.1, 27)
      lane2 = Self.step(
        lane2, buffer.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self),
        Self.multipliers.2, 33)
      lane3 = Self.step(
        lane3, buffer.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self),
        Self.multipliers.3, 29)
      offset += 32
    }
    // The words and bytes after the last whole block go to both of the first
    // two lanes, as every word did before there were four.
    while offset + 8 <= count {
      let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      lane0 = Self.step(lane0, word, Self.multipliers.0, 31)
      lane1 = Self.step(lane1, word, Self.multipliers.1, 27)
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(buffer[offset]) << shift
      shift += 8
      offset += 1
    }
    lane0 = Self.step(lane0, tail, Self.multipliers.0, 31)
    lane1 = Self.step(lane1, tail, Self.multipliers.1, 27)
    // Every lane into both halves.
    let left = Self.finish(lane0 ^ Self.finish(lane2))
    let right = Self.finish(lane1 ^ Self.finish(lane3))
    self.first = Self.finish(left ^ (right >> 1))
    self.second = Self.finish(right ^ (left >> 1))
  }

  private static func step(_ state: UInt64, _ word: UInt64, _ multiplier: UInt64, _ turn: UInt64)
    -> UInt64
  {
    let mixed = (state ^ (word &* multiplier)) &* 0xFF51_AFD7_ED55_8CCD
    return (mixed << turn) | (mixed >> (64 - turn))
  }

  private static func finish(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x &*= 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x &*= 0xC4CE_B9FE_1A85_EC53
    x ^= x >> 33
    return x
  }

  /// 32 hexadecimal digits, the name of a cache entry.
  public var hex: String {
    func digits(_ value: UInt64) -> String {
      let text = String(value, radix: 16)
      return String(repeating: "0", count: 16 - text.count) + text
    }
    return digits(first) + digits(second)
  }
}
