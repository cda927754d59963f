// ScalarSet.swift: a set of Unicode scalars with a constant-time, hash-free test.
// The recognisers ask "does this character end a suffix / cut a name?" for
// every character of a report; a bit per BMP code point (8 KB) answers without
// hashing, which `Set<Unicode.Scalar>` spent a tenth of ingest on.

/// Scalars of the Basic Multilingual Plane in a bitmap; others in a small array.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
  private var bits = [UInt64](repeating: 0, count: 1024)
  private var astral: [Unicode.Scalar] = []

  init(_ scalars: some Sequence<Unicode.Scalar>) {
    for c in scalars {
      let v = Int(c.value)
      if v < 0x10000 {
        bits[v >> 6] |= 1 << UInt64(v & 63)
      } else if !astral.contains(c) {
        astral.append(c)
      }
    }
  }

  init(arrayLiteral scalars: Unicode.Scalar...) {
    self.init(scalars)
  }

  func contains(_ c: Unicode.Scalar) -> Bool {
    let v = Int(c.value)
    if v < 0x10000 { return bits[v >> 6] & (1 << UInt64(v & 63)) != 0 }
    return astral.contains(c)
  }
}
