// RenderTable.swift: the boxed table and `line` formats for people at a
// terminal. Takes a ResultTable and a TableStyle; columns are aligned by
// display width (CellWidth), long cells wrapped to fit the terminal and cut
// after a few lines, rows numbered on request, control characters made visible.
import BaogaoQuery

extension Render {
  /// Control characters from report text never reach the terminal raw: an
  /// escape sequence in a report must not move the cursor or change colours.
  static func visible(_ s: String) -> String { TerminalText.sanitised(s, breaks: .none) }

  /// The boxed table, fitted to `style.maxWidth` when there is one.
  static func boxed(_ table: ResultTable, style: TableStyle = TableStyle()) -> String {
    let w = style.width
    var header = table.columns.map(visible)
    var body = table.rows.map { $0.map { visible($0.text) } }
    // Numbers are right-aligned, so that their digits line up.
    var isNumeric = table.columns.indices.map { column in
      !table.rows.isEmpty
        && table.rows.allSatisfy { row in
          guard column < row.count else { return true }
          switch row[column] {
          case .number, .null: return true
          default: return false
          }
        }
    }
    if style.isNumbered {
      header.insert("#", at: 0)
      isNumeric.insert(true, at: 0)
      for i in body.indices { body[i].insert(String(i + 1), at: 0) }
    }
    let columnCount = header.count
    var widths = header.map { w.of($0) }
    for row in body {
      for (i, cell) in row.enumerated() where i < columnCount {
        widths[i] = max(widths[i], w.of(cell))
      }
    }
    if let limit = style.maxWidth {
      // Short columns (ids, numbers, names) first keep their width and only
      // the long text is wrapped; when even that does not fit, all narrow.
      let keepShort = zip(widths, header).map { $0 <= 14 ? $0 : max(min(w.of($1), 12), 8) }
      let fitted = fit(widths, minimums: keepShort, into: limit)
      widths =
        total(fitted) <= limit
        ? fitted : fit(widths, minimums: header.map { min(w.of($0), 12) }, into: limit)
    }
    // With wide ambiguous characters the box-drawing characters take 2 cells.
    let ascii = w.ambiguousIsWide
    let (h, v) = ascii ? ("-", "|") : ("─", "│")
    func rule(_ l: String, _ m: String, _ r: String) -> String {
      let (l, m, r) = ascii ? ("+", "+", "+") : (l, m, r)
      return l + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: m) + r + "\n"
    }
    func line(_ cells: [String], bold: Bool) -> String {
      var wrapped: [[String]] = []
      for i in 0..<columnCount {
        let cell = i < cells.count ? cells[i] : ""
        var lines = TextWrap.lines(cell, limit: widths[i], width: w)
        if lines.count > style.maxCellLines {
          lines = Array(lines.prefix(style.maxCellLines))
          lines[lines.count - 1] = TextWrap.cut(
            lines[lines.count - 1] + "…", limit: widths[i], width: w)
        }
        wrapped.append(lines)
      }
      let height = wrapped.map(\.count).max() ?? 1
      var out = ""
      for k in 0..<height {
        out += v
        for i in 0..<columnCount {
          let text = k < wrapped[i].count ? wrapped[i][k] : ""
          let padding = String(repeating: " ", count: max(0, widths[i] - w.of(text)))
          let shown = bold && style.usesColour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
          let right = !bold && i < isNumeric.count && isNumeric[i]
          out += " " + (right ? padding + shown : shown + padding) + " " + v
        }
        out += "\n"
      }
      return out
    }
    var out = rule("┌", "┬", "┐")
    out += line(header, bold: true)
    out += rule("├", "┼", "┤")
    for row in body { out += line(row, bold: false) }
    out += rule("└", "┴", "┘")
    out += "(\(table.rows.count) row\(table.rows.count == 1 ? "" : "s"))\n"
    return out
  }

  /// Width of a table with these column widths, borders included.
  static func total(_ widths: [Int]) -> Int { widths.reduce(3 * widths.count + 1, +) }

  /// Narrows the widest columns until the table (borders included) fits in
  /// `limit` cells, never below a column's minimum; gives up past that.
  static func fit(_ widths: [Int], minimums: [Int], into limit: Int) -> [Int] {
    let borders = 3 * widths.count + 1
    func total(_ cap: Int) -> Int {
      zip(widths, minimums).reduce(borders) { $0 + min($1.0, max(cap, $1.1, 2)) }
    }
    guard total(widths.max() ?? 0) > limit else { return widths }
    // The largest cap that fits; bounded by the widest column, so few steps.
    var low = 2
    var high = widths.max() ?? 2
    while low < high {
      let mid = (low + high + 1) / 2
      if total(mid) <= limit { low = mid } else { high = mid - 1 }
    }
    return zip(widths, minimums).map { min($0, max(low, $1, 2)) }
  }

  /// One `column = value` line per field, records separated by a blank line.
  static func lines(_ table: ResultTable, style: TableStyle = TableStyle()) -> String {
    let w = style.width
    let width = table.columns.map { w.of($0) }.max() ?? 0
    var out = ""
    for (n, row) in table.rows.enumerated() {
      if n > 0 { out += "\n" }
      if style.isNumbered { out += "#\(n + 1)\n" }
      for (column, value) in zip(table.columns, row) {
        out +=
          String(repeating: " ", count: width - w.of(column)) + visible(column) + " = "
          + visible(value.text) + "\n"
      }
    }
    return out
  }
}
