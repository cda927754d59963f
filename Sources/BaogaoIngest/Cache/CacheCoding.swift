// CacheCoding.swift: the write side of a node type's cache entry through the
// Encodable conformance the compiler writes for it, so that no list of fields
// is kept here to fall out of step with the declaration (BaogaoGraph/
// Nodes.swift). The encoder is sequential: no keys, each field its
// CacheValue in declaration order (the order the synthesized `encode(to:)`
// visits them), an optional a presence byte before its value, exactly as
// CacheValue.swift lays them out. Scalars take the container's concrete
// overloads; lists, enums, dictionaries and nested structs their CacheValue
// conformance.

/// A struct whose cache entry is written by its synthesized Encodable; it
/// reads itself back by hand (CachedNodes.swift).
protocol WrittenByEncodable: CacheValue, Encodable {}

extension WrittenByEncodable {
  func write(to writer: inout CacheWriter) {
    let encoder = SequentialEncoder()
    // Swapped in and out, not copied: a copy of the writer would make its
    // buffers copy on the next byte.
    swap(&writer, &encoder.writer)
    defer { swap(&writer, &encoder.writer) }
    // The encoder's containers throw only on a field type no cache entry
    // holds, which the CacheCodingTests round trip of every node type shows.
    try? encode(to: encoder)
  }
}

final class SequentialEncoder: Encoder {
  /// Unchecked: one thread writes one node through its own encoder, and the
  /// run-time exclusivity check of each field's access showed in perf of a
  /// first load.
  @exclusivity(unchecked) var writer = CacheWriter()
  let codingPath: [any CodingKey] = []
  let userInfo: [CodingUserInfoKey: Any] = [:]

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(FieldWriter<Key>(encoder: self))
  }

  // Node types are structs of named fields: a keyed container is all their
  // synthesized `encode(to:)` asks for.
  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    preconditionFailure("a cache entry holds no unkeyed Codable container")
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    preconditionFailure("a cache entry holds no single-value Codable container")
  }
}

private struct FieldWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: SequentialEncoder
  var codingPath: [any CodingKey] { [] }

  func value<T: CacheValue>(_ value: T) { value.write(to: &encoder.writer) }

  func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    guard let cached = value as? any CacheValue else {
      throw CacheEntryDamaged(what: "\(T.self) is not cacheable")
    }
    self.value(cached)
  }

  func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    encoder.writer.writeByte(value == nil ? 0 : 1)
    if let value { try encode(value, forKey: key) }
  }

  func encodeNil(forKey key: Key) throws { encoder.writer.writeByte(0) }
  func encode(_ value: Bool, forKey key: Key) throws { self.value(value) }
  func encode(_ value: String, forKey key: Key) throws { self.value(value) }
  func encode(_ value: Double, forKey key: Key) throws { self.value(value) }
  func encode(_ value: Int, forKey key: Key) throws { self.value(value) }
  func encode(_ value: UInt64, forKey key: Key) throws { self.value(value) }
  // The other scalar overloads (Float, Int8, …) keep their defaults: no
  // cached field has those types, and CacheReader could not read them back.

  // The synthesized code calls these for optional fields; the defaults
  // would write nothing for nil.
  func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { self.value(value) }
  func encodeIfPresent(_ value: String?, forKey key: Key) throws { self.value(value) }
  func encodeIfPresent(_ value: Double?, forKey key: Key) throws { self.value(value) }
  func encodeIfPresent(_ value: Int?, forKey key: Key) throws { self.value(value) }
  func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { self.value(value) }

  func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    encoder.container(keyedBy: keyType)
  }

  func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    encoder.unkeyedContainer()
  }

  func superEncoder() -> any Encoder { encoder }
  func superEncoder(forKey key: Key) -> any Encoder { encoder }
}
