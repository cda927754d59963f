// RenderTable.swift: the boxed table and `line` formats for people at a
// terminal, aligned by display width (DisplayWidth.swift).
import BaogaoQuery

extension Render {
  /// Control characters from report text never reach the terminal raw.
  static func visible(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) {
        out += scalar == "\n" ? "↵" : "�"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func boxed(_ table: ResultTable) -> String {
    let header = table.columns
    let body = table.rows.map { $0.map { visible($0.text) } }
    var widths = header.map { DisplayWidth.of($0) }
    for row in body {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], DisplayWidth.of(cell))
      }
    }
    func pad(_ s: String, _ w: Int) -> String {
      s + String(repeating: " ", count: max(0, w - DisplayWidth.of(s)))
    }
    func rule(_ l: String, _ m: String, _ r: String) -> String {
      l + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: m) + r + "\n"
    }
    var out = rule("┌", "┬", "┐")
    out += "│" + zip(header, widths).map { " " + pad($0, $1) + " " }.joined(separator: "│") + "│\n"
    out += rule("├", "┼", "┤")
    for row in body {
      out += "│" + zip(row, widths).map { " " + pad($0, $1) + " " }.joined(separator: "│") + "│\n"
    }
    out += rule("└", "┴", "┘")
    out += "(\(table.rows.count) row\(table.rows.count == 1 ? "" : "s"))\n"
    return out
  }

  static func lines(_ table: ResultTable) -> String {
    let width = table.columns.map { DisplayWidth.of($0) }.max() ?? 0
    var out = ""
    for (n, row) in table.rows.enumerated() {
      if n > 0 { out += "\n" }
      for (column, value) in zip(table.columns, row) {
        out += String(repeating: " ", count: width - DisplayWidth.of(column)) + column + " = "
          + visible(value.text) + "\n"
      }
    }
    return out
  }
}
