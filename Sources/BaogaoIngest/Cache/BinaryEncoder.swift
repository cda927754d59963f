// BinaryEncoder.swift: any Codable value as compact bytes, for the graph
// cache (GraphCache.swift). The layout follows the types' own synthesized
// Codable conformances, so a field added to a node type is cached with no
// second declaration: fields are written in the order `encode(to:)` writes
// them, with no keys. Strings go to a table, each distinct one written once
// (a report's id is on every node), and nodes hold their table index.
//
//   value    : Bool 1 byte · integers zigzag LEB128 · Double 8 bytes LE ·
//              String the varint index of its table entry
//   optional : 1 byte present (1) or absent (0), then the value when present
//   list     : UInt32 LE count, then the elements
//   [String: String] : varint count, then key and value of each, keys sorted
//   [Part: String]   : a list of key, value, key, value, keys sorted by raw value
//   whole    : varint string count, each as varint length + UTF-8; the body
//
// BinaryDecoder.swift reads it back; the synthesized `init(from:)` asks for
// the fields in the order they were written.

/// Why a value could not be written: a shape the layout has no room for.
struct BinaryCodingUnsupported: Error, CustomStringConvertible {
  var what: String
  var description: String { "cannot cache \(what)" }
}

final class BinaryEncoder: Encoder {
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  fileprivate var body: [UInt8] = []
  private var stringIndex: [String: Int] = [:]
  private var strings: [String] = []

  init() {}

  /// The bytes of `value`: the string table, then the body.
  static func bytes(of value: some Encodable) throws -> [UInt8] {
    let encoder = BinaryEncoder()
    try encoder.put(value)
    var out: [UInt8] = []
    out.reserveCapacity(encoder.body.count + encoder.strings.count * 16)
    writeVarint(UInt64(encoder.strings.count), to: &out)
    for string in encoder.strings {
      writeVarint(UInt64(string.utf8.count), to: &out)
      out.append(contentsOf: string.utf8)
    }
    out.append(contentsOf: encoder.body)
    return out
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(Keyed<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let offset = body.count
    body.append(contentsOf: [0, 0, 0, 0])
    return Unkeyed(encoder: self, countOffset: offset)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

  // MARK: Writing values

  static func writeVarint(_ value: UInt64, to out: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    out.append(UInt8(rest))
  }

  func putBool(_ value: Bool) { body.append(value ? 1 : 0) }

  func putInteger<T: FixedWidthInteger>(_ value: T) {
    let wide = Int64(truncatingIfNeeded: value)
    // Zigzag: small negative numbers stay short too.
    Self.writeVarint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)), to: &body)
  }

  func putDouble(_ value: Double) {
    var bits = value.bitPattern
    for _ in 0..<8 {
      body.append(UInt8(truncatingIfNeeded: bits))
      bits >>= 8
    }
  }

  func putString(_ value: String) {
    let index: Int
    if let known = stringIndex[value] {
      index = known
    } else {
      index = strings.count
      strings.append(value)
      stringIndex[value] = index
    }
    Self.writeVarint(UInt64(index), to: &body)
  }

  /// A value of any type: a dictionary of strings in key order (the
  /// synthesized form would need its keys written), anything else by its
  /// own `encode(to:)`.
  func put<T: Encodable>(_ value: T) throws {
    // By type, not by cast: an empty dictionary of any type casts to [String: String].
    if T.self == [String: String].self, let dictionary = value as? [String: String] {
      Self.writeVarint(UInt64(dictionary.count), to: &body)
      for key in dictionary.keys.sorted() {
        putString(key)
        putString(dictionary[key] ?? "")
      }
    } else if let shape = T.self as? any BinaryUnsupportedShape.Type, shape.unsupported {
      throw BinaryCodingUnsupported(what: String(describing: T.self))
    } else if let pairs = value as? any BinaryOrderedPairs {
      try pairs.encodeInKeyOrder(to: self)
    } else {
      try value.encode(to: self)
    }
  }

  func putPresence(_ present: Bool) { body.append(present ? 1 : 0) }

  fileprivate func patchCount(at offset: Int, to count: Int) {
    var rest = UInt32(truncatingIfNeeded: count)
    for i in 0..<4 {
      body[offset + i] = UInt8(truncatingIfNeeded: rest)
      rest >>= 8
    }
  }
}

/// Shapes whose synthesized Codable the layout cannot follow: a dictionary
/// keyed by strings, integers or coding keys (other than [String: String])
/// reads its keys back with `allKeys`, an optional inside a list marks no
/// presence of its own. A dictionary with other keys (`[Part: String]`) is
/// written as a list of key, value, key, value, which the layout holds.
protocol BinaryUnsupportedShape {
  static var unsupported: Bool { get }
}

extension Dictionary: BinaryUnsupportedShape {
  static var unsupported: Bool {
    Key.self == String.self || Key.self == Int.self || Key.self is any CodingKeyRepresentable.Type
  }
}

/// A dictionary written as its synthesized form writes it (key, value, key,
/// value in an unkeyed container), but in key order: iteration order differs
/// between two equal dictionaries (each has a seed of its own), and an entry
/// is to be the same bytes whenever the same report is ingested.
protocol BinaryOrderedPairs {
  func encodeInKeyOrder(to encoder: BinaryEncoder) throws
}

extension Dictionary: BinaryOrderedPairs
where Key: RawRepresentable & Encodable, Key.RawValue: Comparable, Value: Encodable {
  func encodeInKeyOrder(to encoder: BinaryEncoder) throws {
    var container = encoder.unkeyedContainer()
    for (key, value) in sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      try container.encode(key)
      try container.encode(value)
    }
  }
}

extension Optional: BinaryUnsupportedShape {
  static var unsupported: Bool { true }
}

extension BinaryEncoder {
  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: BinaryEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { encoder.putPresence(false) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.putBool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.putString(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { encoder.putDouble(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws {
      encoder.putDouble(Double(value))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { encoder.putInteger(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try encoder.put(value)
    }

    // The standard `encodeIfPresent` writes nothing for nil, which a layout
    // without keys cannot tell apart from the next field: one byte says.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
      try present(value) { encoder.putBool($0) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
      try present(value) { encoder.putString($0) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
      try present(value) { encoder.putDouble($0) }
    }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
      try present(value) { encoder.putDouble(Double($0)) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
      try present(value) { encoder.putInteger($0) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
      try present(value) { try encoder.put($0) }
    }

    private func present<T>(_ value: T?, _ write: (T) throws -> Void) throws {
      encoder.putPresence(value != nil)
      if let value { try write(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      encoder.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      encoder.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let encoder: BinaryEncoder
    let countOffset: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(encoder: BinaryEncoder, countOffset: Int) {
      self.encoder = encoder
      self.countOffset = countOffset
    }

    private mutating func counted() {
      count += 1
      encoder.patchCount(at: countOffset, to: count)
    }

    mutating func encodeNil() throws {
      throw BinaryCodingUnsupported(what: "nil in a list")
    }
    mutating func encode(_ value: Bool) throws {
      encoder.putBool(value)
      counted()
    }
    mutating func encode(_ value: String) throws {
      encoder.putString(value)
      counted()
    }
    mutating func encode(_ value: Double) throws {
      encoder.putDouble(value)
      counted()
    }
    mutating func encode(_ value: Float) throws {
      encoder.putDouble(Double(value))
      counted()
    }
    mutating func encode(_ value: Int) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: Int8) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: Int16) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: Int32) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: Int64) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: UInt) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: UInt8) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: UInt16) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: UInt32) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode(_ value: UInt64) throws {
      encoder.putInteger(value)
      counted()
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
      try encoder.put(value)
      counted()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      counted()
      return encoder.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      counted()
      return encoder.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
      counted()
      return encoder
    }
  }

  struct Single: SingleValueEncodingContainer {
    let encoder: BinaryEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
      throw BinaryCodingUnsupported(what: "a nil value outside a field")
    }
    mutating func encode(_ value: Bool) throws { encoder.putBool(value) }
    mutating func encode(_ value: String) throws { encoder.putString(value) }
    mutating func encode(_ value: Double) throws { encoder.putDouble(value) }
    mutating func encode(_ value: Float) throws { encoder.putDouble(Double(value)) }
    mutating func encode(_ value: Int) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int8) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int16) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int32) throws { encoder.putInteger(value) }
    mutating func encode(_ value: Int64) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt8) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt16) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt32) throws { encoder.putInteger(value) }
    mutating func encode(_ value: UInt64) throws { encoder.putInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.put(value) }
  }
}
