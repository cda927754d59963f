// WhiteSpace.swift: the Unicode White_Space property of a scalar, without the
// standard library's property tables. `properties.isWhitespace` looks every
// scalar up in those tables; asked of every scalar of a figure's name and of
// a name's backward walk it was about two per cent of ingest (perf on
// Scripts/bench-ingest.sh). The property holds for 25 scalars, listed here;
// a test checks the answer against the property for every scalar, so a
// Unicode version that changes the list fails it rather than the text.

extension Unicode.Scalar {
  /// The scalar's Unicode White_Space property (space, tab, U+3000, …).
  var isWhiteSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default:
      return false
    }
  }
}

extension Character {
  /// `Character.isWhitespace` (the property of its first scalar), by the same list.
  var isWhiteSpace: Bool { unicodeScalars.first?.isWhiteSpace ?? false }
}
