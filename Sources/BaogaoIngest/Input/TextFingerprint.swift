// TextFingerprint.swift: the one content hash of baogao. A corpus remembers
// each report's text by it to tell a second copy (a corpus of 1,000 reports
// kept every normalised text, 57 MB, only to compare them; an export that
// streams reports must hold no more than it needs across them), and the graph
// cache names and checks its entries by it (Cache/GraphCache.swift).
//
// The same in every process, as the cache needs: a hash keyed afresh per
// process (Swift's Hasher) could not name a file another run looks for. Not
// cryptographic: it guards against accidents, not adversaries; two lanes of
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

  private static let seedFirst: UInt64 = 0x9E37_79B9_7F4A_7C15
  private static let seedSecond: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let multiplierFirst: UInt64 = 0x87C3_7B91_1142_53D5
  private static let multiplierSecond: UInt64 = 0x4CF5_AD43_2745_937F

  init(buffer: UnsafeRawBufferPointer) {
    let count = buffer.count
    var first = Self.seedFirst ^ UInt64(count)
    var second = Self.seedSecond ^ (UInt64(count) &* Self.multiplierSecond)
    var offset = 0
    while offset + 8 <= count {
      let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      first = Self.step(first, word, Self.multiplierFirst, 31)
      second = Self.step(second, word, Self.multiplierSecond, 27)
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(buffer[offset]) << shift
      shift += 8
      offset += 1
    }
    first = Self.step(first, tail, Self.multiplierFirst, 31)
    second = Self.step(second, tail, Self.multiplierSecond, 27)
    self.first = Self.finish(first ^ (second >> 1))
    self.second = Self.finish(second ^ (first >> 1))
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
