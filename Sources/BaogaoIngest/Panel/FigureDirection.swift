// FigureDirection.swift: which way a figure moves, read from the words before
// its number in its clause, so that 下降3.6% is never taken for 增长3.6%.
// The nearest word of change between the previous figure (or the clause's
// start) and the number decides: 地区生产总值增长7%，能耗下降3% gives up, down.
import BaogaoGraph

public enum FigureDirection {
  /// Words of decline (下降 减少 降低 回落 and their kin).
  public static let downWords = [
    "下降", "减少", "降低", "回落", "削减", "下滑", "降幅", "减排", "降至", "降到", "压减", "压降",
    "缩减", "下调", "缩小",
  ]
  /// Words of rise.
  public static let upWords = [
    "增长", "增速", "提高", "上涨", "涨幅", "增加", "增幅", "递增", "上升", "提升", "扩大", "增至",
  ]

  static let words: [([Unicode.Scalar], Direction)] =
    downWords.map { (Array($0.unicodeScalars), Direction.down) }
    + upWords.map { (Array($0.unicodeScalars), Direction.up) }

  /// Marks between the figures of one list: 分别增长8.3%、8.7% (both up).
  /// The joining words, a space and the commas.
  static let listMarks: Set<Unicode.Scalar> = JoiningWords.all.union([" ", "，", ","])

  /// The direction of the figure whose number starts at `start`, looking back
  /// no further than `from` (the clause's start or the previous figure's end).
  /// With no word in between, a figure only a list mark after the previous
  /// one shares its direction.
  public static func of(
    _ scalars: [Unicode.Scalar], from: Int, start: Int,
    previous: (end: Int, direction: Direction?)? = nil
  ) -> Direction? {
    if let found = nearest(scalars, from: from, start: start) { return found }
    guard let previous, previous.end <= start, previous.end >= 0, start <= scalars.count,
      scalars[previous.end..<start].allSatisfy(listMarks.contains)
    else { return nil }
    return previous.direction
  }

  /// The nearest word of change in `from..<start`.
  static func nearest(_ scalars: [Unicode.Scalar], from: Int, start: Int) -> Direction? {
    var best: (end: Int, length: Int, direction: Direction)?
    let lower = max(0, from)
    let upper = min(start, scalars.count)
    guard lower < upper else { return nil }
    for (word, direction) in words {
      var i = upper - word.count
      while i >= lower {
        if Units.has(scalars, word, at: i) {
          let end = i + word.count
          if best == nil || end > best!.end || (end == best!.end && word.count > best!.length) {
            best = (end, word.count, direction)
          }
          break
        }
        i -= 1
      }
    }
    return best?.direction
  }
}
