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
//   enum     : LEB128 place among its cases (allCases)
//   optional : 1 byte present (1) or absent (0), then the value when present
//   list     : LEB128 count, then the elements
//   [Part: String] : a list of key, value, key, value, keys sorted by raw value
//   whole    : LEB128 string count, then each string: LEB128 (length << 1)
//              and its UTF-8, or LEB128 (base << 1 | 1), offset and length:
//              that many bytes of an earlier string (StringTable.Piece);
//              then the body
//
// Read and written by hand rather than through Codable (CachedNodes.swift):
// decoding through Codable's containers was a quarter of a warm `baogao -c`
// process (Scripts/bench-process.sh), most of it the Swift runtime
// instantiating generic container types, and encoding a tenth of a first load.

struct CacheWriter {
  private var body: [UInt8] = []
  private var strings = StringTable()

  /// The bytes of `value`: the string table, then the body.
  static func bytes(of value: some CacheValue) -> [UInt8] {
    var writer = CacheWriter()
    value.write(to: &writer)
    var out: [UInt8] = []
    let strings = writer.strings.strings
    out.reserveCapacity(writer.body.count + strings.count * 16)
    writeVarint(UInt64(strings.count), to: &out)
    for (string, piece) in zip(strings, writer.strings.pieces) {
      switch piece {
      case .whole:
        writeVarint(UInt64(string.utf8.count) << 1, to: &out)
        out.append(contentsOf: string.utf8)
      case .within(let base, let offset, let length):
        writeVarint(UInt64(base) << 1 | 1, to: &out)
        writeVarint(UInt64(offset), to: &out)
        writeVarint(UInt64(length), to: &out)
      }
    }
    out.append(contentsOf: writer.body)
    return out
  }

  /// The values one after another (a type's fields, in the order its
  /// `init(cache:)` reads them).
  mutating func write<each Value: CacheValue>(_ values: repeat each Value) {
    repeat (each values).write(to: &self)
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
    writeVarint(UInt64(strings.index(of: value)))
  }

  /// `value`, stored as a run of `base`'s bytes when it is one; read back as
  /// any string is.
  mutating func writeString(_ value: String, within base: String) {
    writeVarint(UInt64(strings.index(of: value, within: base)))
  }

  /// Adds `value` to the table as `writeString(_:within:)` would, writing
  /// nothing: a string that other strings are runs of goes in before them,
  /// or it would go in whole as their base.
  mutating func addString(_ value: String, within base: String) {
    _ = strings.index(of: value, within: base)
  }

  /// The text of each section written so far, by id: what its nodes'
  /// sentences are runs of.
  var sectionTexts: [String: String] = [:]

  static func writeVarint(_ value: UInt64, to out: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    out.append(UInt8(rest))
  }
}
