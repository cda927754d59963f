// CacheWriter.swift: a cache entry's bytes (GraphCache.swift), written by
// each cached type's own `write(to:)` (CacheValue.swift) in the order its
// `init(cache:)` reads them back; there are no keys. Strings go to a table,
// each distinct one written once (a report's id is on every node), and
// values hold their table index.
//
//   Bool     : 1 byte (0 or 1)
//   Int      : zigzag LEB128
//   UInt64   : 8 bytes little-endian
//   Double   : its bit pattern, 8 bytes little-endian
//   String   : the LEB128 index of its table entry
//   enum     : its raw value, as a String
//   optional : 1 byte present (1) or absent (0), then the value when present
//   list     : LEB128 count, then the elements
//   [Part: String] : a list of key, value, key, value, keys sorted by raw value
//   whole    : LEB128 string count, each as LEB128 length + UTF-8; the body
//
// Read by hand rather than through Codable: decoding through Codable's
// containers was a quarter of a warm `baogao -c` process
// (Scripts/bench-process.sh), most of it the Swift runtime instantiating
// generic container types. Node types are written through their synthesized
// Encodable (CacheCoding.swift), onto the primitives here.

#if canImport(Glibc)
  import Glibc
#endif

struct CacheWriter {
  private var body: [UInt8] = []
  private var stringIndex: [StringBytes: Int] = [:]
  private var strings: [String] = []

  /// The bytes of `value`: the string table, then the body.
  static func bytes(of value: some CacheValue) -> [UInt8] {
    var writer = CacheWriter()
    value.write(to: &writer)
    var out: [UInt8] = []
    out.reserveCapacity(writer.body.count + writer.strings.count * 16)
    writeVarint(UInt64(writer.strings.count), to: &out)
    for string in writer.strings {
      writeVarint(UInt64(string.utf8.count), to: &out)
      out.append(contentsOf: string.utf8)
    }
    out.append(contentsOf: writer.body)
    return out
  }

  mutating func write(_ value: some CacheValue) {
    value.write(to: &self)
  }

  mutating func writeByte(_ byte: UInt8) {
    body.append(byte)
  }

  mutating func writeVarint(_ value: UInt64) {
    Self.writeVarint(value, to: &body)
  }

  mutating func writeWord(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      body.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
    }
  }

  mutating func writeString(_ value: String) {
    let key = StringBytes(value)
    if let index = stringIndex[key] {
      writeVarint(UInt64(index))
      return
    }
    stringIndex[key] = strings.count
    writeVarint(UInt64(strings.count))
    strings.append(value)
  }

  static func writeVarint(_ value: UInt64, to out: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    out.append(UInt8(rest))
  }
}

/// A string table key compared and hashed by its UTF-8 bytes. A String key
/// hashes its NFC form, which for Chinese text means normalising every
/// section and sentence: a fifth of a first load that fills the cache
/// (perf over 150 reports). Bytes are also the right identity here: two
/// canonically equal strings with other bytes stay two entries, each read
/// back as it was written.
private struct StringBytes: Hashable {
  var string: String

  init(_ string: String) {
    self.string = string
    // Native, contiguous UTF-8 from here on, so withUTF8 below never copies.
    self.string.makeContiguousUTF8()
  }

  static func == (a: StringBytes, b: StringBytes) -> Bool {
    let count = a.string.utf8.count
    guard count == b.string.utf8.count else { return false }
    guard count > 0 else { return true }
    var (x, y) = (a.string, b.string)
    // memcmp: comparing through a generic byte loop was a fourteenth of
    // writing an entry.
    return x.withUTF8 { xs in
      y.withUTF8 { ys in
        // The same storage (a report's id on every node) needs no compare.
        xs.baseAddress == ys.baseAddress || memcmp(xs.baseAddress!, ys.baseAddress!, xs.count) == 0
      }
    }
  }

  /// The length and, of a long string, its first and last bytes: a
  /// section's text is written once per node that quotes it, and hashing
  /// all of it each time was a fifth of writing an entry (perf over 1,000
  /// first loads). Strings alike there but not in the middle are told apart
  /// by `==`.
  func hash(into hasher: inout Hasher) {
    var text = string
    text.withUTF8 { bytes in
      hasher.combine(bytes.count)
      let raw = UnsafeRawBufferPointer(bytes)
      if bytes.count <= 2 * Self.hashedEnd {
        hasher.combine(bytes: raw)
      } else {
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.prefix(Self.hashedEnd)))
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.suffix(Self.hashedEnd)))
      }
    }
  }

  /// Bytes hashed at each end of a long string.
  static let hashedEnd = 32
}
