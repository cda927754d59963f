// ScalarText.swift: Strings made from runs of Unicode scalars.
// Takes a scalar array or slice; gives the same String that
// `String(String.UnicodeScalarView(scalars))` gives, by writing its UTF-8
// straight into the new String's storage. The recognisers cut names out of
// scalar arrays all the time, and appending scalar by scalar cost a sixth of ingest.

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
}
