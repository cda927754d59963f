// CompletionList.swift: lays out several completion candidates in columns,
// aligned by display width (Chinese takes 2 cells), each with its count, as
// `ls` does: down the columns, as many columns as the terminal holds.

/// The candidate list printed under the line on an ambiguous Tab.
enum CompletionList {
  /// Candidates shown at most; the rest are counted in a last line.
  static let maxShown = 200

  /// The list as lines of text (each ending in a newline), fitting `columns` cells.
  static func render(
    _ candidates: [CompletionCandidate], columns: Int, width: CellWidth = CellWidth()
  ) -> String {
    let shown = candidates.prefix(maxShown)
    let labels = shown.map { candidate -> String in
      let text = Render.visible(candidate.text)
      return candidate.count.map { "\(text) (\($0))" } ?? text
    }
    let cells = labels.map { width.of($0) }
    let cellWidth = (cells.max() ?? 0) + 2
    let perLine = max(1, min(labels.count, max(columns, 1) / max(cellWidth, 1)))
    let lines = (labels.count + perLine - 1) / perLine
    var out = ""
    for line in 0..<lines {
      var text = ""
      for column in 0..<perLine {
        let index = column * lines + line
        guard index < labels.count else { break }
        let isLast = (column + 1) * lines + line >= labels.count
        text += labels[index]
        if !isLast { text += String(repeating: " ", count: cellWidth - cells[index]) }
      }
      out += text + "\n"
    }
    if candidates.count > shown.count {
      out += "… \(candidates.count - shown.count) more\n"
    }
    return out
  }
}
