// Duplicates.swift: finds a second copy of text the file already holds.
// Takes the trimmed lines of a file and gives the indexes of lines that repeat
// an earlier run of lines (hebei-2019 holds the whole report twice: lines
// 242–356 repeat 1–115). The first copy is kept; the second becomes junk.

enum Duplicates {
  /// A run of repeated lines counts as a copy when it is at least this long
  /// in characters, or holds one line at least `minLongLine` long: short
  /// lines such as 各位代表： or 整治 repeat in any report.
  static let minRunCharacters = 200
  static let minLongLine = 100

  /// Indexes (into `lines`) of the lines that repeat earlier ones.
  static func repeatedLines(_ lines: [String]) -> Set<Int> {
    var firstIndex: [String: Int] = [:]
    var repeated: Set<Int> = []
    var i = 0
    while i < lines.count {
      let text = lines[i]
      guard !text.isEmpty, let j = firstIndex[text], j < i else {
        if !text.isEmpty, firstIndex[text] == nil { firstIndex[text] = i }
        i += 1
        continue
      }
      // Extend the match forward while the lines keep repeating the earlier run.
      var length = 0
      while i + length < lines.count, j + length < i,
        lines[i + length] == lines[j + length]
      {
        length += 1
      }
      // Extend backward too: a copy may begin with short lines that were
      // not worth matching on their own.
      var back = 0
      while j - back - 1 >= 0, i - back - 1 >= j + length, !repeated.contains(i - back - 1),
        lines[i - back - 1] == lines[j - back - 1]
      {
        back += 1
      }
      let run = (i - back)..<(i + length)
      let characters = run.reduce(0) { $0 + lines[$1].count }
      let longest = run.map { lines[$0].count }.max() ?? 0
      if characters >= minRunCharacters || longest >= minLongLine {
        repeated.formUnion(run)
      }
      for k in i..<(i + length) where firstIndex[lines[k]] == nil { firstIndex[lines[k]] = k }
      i += max(length, 1)
    }
    return repeated
  }
}
