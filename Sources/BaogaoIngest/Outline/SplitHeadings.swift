// SplitHeadings.swift: a numbered heading whose title goes on over the next
// line, as typesetting or a copy from a PDF leaves it:
//   （三）深化改革开放，
//   激发市场主体活力
// The first line ends where no title ends (a comma, a list comma, a
// conjunction, an open bracket or quote); the next line is short, no heading,
// and ends the title. A standalone heading's final 。 is dropped (gold/README.md).

enum SplitHeadings {
  /// Last characters of a title that is not finished.
  static let openEnds: Set<Character> = ["，", ",", "、", "和", "与", "及", "并", "—"]
  /// Pairs of marks whose opening one, left unclosed, shows the title goes on.
  static let pairs: [(open: Character, close: Character)] = [("“", "”"), ("（", "）"), ("(", ")")]
  /// The opening marks of `pairs` (one scalar each) as scalars.
  static let openScalars = ScalarSet(pairs.flatMap(\.open.unicodeScalars))
  /// Longest continuation line.
  static let maximumContinuation = 30
  /// Marks that a continuation holds only at its end, if at all.
  static let innerMarks: Set<Character> = ["。", "！", "？", "!", "?", "：", ":", "；", ";"]

  /// Whether the title stops where no title ends.
  static func isOpen(_ title: String) -> Bool {
    guard let last = title.last else { return false }
    if openEnds.contains(last) { return true }
    // No opening mark's scalar, so no opening mark: each Character pass
    // below compares every Character (a hundredth of ingest, callgrind on
    // Scripts/bench-ingest.sh).
    if !title.unicodeScalars.contains(where: openScalars.contains) { return false }
    return pairs.contains { pair in
      title.count(where: { $0 == pair.open }) > title.count(where: { $0 == pair.close })
    }
  }

  /// The rest of the heading's title on the next line, or nil when the
  /// heading is whole. `next` must be a line that nothing else reads as a
  /// heading, an item or a lead.
  static func continuation(of heading: Heading, next: String) -> String? {
    guard heading.body == nil, heading.kind == .body, heading.rank >= 1, isOpen(heading.title)
    else { return nil }
    var rest = Substring(LineShape.trimSpaces(Substring(next)))
    if rest.last == "。" { rest = rest.dropLast() }
    guard !rest.isEmpty, rest.hasAtMost(maximumContinuation),
      !rest.contains(where: { innerMarks.contains($0) }), let last = rest.last,
      !openEnds.contains(last)
    else { return nil }
    return String(rest)
  }
}
