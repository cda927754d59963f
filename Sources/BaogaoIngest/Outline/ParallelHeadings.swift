// ParallelHeadings.swift: unnumbered sub-headings that share an opening.
// Takes the cleaned lines and gives the runs of lines that open alike and
// each stand over body text: standalone lines (这五年，我们…，经济实力迈上新台阶 /
// 这五年，我们…，民生福祉得到新改善, a paragraph between each), and inline
// ones whose first sentence is the heading and the rest of the line its body
// (一年来，我们坚持扩投资、优环境，发展实力稳步提升。顶住…, three or more in a row).
// A single such line is a paragraph; the repetition makes the outline.

/// A parallel heading: its place in its run, its title and any body after it.
struct ParallelHeading: Sendable, Hashable {
  var n: Int
  var title: String
  var body: String?
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

  /// Characters after the opening's comma that an inline run shares too
  /// (一年来，我们): a comma alone (今年，) opens too many paragraphs.
  static let inlineSharedAfterComma = 2

  /// Indices of `lines` that are parallel headings, each with its run's
  /// number for it (1, 2, 3 …), its title and body.
  static func find(in lines: [Line]) -> [Int: ParallelHeading] {
    var candidates: [(index: Int, opening: String)] = []
    var inline: [Int: (title: String, body: String)] = [:]
    for (i, line) in lines.enumerated() where line.heading == nil {
      guard let opening = opening(of: line.text) else { continue }
      if isStandalone(line.text) {
        guard i + 1 < lines.count, lines[i + 1].heading == nil,
          !isStandaloneHeadingLike(lines[i + 1].text, opening)
        else { continue }
        candidates.append((i, opening))
      } else if !line.text.hasAtMost(opening.count + inlineSharedAfterComma),
        let split = inlineSplit(line.text)
      {
        // The key holds the characters after the comma: 一年来，我们.
        let key = String(line.text.prefix(opening.count + 1 + inlineSharedAfterComma))
        candidates.append((i, "inline:" + key))
        inline[i] = split
      }
    }
    var result: [Int: ParallelHeading] = [:]
    var k = 0
    while k < candidates.count {
      var end = k + 1
      // A run: the same opening, only numbered headings or body lines between.
      // An inline run stands line after line; body lines between break it.
      let isInline = candidates[k].opening.hasPrefix("inline:")
      while end < candidates.count, candidates[end].opening == candidates[k].opening,
        !isInline || candidates[end].index == candidates[end - 1].index + 1,
        !(candidates[end - 1].index + 1..<candidates[end].index).contains(where: {
          lines[$0].heading.map { $0.rank <= 1 } ?? false
        })
      {
        end += 1
      }
      if end - k >= minRun {
        for (n, c) in candidates[k..<end].enumerated() {
          let text = lines[c.index].text
          if let split = inline[c.index] {
            result[c.index] = ParallelHeading(n: n + 1, title: split.title, body: split.body)
          } else {
            let title = text.last == "。" ? String(text.dropLast()) : text
            result[c.index] = ParallelHeading(n: n + 1, title: title, body: nil)
          }
        }
      }
      k = end
    }
    return result
  }

  /// An inline heading's first sentence (without its end mark) and the body
  /// after it, when the sentence is short and body text follows.
  static func inlineSplit(_ text: String) -> (title: String, body: String)? {
    let whole = Substring(text)
    guard let end = SentenceEnd.first(in: whole, within: maxLength + 1) else { return nil }
    let title = String(whole[..<end])
    let body = LineShape.trimSpaces(whole[whole.index(after: end)...])
    guard !title.isEmpty, !body.isEmpty,
      !title.contains(where: { "；;：:".contains($0) })
    else { return nil }
    return (title, body)
  }

  /// The text up to the first comma, when it is short: 这五年.
  static func opening(of text: String) -> String? {
    guard let comma = text.prefix(maxOpening + 1).firstIndex(where: openingEnds.contains)
    else { return nil }
    let opening = text[..<comma]
    guard opening.count >= minOpening else { return nil }
    return String(opening)
  }

  /// One short sentence on a line of its own: no end mark but a final one.
  static func isStandalone(_ text: String) -> Bool {
    guard text.hasAtMost(maxLength) else { return false }
    let body = text.last.map { "。！".contains($0) } == true ? text.dropLast() : Substring(text)
    return !body.contains(where: { "。！？；：:;".contains($0) })
  }

  /// The next line is itself one of the run, not the body under this one.
  static func isStandaloneHeadingLike(_ text: String, _ opening: String) -> Bool {
    text.hasPrefix(opening) && isStandalone(text)
  }
}
