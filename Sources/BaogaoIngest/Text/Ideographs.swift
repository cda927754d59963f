// Ideographs.swift: the Unicode Ideographic property of a scalar, fast for
// the scalars report text is made of. `properties.isIdeographic` looks the
// scalar up in the standard library's property tables, a tenth of Projects
// and a few per cent of ingest (perf on Scripts/bench-ingest.sh); the common
// CJK block answers by a range test, every other scalar asks the tables, so
// the answer is always the property's (a test checks every scalar).

extension Unicode.Scalar {
  /// The scalar's Unicode Ideographic property (汉字, 〇, …).
  var isIdeographic: Bool {
    let value = self.value
    // CJK Unified Ideographs, every one ideographic.
    if value >= 0x4E00 && value <= 0x9FFF { return true }
    // Below 〆 (U+3006), the first ideographic scalar, none is.
    if value < Self.firstIdeographic { return false }
    return properties.isIdeographic
  }

  /// The lowest scalar with the Ideographic property.
  static let firstIdeographic: UInt32 = 0x3006
}
