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

extension ScalarSet {
  /// The first index from `start` whose scalar is in the set. Its own
  /// function, over unchecked pointers: written as a `where` clause inside a
  /// recogniser's loop, the test shared registers with the loop's body and
  /// the loop kept its counters in memory, ~17 instructions a scalar per
  /// pass, and the place shapes make ten passes over every piece (callgrind
  /// on the 2 MB bench-ingest).
  @inline(never)
  func firstIndex(in text: [Unicode.Scalar], from start: Int) -> Int? {
    text.withUnsafeBufferPointer { t in
      bits.withUnsafeBufferPointer { bits in
        var i = max(start, 0)
        while i < t.count {
          let v = Int(t[i].value)
          if v < 0x10000 {
            if bits[v >> 6] & (1 << UInt64(v & 63)) != 0 { return i }
          } else if astral.contains(t[i]) {
            return i
          }
          i += 1
        }
        return nil
      }
    }
  }
}

extension ScalarSet {
  /// The members, in order of their values.
  var scalars: [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    for (w, word) in bits.enumerated() where word != 0 {
      for b in 0..<64 where word & (1 << UInt64(b)) != 0 {
        if let c = Unicode.Scalar(UInt32(w * 64 + b)) { result.append(c) }
      }
    }
    return result + astral.sorted { $0.value < $1.value }
  }
}
