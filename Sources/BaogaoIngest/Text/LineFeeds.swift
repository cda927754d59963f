// LineFeeds.swift: the byte offsets of the line feeds in a text's UTF-8,
// found with memchr. Walking `String.UTF8View` index by index to find them
// cost a percent of ingest in each of Clean and LongLines (perf on
// Scripts/bench-ingest.sh).
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum LineFeeds {
  /// Offsets of every 0x0A byte, in order.
  static func offsets(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    guard let base = bytes.baseAddress else { return [] }
    var result: [Int] = []
    var at = 0
    while at < bytes.count, let hit = memchr(base + at, 0x0A, bytes.count - at) {
      let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
      result.append(offset)
      at = offset + 1
    }
    return result
  }

  /// `body` over the text's UTF-8 bytes, in place when the string is native.
  static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    text.utf8.withContiguousStorageIfAvailable(body)
      ?? Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// The string index at a byte offset (a scalar boundary: after a line feed,
  /// or the end). O(1) on a native string.
  static func index(_ text: String, _ offset: Int) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: offset)
  }
}
