// ScalarMarks.swift: where the scalars of a few fixed sets stand in a text,
// found in one pass. The place recogniser looks for a dozen sets of
// characters (江 and 河, 山, province initials, suffix ends, 等 and numerals …),
// each once over every piece: eleven scans of ~10 instructions a scalar were
// 95 M instructions of the 2 MB bench-ingest (callgrind). One pass that notes
// every scalar in any of them, and in which, leaves each rule its own few
// places to look at.

/// Up to 16 scalar sets, by number, as one table: a scalar's bit `k` is set
/// when set `k` holds it.
struct ScalarClasses: Sendable {
  /// The mask of every scalar of the Basic Multilingual Plane.
  private var masks = [UInt16](repeating: 0, count: 0x10000)
  /// Other scalars that some set holds, with their masks.
  private var astral: [(scalar: Unicode.Scalar, mask: UInt16)] = []

  init(_ sets: [ScalarSet]) {
    precondition(sets.count <= 16, "a mask has 16 bits")
    for (k, set) in sets.enumerated() {
      let bit = UInt16(1) << UInt16(k)
      for c in set.scalars {
        if c.value < 0x10000 {
          masks[Int(c.value)] |= bit
        } else if let i = astral.firstIndex(where: { $0.scalar == c }) {
          astral[i].mask |= bit
        } else {
          astral.append((c, bit))
        }
      }
    }
  }

  /// The marked places of `text`, in order.
  func marks(in text: [Unicode.Scalar]) -> ScalarMarks {
    var entries: [Int] = []
    text.withUnsafeBufferPointer { t in
      masks.withUnsafeBufferPointer { masks in
        for i in 0..<t.count {
          let v = t[i].value
          let mask =
            v < 0x10000
            ? masks[Int(v)] : astral.first(where: { $0.scalar == t[i] })?.mask ?? 0
          if mask != 0 { entries.append(i << 16 | Int(mask)) }
        }
      }
    }
    return ScalarMarks(entries: entries)
  }
}

/// The places of one text whose scalar is in some set of a `ScalarClasses`.
struct ScalarMarks: Sendable {
  /// Each place as `position << 16 | mask`, in text order.
  fileprivate let entries: [Int]

  /// The positions from `start` on whose scalar is in set `k`, in order:
  /// those a scan with `ScalarSet.firstIndex` finds in the text marked.
  func positions(of k: Int, from start: Int = 0) -> Positions {
    Positions(entries: entries, bit: 1 << k, start: start)
  }

  /// The iterator of `positions(of:from:)`.
  struct Positions: Sequence, IteratorProtocol {
    let entries: [Int]
    let bit: Int
    let start: Int
    var index = 0

    mutating func next() -> Int? {
      while index < entries.count {
        let entry = entries[index]
        index += 1
        if entry & bit != 0, entry >> 16 >= start { return entry >> 16 }
      }
      return nil
    }
  }
}
