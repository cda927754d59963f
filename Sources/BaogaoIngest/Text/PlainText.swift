// PlainText.swift: strings whose bytes are their identity. A String compares
// and hashes its NFC form, so a `[String: …]` look-up of Chinese text
// normalises the key at every hash and every compare (the synonym table's
// look-ups were two per cent of ingest, perf and callgrind on
// Scripts/bench-ingest.sh). For text made only of the scalars below the NFC
// form is the text itself (none has a canonical decomposition that differs,
// a combining class, or composes with the scalar before it), so two such
// strings are equal exactly when their bytes are, and a table keyed by bytes
// answers as the String-keyed one does. Text with any other scalar (a user's
// file in NFD, a compatibility ideograph) goes on asking the String table.
// Nor does any of them join the next into one Character, but CR before LF:
// plain text without CR has a Character per scalar, so scalar tests answer
// for Character ones (ParallelHeadings). Tests check both claims.

extension Unicode.Scalar {
  /// Whether the scalar is in the plain ranges: Latin up to U+02FF, general
  /// punctuation (U+2010–U+205E), CJK punctuation (U+3001–U+3029,
  /// U+3030–U+303F), CJK ideographs (Extension A and the unified block) and
  /// full-width ASCII (U+FF01–U+FF5E).
  var isPlain: Bool {
    switch value {
    case 0...0x2FF, 0x2010...0x205E, 0x3001...0x3029, 0x3030...0x303F, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xFF01...0xFF5E:
      return true
    default:
      return false
    }
  }
}

extension StringProtocol {
  /// Whether every scalar is plain: the text is its own NFC form.
  var isPlain: Bool { unicodeScalars.allSatisfy(\.isPlain) }
}
