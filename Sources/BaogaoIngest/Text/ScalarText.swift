// ScalarText.swift: Strings made from runs of Unicode scalars.
// Takes a scalar array or slice; gives the same String that
// `String(String.UnicodeScalarView(scalars))` gives, by writing its UTF-8
// straight into the new String's storage. The recognisers cut names out of
// scalar arrays all the time, and appending scalar by scalar cost a sixth of
// ingest. Also the reverse, `Array(text.unicodeScalars)` in one pass.

enum ScalarText {
  /// The string spelled by `scalars`.
  static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
    // At most four UTF-8 bytes a scalar; the exact count is written below.
    let capacity = scalars.count * 4
    guard capacity > 0 else { return "" }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var n = 0
      for c in scalars {
        let v = c.value
        if v < 0x80 {
          buffer[n] = UInt8(truncatingIfNeeded: v)
          n += 1
        } else if v < 0x800 {
          buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
          buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
          n += 2
        } else if v < 0x10000 {
          buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
          buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
          buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
          n += 3
        } else {
          buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
          buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
          buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
          buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
          n += 4
        }
      }
      return n
    }
  }

  /// The scalars of `text`, as `Array(text.unicodeScalars)` gives them, but
  /// decoded in one pass over the UTF-8 (the Array initialiser walks the
  /// string twice: once to count, once to copy).
  static func scalars(_ text: String) -> [Unicode.Scalar] {
    let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
      // Written into the array's storage: at most a scalar a byte. `append`
      // checked the capacity at every scalar (a hundredth of ingest, callgrind
      // on Scripts/bench-ingest.sh).
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { result, count in
        var n = 0
        var i = 0
        // A String's UTF-8 is valid, so lead bytes tell each scalar's length;
        // the bounds checks only guard against a truncated sequence.
        while i < bytes.count {
          let b0 = UInt32(bytes[i])
          var value = b0
          var length = 1
          if b0 >= 0xF0 {
            length = 4
            value = b0 & 0x07
          } else if b0 >= 0xE0 {
            length = 3
            value = b0 & 0x0F
          } else if b0 >= 0xC0 {
            length = 2
            value = b0 & 0x1F
          }
          guard i + length <= bytes.count else { break }
          var k = 1
          while k < length {
            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            k += 1
          }
          result.initializeElement(at: n, to: Unicode.Scalar(value) ?? "\u{FFFD}")
          n += 1
          i += length
        }
        count = n
      }
    }
    return decoded ?? Array(text.unicodeScalars)
  }
}
