// CacheValue.swift: what a cache entry is made of (the layout:
// CacheWriter.swift): the scalar types, enums by their raw value, optionals,
// lists and the one dictionary shape nodes have. The node types' own
// conformances are in CachedNodes.swift.

/// A type that writes itself into a cache entry and reads itself back.
protocol CacheValue {
  /// Reads the fields in the order `write(to:)` writes them.
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged)
  func write(to writer: inout CacheWriter)
}

extension Bool: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    switch try reader.readByte() {
    case 0: self = false
    case 1: self = true
    default: throw CacheEntryDamaged(what: "not a Bool")
    }
  }

  func write(to writer: inout CacheWriter) { writer.writeByte(self ? 1 : 0) }
}

extension Int: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    let zigzag = try reader.readVarint()
    let wide = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    guard let value = Int(exactly: wide) else {
      throw CacheEntryDamaged(what: "number out of range")
    }
    self = value
  }

  func write(to writer: inout CacheWriter) {
    let wide = Int64(self)
    writer.writeVarint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }
}

extension UInt64: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self = try reader.readWord()
  }

  func write(to writer: inout CacheWriter) { writer.writeWord(self) }
}

extension Double: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self = Double(bitPattern: try reader.readWord())
  }

  func write(to writer: inout CacheWriter) { writer.writeWord(bitPattern) }
}

extension String: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self = try reader.readString()
  }

  func write(to writer: inout CacheWriter) { writer.writeString(self) }
}

/// An enum is its place among its cases: reading raw values back matched
/// each against every case name (a string switch), a twentieth of a cached
/// load of 1,000 reports. A case added or moved changes the places, but an
/// entry is only read by the very program that wrote it (GraphCache's key).
extension CacheValue where Self: CaseIterable & Equatable, AllCases: RandomAccessCollection {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    let place = try reader.readVarint()
    let cases = Self.allCases
    guard place < UInt64(cases.count) else {
      throw CacheEntryDamaged(what: "no case \(place) of \(Self.self)")
    }
    self = cases[cases.index(cases.startIndex, offsetBy: Int(place))]
  }

  func write(to writer: inout CacheWriter) {
    let cases = Self.allCases
    writer.writeVarint(
      UInt64(cases.distance(from: cases.startIndex, to: cases.firstIndex(of: self)!)))
  }
}

extension Optional: CacheValue where Wrapped: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self = try Bool(cache: &reader) ? try Wrapped(cache: &reader) : nil
  }

  func write(to writer: inout CacheWriter) {
    writer.writeByte(self == nil ? 0 : 1)
    if let self { self.write(to: &writer) }
  }
}

extension Array: CacheValue where Element: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    let count = try reader.readCount()
    self.init()
    reserveCapacity(count)
    for _ in 0..<count { append(try Element(cache: &reader)) }
  }

  func write(to writer: inout CacheWriter) {
    writer.writeVarint(UInt64(count))
    for element in self { element.write(to: &writer) }
  }
}

/// Written in key order: two equal dictionaries may iterate in other orders
/// (each has a seed of its own), and an entry is to be the same bytes
/// whenever the same report is ingested.
extension Dictionary: CacheValue
where Key: CacheValue & RawRepresentable, Key.RawValue == String, Value: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    let count = try reader.readCount()
    self.init(minimumCapacity: count)
    for _ in 0..<count {
      let key = try Key(cache: &reader)
      self[key] = try Value(cache: &reader)
    }
  }

  func write(to writer: inout CacheWriter) {
    writer.writeVarint(UInt64(count))
    for (key, value) in sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      key.write(to: &writer)
      value.write(to: &writer)
    }
  }
}
