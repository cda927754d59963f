// ListItems.swift: the items of a list that ends where a recogniser found its
// closing word: 小沙和长白、册子等地 (Places), 城北、和平路等7个幼儿园 (dinghai-2018),
// …、…等重点项目 (Projects). Walks back over the list comma to the first stop;
// the first item starts where a name would (NameBoundary.start).

enum ListItems {
  /// The items before `end`, in order, each `lengths` long; the walk looks at
  /// most `span` scalars back. `joinsAt(i)` is true where the scalar at `i`
  /// separates items besides the list comma (a conjunction, for Places).
  static func ending(
    at end: Int, in text: [Unicode.Scalar], lengths: ClosedRange<Int>, span: Int,
    joinsAt: (Int) -> Bool = { _ in false }
  ) -> [Range<Int>] {
    var items: [Range<Int>] = []
    var itemEnd = end
    var i = end - 1
    while i >= 0, end - i <= span {
      if text[i] == JoiningWords.listComma || joinsAt(i) {
        if lengths.contains(itemEnd - (i + 1)) { items.append((i + 1)..<itemEnd) }
        itemEnd = i
      } else if NameBoundary.isStop(text[i]) {
        break
      }
      i -= 1
    }
    if let start = NameBoundary.start(
      in: text, suffixStart: itemEnd, minimumStem: lengths.lowerBound,
      maximumStem: lengths.upperBound, cutsAtRunStart: true)
    {
      items.append(start..<itemEnd)
    }
    return items.reversed()
  }
}
