// RenderTable.swift: the boxed table and `line` formats for people at a
// terminal. Takes a ResultTable and a TableStyle; columns are aligned by
// display width (CellWidth), laid out to fit the terminal (TableLayout.swift),
// long cells wrapped and cut after a few lines, rows numbered on request,
// control characters made visible. A table too wide for the screen in any
// form is drawn record by record (VerticalTable.swift).
import BaogaoQuery

extension Render {
  /// Control characters from report text never reach the terminal raw: an
  /// escape sequence in a report must not move the cursor or change colours.
  static func visible(_ s: String) -> String { TerminalText.sanitised(s, breaks: .none) }

  /// A cell's text as shown: `.nullvalue` for nulls, control characters visible.
  static func shown(_ value: Value, style: TableStyle) -> String {
    if case .null = value { return visible(style.nullText) }
    return visible(value.text)
  }

  /// The boxed table, fitted to `style.maxWidth` when there is one.
  static func boxed(_ table: ResultTable, style: TableStyle = TableStyle()) -> String {
    let w = style.width
    var header = table.columns.map(visible)
    // Made once: a listing's rows are made each time they are read.
    let rows = Array(table.rows)
    var body = rows.map { $0.map { shown($0, style: style) } }
    // Numbers are right-aligned, so that their digits line up.
    var isNumeric = table.columns.indices.map { column in
      !rows.isEmpty
        && rows.allSatisfy { row in
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
    let layout = TableLayout(header: header, body: body, style: style)
    if layout.isVertical {
      return vertical(header: header, body: body, style: style)
    }
    let widths = layout.widths
    // With wide ambiguous characters the box-drawing characters take 2 cells.
    let ascii = w.ambiguousIsWide
    let (h, v) = ascii ? ("-", "|") : ("─", "│")
    func rule(_ l: String, _ m: String, _ r: String) -> String {
      let (l, m, r) = ascii ? ("+", "+", "+") : (l, m, r)
      return l + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: m) + r + "\n"
    }
    func line(_ cells: [String], bold: Bool) -> String {
      var wrapped: [[String]] = []
      for (k, i) in layout.shown.enumerated() {
        let cell = i < cells.count ? cells[i] : ""
        var lines = TextWrap.lines(cell, limit: widths[k], width: w)
        if lines.count > style.maxCellLines {
          lines = Array(lines.prefix(style.maxCellLines))
          lines[lines.count - 1] = TextWrap.cut(
            lines[lines.count - 1] + "…", limit: widths[k], width: w)
        }
        wrapped.append(lines)
      }
      let height = wrapped.map(\.count).max() ?? 1
      var out = ""
      for row in 0..<height {
        out += v
        for (k, i) in layout.shown.enumerated() {
          let text = row < wrapped[k].count ? wrapped[k][row] : ""
          let padding = String(repeating: " ", count: max(0, widths[k] - w.of(text)))
          let shown = bold && style.usesColour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
          let right = !bold && i < isNumeric.count && isNumeric[i]
          out += " " + (right ? padding + shown : shown + padding) + " " + v
        }
        out += "\n"
      }
      return out
    }
    var out = rule("┌", "┬", "┐")
    if style.showsHeader {
      out += line(header, bold: true)
      out += rule("├", "┼", "┤")
    }
    for row in body { out += line(row, bold: false) }
    out += rule("└", "┴", "┘")
    out += footer(rows: table.rows.count, empty: layout.empty)
    return out
  }

  /// `(3 rows)`, naming the columns left out for holding no value.
  static func footer(rows: Int, empty: [String]) -> String {
    let count = "\(rows) row\(rows == 1 ? "" : "s")"
    guard !empty.isEmpty else { return "(\(count))\n" }
    return "(\(count); empty: \(empty.joined(separator: ", ")))\n"
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
          + shown(value, style: style) + "\n"
      }
    }
    return out
  }
}
