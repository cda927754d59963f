// BinaryDecoder.swift: reads what BinaryEncoder.swift wrote (the layout is
// described there). Every read is bounds-checked and every count is checked
// against the bytes left, so a damaged cache file gives an error, never a
// crash or a huge allocation; the cache then ingests the report afresh.

/// Why cached bytes could not be read back.
struct BinaryCodingDamaged: Error, CustomStringConvertible {
  var what: String
  var description: String { "damaged cache entry: \(what)" }
}

final class BinaryDecoder: Decoder {
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  private let bytes: [UInt8]
  private var position: Int
  private var strings: [String] = []

  private init(bytes: [UInt8], position: Int) {
    self.bytes = bytes
    self.position = position
  }

  /// The value of type `T` in `bytes[start...]`, which must end where the value ends.
  static func value<T: Decodable>(_ type: T.Type, from bytes: [UInt8], at start: Int = 0) throws
    -> T
  {
    let decoder = BinaryDecoder(bytes: bytes, position: start)
    try decoder.readStringTable()
    let value = try decoder.take(T.self)
    guard decoder.position == bytes.count else { throw BinaryCodingDamaged(what: "trailing bytes") }
    return value
  }

  private func readStringTable() throws {
    let count = try takeCount(minimumBytesEach: 1)
    strings.reserveCapacity(count)
    for _ in 0..<count {
      let length = try takeCount(minimumBytesEach: 1)
      let start = position
      position += length
      strings.append(String(decoding: bytes[start..<position], as: UTF8.self))
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(Keyed<Key>(decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    Unkeyed(decoder: self, count: try takeListCount())
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoder: self) }

  // MARK: Reading values

  private func damaged(_ what: String) -> BinaryCodingDamaged { BinaryCodingDamaged(what: what) }

  func takeByte() throws -> UInt8 {
    guard position < bytes.count else { throw damaged("cut short") }
    defer { position += 1 }
    return bytes[position]
  }

  func takeVarint() throws -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try takeByte()
      guard shift < 64 else { throw damaged("number too long") }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  /// A varint count of things that take at least `minimumBytesEach` each:
  /// never more than the bytes left could hold.
  private func takeCount(minimumBytesEach: Int) throws -> Int {
    let raw = try takeVarint()
    guard raw <= UInt64((bytes.count - position) / minimumBytesEach) else {
      throw damaged("count beyond the end")
    }
    return Int(raw)
  }

  private func takeListCount() throws -> Int {
    guard bytes.count - position >= 4 else { throw damaged("cut short") }
    var count = 0
    for i in 0..<4 { count |= Int(bytes[position + i]) << (8 * i) }
    position += 4
    guard count <= bytes.count - position else { throw damaged("list longer than the entry") }
    return count
  }

  func takeBool() throws -> Bool {
    switch try takeByte() {
    case 0: false
    case 1: true
    default: throw damaged("not a Bool")
    }
  }

  func takeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    let zigzag = try takeVarint()
    let wide = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    if T.isSigned {
      guard let value = T(exactly: wide) else { throw damaged("number out of range") }
      return value
    }
    guard let value = T(exactly: UInt64(bitPattern: wide)) else {
      throw damaged("number out of range")
    }
    return value
  }

  func takeDouble() throws -> Double {
    guard bytes.count - position >= 8 else { throw damaged("cut short") }
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
    position += 8
    return Double(bitPattern: bits)
  }

  func takeString() throws -> String {
    let index = try takeVarint()
    guard index < UInt64(strings.count) else { throw damaged("no such string") }
    return strings[Int(index)]
  }

  func takePresence() throws -> Bool { try takeBool() }

  /// A value of any type: lists of strings and dictionaries of strings
  /// directly, anything else by its own `init(from:)`.
  func take<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == [String].self {
      let count = try takeListCount()
      var list: [String] = []
      list.reserveCapacity(count)
      for _ in 0..<count { list.append(try takeString()) }
      if let list = list as? T { return list }
    }
    if T.self == [String: String].self {
      let count = try takeCount(minimumBytesEach: 2)
      var dictionary: [String: String] = [:]
      for _ in 0..<count { dictionary[try takeString()] = try takeString() }
      if let dictionary = dictionary as? T { return dictionary }
    }
    return try T(from: self)
  }
}

extension BinaryDecoder {
  struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryDecoder
    var codingPath: [any CodingKey] { [] }
    /// Only a dictionary with other keys than strings, or an enum with
    /// payloads, asks; neither is cached (the encoder refuses them).
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    /// The presence byte of an optional field: the standard `decodeIfPresent`
    /// asks this, then decodes the value when it is there.
    func decodeNil(forKey key: Key) throws -> Bool { try !decoder.takePresence() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.takeBool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
      try decoder.takeString()
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
      try decoder.takeDouble()
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
      Float(try decoder.takeDouble())
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
      try decoder.takeInteger(type)
    }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
      try decoder.takeInteger(type)
    }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
      try decoder.takeInteger(type)
    }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
      try decoder.takeInteger(type)
    }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
      try decoder.takeInteger(type)
    }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
      try decoder.takeInteger(type)
    }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
      try decoder.takeInteger(type)
    }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
      try decoder.takeInteger(type)
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
      try decoder.takeInteger(type)
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
      try decoder.takeInteger(type)
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
      try decoder.take(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
      keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
      try decoder.container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
      try decoder.unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
  }

  struct Unkeyed: UnkeyedDecodingContainer {
    let decoder: BinaryDecoder
    var codingPath: [any CodingKey] { [] }
    let total: Int
    private(set) var currentIndex = 0

    init(decoder: BinaryDecoder, count: Int) {
      self.decoder = decoder
      self.total = count
    }

    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    private mutating func next<T>(_ read: (BinaryDecoder) throws -> T) throws -> T {
      guard !isAtEnd else { throw BinaryCodingDamaged(what: "list cut short") }
      currentIndex += 1
      return try read(decoder)
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.takeBool() } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.takeString() } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.takeDouble() } }
    mutating func decode(_ type: Float.Type) throws -> Float {
      Float(try next { try $0.takeDouble() })
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
      try next { try $0.takeInteger(type) }
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
      try next { try $0.take(type) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
      -> KeyedDecodingContainer<NestedKey>
    {
      try next { try $0.container(keyedBy: type) }
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
      try next { try $0.unkeyedContainer() }
    }
    mutating func superDecoder() throws -> any Decoder { try next { $0 } }
  }

  struct Single: SingleValueDecodingContainer {
    let decoder: BinaryDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.takeBool() }
    func decode(_ type: String.Type) throws -> String { try decoder.takeString() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.takeDouble() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.takeDouble()) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.takeInteger(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.takeInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.takeInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.takeInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.takeInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.takeInteger(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.takeInteger(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.takeInteger(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.takeInteger(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.takeInteger(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.take(type) }
  }
}
