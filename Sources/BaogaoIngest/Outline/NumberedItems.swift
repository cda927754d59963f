// NumberedItems.swift: numbered lines that are items of a list, not headings.
// Takes the cleaned lines and gives the lines of each run of two or more
// lines numbered 1. or (1) that stand back to back right after a line ending
// in a colon (主要预期目标是：/1.地区生产总值增长6%左右。/2.…). Headings have
// body text between them; a list's items follow one another.

enum NumberedItems {
  /// Fewest items of a list.
  static let minRun = 2
  /// Ranks of the numbers such items carry: 1. and (1).
  static let itemRanks: Set<Int> = [3, 4]
  static let colons: Set<Character> = ["：", ":"]

  /// Indices of the lines that are list items.
  static func find(in lines: [Line]) -> Set<Int> {
    var items: Set<Int> = []
    var i = 1
    while i < lines.count {
      guard let rank = lines[i].heading?.rank, itemRanks.contains(rank),
        lines[i - 1].heading == nil, lines[i - 1].text.last.map(colons.contains) == true
      else {
        i += 1
        continue
      }
      var end = i
      while end < lines.count, lines[end].heading?.rank == rank, lines[end].heading?.kind == .body {
        end += 1
      }
      if end - i >= minRun { items.formUnion(i..<end) }
      i = max(end, i + 1)
    }
    return items
  }
}
