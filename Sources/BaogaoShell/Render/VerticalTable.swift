// VerticalTable.swift: a table drawn record by record, one `field │ value`
// line per field, for results too wide for the screen in any table form
// (psql's expanded display, `\x auto`). Values wrap under themselves by the
// same rules as table cells; fields without a value are left out.
//
//   ─[ #1 ]──────────────────────────
//   id      │ T1
//   span    │ 地区生产总值增长8%
//   ─[ #2 ]──────────────────────────

extension Render {
  /// The records of a table as blocks of `field │ value` lines, each line at
  /// most `style.maxWidth` cells. `header` and `body` hold the visible texts;
  /// with numbered rows their first column is the row number.
  static func vertical(header: [String], body: [[String]], style: TableStyle) -> String {
    let w = style.width
    let skip = style.isNumbered ? 1 : 0
    let names = Array(header.dropFirst(skip))
    let limit = style.maxWidth ?? Int.max
    let ascii = w.ambiguousIsWide
    let (h, v) = ascii ? ("-", "|") : ("─", "│")
    // Field names take at most a third of the screen; the values the rest.
    let nameWidth = min(names.map { w.of($0) }.max() ?? 0, max(limit / 3, 1))
    let valueWidth = max(limit - nameWidth - 3, 2)
    let longest = body.flatMap { $0.dropFirst(skip) }.map { w.of($0) }.max() ?? 0
    let ruleWidth = min(limit, nameWidth + 3 + max(longest, 8))
    var out = ""
    for (n, row) in body.enumerated() {
      let title = h + "[ #\(n + 1) ]"
      out += title + String(repeating: h, count: max(0, ruleWidth - w.of(title))) + "\n"
      for (k, name) in names.enumerated() {
        let value = k + skip < row.count ? row[k + skip] : ""
        guard !value.isEmpty else { continue }
        let label = TextWrap.cut(name, limit: nameWidth, width: w)
        let padded = label + String(repeating: " ", count: max(0, nameWidth - w.of(label)))
        let shownLabel = style.usesColour ? "\u{1B}[1m" + padded + "\u{1B}[0m" : padded
        let blank = String(repeating: " ", count: nameWidth)
        for (i, text) in TextWrap.lines(value, limit: valueWidth, width: w).enumerated() {
          out += (i == 0 ? shownLabel : blank) + " " + v + " " + text + "\n"
        }
      }
    }
    let rows = body.count
    out += "(\(rows) row\(rows == 1 ? "" : "s"))\n"
    return out
  }
}
