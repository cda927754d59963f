// CacheReader.swift: reads what CacheWriter.swift wrote (the layout is
// described there). Every read is bounds-checked and every count is checked
// against the bytes left, so a damaged cache file gives an error, never a
// crash or a huge allocation; the cache then ingests the report afresh.

/// Why cached bytes could not be read back.
struct CacheEntryDamaged: Error, CustomStringConvertible {
  var what: String
  var description: String { "damaged cache entry: \(what)" }
}

/// What is known of the bytes a CacheReader reads.
enum CacheBytesOrigin {
  /// Nothing: every string's UTF-8 is checked.
  case unknown
  /// A GraphCache entry whose payload matched its stored checksum: the
  /// bytes CacheWriter wrote, whose strings are valid UTF-8.
  case checksummed
}

struct CacheReader {
  private let bytes: [UInt8]
  private var position: Int
  private var strings: [String] = []
  private let origin: CacheBytesOrigin

  private init(bytes: [UInt8], position: Int, origin: CacheBytesOrigin = .unknown) {
    self.bytes = bytes
    self.position = position
    self.origin = origin
  }

  /// The value of type `T` in `bytes[start...]`, which must end where the value ends.
  static func value<T: CacheValue>(
    _ type: T.Type, from bytes: [UInt8], at start: Int = 0, origin: CacheBytesOrigin = .unknown
  ) throws(CacheEntryDamaged) -> T {
    var reader = CacheReader(bytes: bytes, position: start, origin: origin)
    try reader.readStringTable()
    let value = try T(cache: &reader)
    guard reader.position == bytes.count else { throw CacheEntryDamaged(what: "trailing bytes") }
    return value
  }

  private mutating func readStringTable() throws(CacheEntryDamaged) {
    let count = try readCount()
    strings.reserveCapacity(count)
    for _ in 0..<count {
      let head = try readVarint()
      guard head & 1 == 1 else {
        let length = Int(head >> 1)
        guard length <= bytes.count - position else {
          throw CacheEntryDamaged(what: "string beyond the end")
        }
        let start = position
        position += length
        strings.append(string(at: start..<position))
        continue
      }
      strings.append(try readPiece(of: head >> 1))
    }
  }

  /// The string whose UTF-8 is `bytes[range]`.
  private func string(at range: Range<Int>) -> String {
    switch origin {
    case .unknown:
      // Checked, invalid bytes repaired: bytes of unknown origin.
      return String(decoding: bytes[range], as: UTF8.self)
    case .checksummed:
      // CacheWriter wrote these bytes out of a String, and the checksum says
      // they are still those bytes: valid UTF-8 already. Checking it again
      // was a seventh of a cached load of 1,000 reports (perf); a copy
      // without the check is a tenth of its cost.
      return String(copying: unsafe UTF8Span(unchecked: bytes.span.extracting(range)))
    }
  }

  /// A string written as bytes of an earlier one (StringTable.Piece): a copy
  /// of them, which needs no check of its UTF-8, only that it starts and
  /// ends on a character boundary.
  private mutating func readPiece(of base: UInt64) throws(CacheEntryDamaged) -> String {
    let offset = try readVarint()
    let length = try readVarint()
    guard base < UInt64(strings.count) else { throw CacheEntryDamaged(what: "no such string") }
    let utf8 = strings[Int(base)].utf8
    guard offset <= UInt64(utf8.count), length <= UInt64(utf8.count) - offset else {
      throw CacheEntryDamaged(what: "piece beyond its string")
    }
    let start = utf8.index(utf8.startIndex, offsetBy: Int(offset))
    let end = utf8.index(start, offsetBy: Int(length))
    guard let piece = String(utf8[start..<end]) else {
      throw CacheEntryDamaged(what: "piece inside a character")
    }
    return piece
  }

  /// A reader of `bytes[start...]` with its string table read, for an entry
  /// read field by field (CachedHead.swift); `finish` checks its end.
  static func opening(_ bytes: [UInt8], at start: Int, origin: CacheBytesOrigin = .unknown)
    throws(CacheEntryDamaged) -> CacheReader
  {
    var reader = CacheReader(bytes: bytes, position: start, origin: origin)
    try reader.readStringTable()
    return reader
  }

  /// Damage unless every byte has been read.
  func finish() throws(CacheEntryDamaged) {
    guard position == bytes.count else { throw CacheEntryDamaged(what: "trailing bytes") }
  }

  /// Reads a list (as `[T](cache:)` does) onto the end of `array`. Not
  /// reserved: reserving each report's count would reallocate the
  /// builder's arrays once per report.
  mutating func append<T: CacheValue>(to array: inout [T]) throws(CacheEntryDamaged) {
    let count = try readCount()
    for _ in 0..<count { array.append(try T(cache: &self)) }
  }

  mutating func read<T: CacheValue>() throws(CacheEntryDamaged) -> T {
    try T(cache: &self)
  }

  mutating func readByte() throws(CacheEntryDamaged) -> UInt8 {
    guard position < bytes.count else { throw CacheEntryDamaged(what: "cut short") }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func readVarint() throws(CacheEntryDamaged) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try readByte()
      guard shift < 64 else { throw CacheEntryDamaged(what: "number too long") }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  /// A count of things that take a byte or more each (every cached value
  /// does): never more than the bytes left could hold.
  mutating func readCount() throws(CacheEntryDamaged) -> Int {
    let raw = try readVarint()
    guard raw <= UInt64(bytes.count - position) else {
      throw CacheEntryDamaged(what: "count beyond the end")
    }
    return Int(raw)
  }

  mutating func readWord() throws(CacheEntryDamaged) -> UInt64 {
    guard bytes.count - position >= 8 else { throw CacheEntryDamaged(what: "cut short") }
    var value: UInt64 = 0
    for i in 0..<8 { value |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
    position += 8
    return value
  }

  mutating func readString() throws(CacheEntryDamaged) -> String {
    let index = try readVarint()
    guard index < UInt64(strings.count) else { throw CacheEntryDamaged(what: "no such string") }
    return strings[Int(index)]
  }
}
