// ScalarPairs.swift: which pairs of adjacent scalars a text holds, as bits.
// A name of two scalars or more occurs in a text only where its first two
// do, so PlaceLexicon skips a locality's towns and villages whose first pair
// the report lacks before it makes strings of them: a province's report
// added every town of the province, and a 4 KB page of chongqing-2026 spent
// nine tenths of its ingest on that (perf on Scripts/fuzz-ingest.sh).

/// The hashed pairs of adjacent scalars of some texts (`PhraseIndex.headBit`).
/// Hashes collide, so `mayContain` may answer yes wrongly, never no.
struct ScalarPairs {
  private var bits = [UInt64](repeating: 0, count: PhraseIndex<Int>.headBitWords)

  init(_ texts: [[Unicode.Scalar]]) {
    for text in texts where text.count >= 2 {
      for i in 1..<text.count {
        let bit = PhraseIndex<Int>.headBit(text[i - 1], text[i])
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
  }

  /// False only when the name, in UTF-8, cannot occur within one of the
  /// texts: its first two scalars are no pair of them. A name of fewer than
  /// two scalars may occur anywhere.
  func mayContain(utf8 name: ArraySlice<UInt8>) -> Bool {
    var i = name.startIndex
    guard let a = Gazetteer.nextScalar(name, &i), let b = Gazetteer.nextScalar(name, &i) else {
      return true
    }
    let bit = PhraseIndex<Int>.headBit(a, b)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
