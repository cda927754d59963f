// ContentHash.swift: a 128-bit fingerprint of bytes, to name cache entries
// and tell texts apart (Corpus.swift keeps one fingerprint per loaded text
// instead of the text). Not cryptographic: it guards against accidents, not
// adversaries; two lanes of 64 bits with different seeds, mixed per 8-byte
// word and finished with MurmurHash3's fmix64, read the bytes at memory speed
// (a 1,000-report corpus is hashed in a few milliseconds).

public struct ContentHash: Sendable, Hashable, Codable {
  public var high: UInt64
  public var low: UInt64

  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The fingerprint of `bytes`.
  public init(_ bytes: some Sequence<UInt8>) {
    var result: ContentHash?
    bytes.withContiguousStorageIfAvailable {
      result = ContentHash(buffer: UnsafeRawBufferPointer($0))
    }
    if let result {
      self = result
    } else {
      let copy = Array(bytes)
      self = copy.withUnsafeBytes { ContentHash(buffer: $0) }
    }
  }

  /// The fingerprint of a string's UTF-8.
  public init(utf8 text: String) {
    var text = text
    self = text.withUTF8 { ContentHash(buffer: UnsafeRawBufferPointer($0)) }
  }

  private static let seedHigh: UInt64 = 0x9E37_79B9_7F4A_7C15
  private static let seedLow: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let multiplierHigh: UInt64 = 0x87C3_7B91_1142_53D5
  private static let multiplierLow: UInt64 = 0x4CF5_AD43_2745_937F

  init(buffer: UnsafeRawBufferPointer) {
    let count = buffer.count
    var high = Self.seedHigh ^ UInt64(count)
    var low = Self.seedLow ^ (UInt64(count) &* Self.multiplierLow)
    var offset = 0
    while offset + 8 <= count {
      let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      high = Self.step(high, word, Self.multiplierHigh, 31)
      low = Self.step(low, word, Self.multiplierLow, 27)
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(buffer[offset]) << shift
      shift += 8
      offset += 1
    }
    high = Self.step(high, tail, Self.multiplierHigh, 31)
    low = Self.step(low, tail, Self.multiplierLow, 27)
    self.high = Self.finish(high ^ (low >> 1))
    self.low = Self.finish(low ^ (high >> 1))
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
    return digits(high) + digits(low)
  }
}
