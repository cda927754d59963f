// TextTable.swift: tables and sets keyed by text, hashed and compared by the
// text's UTF-8 bytes. A String key hashes its NFC form and compares a hash
// hit by normalising both sides, which for Chinese text is the slow path at
// every look-up: the place lexicon's forms and the project drafts were a
// twentieth of ingest (callgrind on Scripts/bench-ingest.sh). Reports and
// word tables are both NFC (StringSearch.swift), so equal bytes are equal
// strings.

/// A string as a key: hashed and compared by its UTF-8 bytes.
struct TextKey: Hashable, Sendable, ExpressibleByStringLiteral {
  let text: String

  init(_ text: String) {
    var text = text
    // Native, contiguous UTF-8 from here on, so reading the bytes never copies.
    text.makeContiguousUTF8()
    self.text = text
  }

  init(stringLiteral text: String) { self.init(text) }

  static func == (a: TextKey, b: TextKey) -> Bool { StringBytes.equal(a.text, b.text) }

  func hash(into hasher: inout Hasher) {
    withBytes { hasher.combine(bytes: $0) }
  }

  @inline(__always)
  private func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable({
      body(UnsafeRawBufferPointer($0))
    }) {
      return result
    }
    return Array(text.utf8).withUnsafeBytes(body)
  }
}

/// Values by text, as a `[String: Value]` but keyed by `TextKey`.
struct TextTable<Value> {
  private var values: [TextKey: Value] = [:]

  init() {}

  /// A table with room for `count` texts.
  init(minimumCapacity count: Int) { values = Dictionary(minimumCapacity: count) }

  subscript(_ text: String) -> Value? {
    get { values[TextKey(text)] }
    // In place, so a value holding arrays or tables is not copied to change it.
    _modify { yield &values[TextKey(text)] }
  }

  var count: Int { values.count }
}

extension TextTable: ExpressibleByDictionaryLiteral {
  init(dictionaryLiteral pairs: (String, Value)...) {
    for (text, value) in pairs { self[text] = value }
  }
}

extension TextTable: Sendable where Value: Sendable {}

/// A set of texts, as a `Set<String>` but keyed by `TextKey`.
struct TextSet: Sendable, ExpressibleByArrayLiteral {
  private var members: Set<TextKey>

  init(_ texts: some Sequence<String>) { members = Set(texts.map { TextKey($0) }) }

  init(arrayLiteral texts: String...) { self.init(texts) }

  func contains(_ text: String) -> Bool { members.contains(TextKey(text)) }

  var count: Int { members.count }
}
