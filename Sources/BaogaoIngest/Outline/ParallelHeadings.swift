// ParallelHeadings.swift: unnumbered sub-headings that share an opening.
// Takes the cleaned lines and gives the runs of standalone lines that open
// alike and each stand over body text: 这五年，我们…，经济实力迈上新台阶 /
// 这五年，我们…，民生福祉得到新改善 (three or more, a paragraph between each).
// A single such line is a paragraph; the repetition makes the outline. Inline
// ones (一年来，我们坚持…。 followed by body on the line) stay paragraphs, as
// the gold lists them (gold/README.md: inline leads without numbers).

/// A parallel heading: its place in its run and its title.
struct ParallelHeading: Sendable, Hashable {
  var n: Int
  var title: String
}

enum ParallelHeadings {
  /// Fewest lines of a run: two alike lines may be chance.
  static let minRun = 3
  /// The shared opening runs up to the first comma and is this long at most.
  static let maxOpening = 8
  static let minOpening = 2
  /// A heading line is at most this long.
  static let maxLength = 60
  /// Marks that end the opening.
  static let openingEnds: Set<Character> = ["，", ","]
  /// The same as scalars (each mark is one).
  static let openingEndScalars = ScalarSet(openingEnds.flatMap(\.unicodeScalars))

  /// Indices of `lines` that are parallel headings, each with its run's
  /// number for it (1, 2, 3 …) and its title.
  static func find(in lines: [Line]) -> [Int: ParallelHeading] {
    var candidates: [(index: Int, opening: String)] = []
    for (i, line) in lines.enumerated() where line.heading == nil {
      guard let opening = opening(of: line.text) else { continue }
      if isStandalone(line.text) {
        guard i + 1 < lines.count, lines[i + 1].heading == nil,
          !isStandaloneHeadingLike(lines[i + 1].text, opening)
        else { continue }
        candidates.append((i, opening))
      }
    }
    var result: [Int: ParallelHeading] = [:]
    var k = 0
    while k < candidates.count {
      var end = k + 1
      // A run: the same opening, only numbered headings or body lines between.
      while end < candidates.count, candidates[end].opening == candidates[k].opening,
        !(candidates[end - 1].index + 1..<candidates[end].index).contains(where: {
          lines[$0].heading.map { $0.rank <= 1 } ?? false
        })
      {
        end += 1
      }
      if end - k >= minRun {
        for (n, c) in candidates[k..<end].enumerated() {
          let text = lines[c.index].text
          let title = text.last == "。" ? String(text.dropLast()) : text
          result[c.index] = ParallelHeading(n: n + 1, title: title)
        }
      }
      k = end
    }
    return result
  }

  /// The text up to the first comma, when it is short: 这五年.
  static func opening(of text: String) -> String? {
    // Asked of every line: where its first scalars are plain and no CR, each
    // is one Character (PlainText.swift), and the scalars answer without
    // hashing Characters (a seventieth of ingest, callgrind on
    // Scripts/bench-ingest.sh). The scalar after the window is looked at too:
    // it might have joined the window's last one.
    let window = text.unicodeScalars.prefix(maxOpening + 2)
    if window.allSatisfy({ $0.isPlain && $0 != "\r" }) {
      guard let comma = window.prefix(maxOpening + 1).firstIndex(where: openingEndScalars.contains)
      else { return nil }
      let opening = text.unicodeScalars[..<comma]
      guard opening.count >= minOpening else { return nil }
      return String(opening)
    }
    guard let comma = text.prefix(maxOpening + 1).firstIndex(where: openingEnds.contains)
    else { return nil }
    let opening = text[..<comma]
    guard opening.count >= minOpening else { return nil }
    return String(opening)
  }

  /// One short sentence on a line of its own: no end mark but a final one.
  static func isStandalone(_ text: String) -> Bool {
    guard text.hasAtMost(maxLength) else { return false }
    // A Character that is one of the marks holds its scalar: a line without
    // any has none, whatever its Characters (no Character pass needed).
    if !text.unicodeScalars.contains(where: { standaloneMarks.contains($0) }) { return true }
    let body = text.last.map { "。！".contains($0) } == true ? text.dropLast() : Substring(text)
    return !body.contains(where: { "。！？；：:;".contains($0) })
  }

  /// The sentence marks `isStandalone` looks for, as scalars.
  static let standaloneMarks = ScalarSet("。！？；：:;".unicodeScalars)

  /// The next line is itself one of the run, not the body under this one.
  static func isStandaloneHeadingLike(_ text: String, _ opening: String) -> Bool {
    text.hasPrefix(opening) && isStandalone(text)
  }
}
