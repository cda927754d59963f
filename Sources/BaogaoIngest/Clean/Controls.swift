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

  /// The line without its control characters; nil when it has none. Bytes
  /// first: a line with none of these lead bytes cannot hold one.
  static func removed(from line: String) -> String? {
    let mayHold = line.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    guard mayHold, line.unicodeScalars.contains(where: isControl) else { return nil }
    var kept = String.UnicodeScalarView()
    for scalar in line.unicodeScalars where !isControl(scalar) { kept.append(scalar) }
    return String(kept)
  }
}
