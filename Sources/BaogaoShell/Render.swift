// Render.swift: result tables as text in each output format.
// Every renderer takes only a ResultTable; widths come from DisplayWidth.
import BaogaoQuery

/// Output formats of query results.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, csv, tsv, markdown, line
}

public enum Render {
  public static func text(
    _ table: ResultTable, as format: OutputFormat, style: TableStyle = TableStyle()
  ) -> String {
    switch format {
    case .table: return boxed(table, style: style)
    case .json: return JSON.array(table.rows.map { row in
        .object(zip(table.columns, row).map { ($0, JSON($1)) })
      }).text(indent: 2) + "\n"
    case .csv: return csv(table)
    case .tsv: return tsv(table)
    case .markdown: return markdown(table)
    case .line: return lines(table, style: style)
    }
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

}
