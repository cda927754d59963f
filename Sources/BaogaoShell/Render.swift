// Render.swift: result tables as text in each output format.
// Every renderer takes only a ResultTable; widths come from DisplayWidth.
import BaogaoQuery

/// Output formats of query results.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, csv, tsv, markdown, line
}

public enum Render {
  public static func text(_ table: ResultTable, as format: OutputFormat) -> String {
    switch format {
    case .table: return boxed(table)
    case .json: return JSON.array(table.rows.map { row in
        .object(zip(table.columns, row).map { ($0, JSON($1)) })
      }).text(indent: 2) + "\n"
    case .csv: return csv(table)
    case .tsv: return tsv(table)
    case .markdown: return markdown(table)
    case .line: return lines(table)
    }
  }

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

  static func csvField(_ s: String) -> String {
    if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }
    return s
  }

  static func csv(_ table: ResultTable) -> String {
    var out = table.columns.map(csvField).joined(separator: ",") + "\r\n"
    for row in table.rows { out += row.map { csvField($0.text) }.joined(separator: ",") + "\r\n" }
    return out
  }

  static func tsvField(_ s: String) -> String {
    s.replacing("\\", with: "\\\\").replacing("\t", with: "\\t").replacing("\n", with: "\\n")
      .replacing("\r", with: "\\r")
  }

  static func tsv(_ table: ResultTable) -> String {
    var out = table.columns.map(tsvField).joined(separator: "\t") + "\n"
    for row in table.rows { out += row.map { tsvField($0.text) }.joined(separator: "\t") + "\n" }
    return out
  }

  static func markdown(_ table: ResultTable) -> String {
    func cell(_ s: String) -> String {
      s.replacing("|", with: "\\|").replacing("\n", with: "<br>")
    }
    var out = "| " + table.columns.map(cell).joined(separator: " | ") + " |\n"
    out += "|" + table.columns.map { _ in " --- |" }.joined() + "\n"
    for row in table.rows { out += "| " + row.map { cell($0.text) }.joined(separator: " | ") + " |\n" }
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
