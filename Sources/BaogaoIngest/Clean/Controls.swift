// Controls.swift: control characters in report text. A report is a web page
// saved as text: escape sequences, NULs from a broken copy, bidi overrides
// have no meaning in it and would act on a terminal. They are taken out of
// the line, and the line as it was is kept as junk of its own kind
// (`junk where reason = control`), so users can see what was removed.

enum Controls {
  /// True for C0 controls (but tab), DEL, C1 controls, and the bidi
  /// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v != 0x09 }
    return (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }

  /// The line without its control characters; nil when it has none.
  static func removed(from line: String) -> String? {
    guard holdsControl(line) else { return nil }
    var kept = String.UnicodeScalarView()
    for scalar in line.unicodeScalars where !isControl(scalar) { kept.append(scalar) }
    return String(kept)
  }

  /// Whether the line holds a control character, read off its UTF-8 bytes:
  /// C0 (but tab) and DEL are one byte, C1 is C2 80–9F, the bidi ones E2 80
  /// AA–AE and E2 81 A6–A9. A first pass by lead byte alone stopped at every
  /// E2, which Chinese text is full of (“ ” — …), and then decoded the line.
  static func holdsControl(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if byte < 0x20 && byte != 0x09 || byte == 0x7F { return true }
        if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F {
          return true
        }
        if byte == 0xE2, i + 2 < bytes.count {
          let (second, third) = (bytes[i + 1], bytes[i + 2])
          if second == 0x80 && third >= 0xAA && third <= 0xAE { return true }
          if second == 0x81 && third >= 0xA6 && third <= 0xA9 { return true }
        }
        i += 1
      }
      return false
    }
  }
}
