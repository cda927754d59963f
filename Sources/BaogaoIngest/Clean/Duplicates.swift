// Duplicates.swift: finds a second copy of text the file already holds.
// Takes the trimmed lines of a file and gives the indexes of lines that repeat
// an earlier run of lines (hebei-2019 holds the whole report twice: lines
// 242–356 repeat 1–115). The first copy is kept; the second becomes junk.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum Duplicates {
  /// A run of repeated lines counts as a copy when it is at least this long
  /// in characters, or holds one line at least `minLongLine` long: short
  /// lines such as 各位代表： or 整治 repeat in any report.
  static let minRunCharacters = 200
  static let minLongLine = 100

  /// Indexes (into `lines`) of the lines that repeat earlier ones.
  static func repeatedLines(_ lines: [String]) -> Set<Int> {
    // Keyed by a hash of the UTF-8 bytes: hashing a String normalises it
    // first, which was a quarter of ingest's time on a 50 MB file.
    let keys = lines.map(StringBytes.hash)
    func same(_ a: Int, _ b: Int) -> Bool {
      keys[a] == keys[b] && StringBytes.equal(lines[a], lines[b])
    }
    var firstIndex: [UInt64: Int] = [:]
    var repeated: Set<Int> = []
    var i = 0
    while i < lines.count {
      guard !lines[i].isEmpty, let j = firstIndex[keys[i]], j < i, same(i, j) else {
        if !lines[i].isEmpty, firstIndex[keys[i]] == nil { firstIndex[keys[i]] = i }
        i += 1
        continue
      }
      // Extend the match forward while the lines keep repeating the earlier run.
      var length = 0
      while i + length < lines.count, j + length < i, same(i + length, j + length) {
        length += 1
      }
      // Extend backward too: a copy may begin with short lines that were
      // not worth matching on their own.
      var back = 0
      while j - back - 1 >= 0, i - back - 1 >= j + length, !repeated.contains(i - back - 1),
        same(i - back - 1, j - back - 1)
      {
        back += 1
      }
      let run = (i - back)..<(i + length)
      // A copy of a whole report has a long line early on; only short runs
      // need their characters summed.
      let hasLongLine = run.contains { !lines[$0].hasAtMost(minLongLine - 1) }
      if hasLongLine || run.reduce(0, { $0 + lines[$1].unicodeScalars.count }) >= minRunCharacters {
        repeated.formUnion(run)
      }
      for k in i..<(i + length) where firstIndex[keys[k]] == nil { firstIndex[keys[k]] = k }
      i += max(length, 1)
    }
    return repeated
  }
}
