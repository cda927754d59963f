// Render.swift: result tables as text in each output format.
// Every renderer takes only a ResultTable; widths come from DisplayWidth.
import BaogaoEscaping
import BaogaoQuery

/// Output formats of query results.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, csv, tsv, markdown, line
  /// Every result drawn as a chart, one SVG document per statement.
  case svg
}

public enum Render {
  public static func text(
    _ table: ResultTable, as format: OutputFormat, style: TableStyle = TableStyle()
  ) -> String {
    // `show` of one node: a page to read, one JSON object; flat formats
    // print its field/value rows.
    if let node = table.node {
      if format == .table { return page(node, style: style) }
      if format == .json { return json(node).text() + "\n" }
    }
    // `chart`: drawn in the reader's formats, at a pipe (tsv, its default)
    // and as SVG; json, csv and markdown print its rows for other tools.
    if let chart = table.chart {
      if [.table, .line, .tsv].contains(format) { return TerminalChart.text(chart, style: style) }
      if format == .svg { return SVGChart.document(chart) }
    }
    switch format {
    case .svg:
      // Results the runner did not chart (the shell's `.tables`): drawn when
      // they hold numbers, else as TSV.
      if case .success(let chart) = Chart.drawing(table) {
        return SVGChart.document(chart)
      }
      return tsv(table, style: style)
    case .table: return boxed(table, style: style)
    case .json: return json(table)
    case .csv: return forScreen(csv(table, style: style), style: style)
    case .tsv: return forScreen(tsv(table, style: style), style: style)
    case .markdown: return forScreen(markdown(table, style: style), style: style)
    case .line: return lines(table, style: style)
    }
  }

  /// CSV, TSV and Markdown keep the data exact for files and pipes; on a
  /// terminal their controls are made visible (table and line do it per cell,
  /// JSON escapes them).
  static func forScreen(_ text: String, style: TableStyle) -> String {
    style.toTerminal ? TerminalText.sanitised(text, breaks: .kept) : text
  }

  /// One JSON array of objects on one line: a run of several statements
  /// prints one line per statement (JSON Lines), and one statement is exactly
  /// one JSON document. Keys are the columns, numbers stay numbers and lists
  /// become arrays.
  static func json(_ table: ResultTable) -> String {
    let objects = table.rows.map { row in
      JSON.object(zip(table.columns, row).map { ($0, JSON($1)) })
    }
    return JSON.array(objects).text() + "\n"
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break.
  /// Works on bytes: "\r\n" is one Character in Swift, so a Character test
  /// for "\n" would miss it and split the record.
  static func csvField(_ s: String) -> String {
    let special = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard special else { return s }
    var out = "\""
    for scalar in s.unicodeScalars {
      if scalar == "\"" { out += "\"" }
      out.unicodeScalars.append(scalar)
    }
    return out + "\""
  }

  static func csv(_ table: ResultTable, style: TableStyle = TableStyle()) -> String {
    var out = style.showsHeader ? table.columns.map(csvField).joined(separator: ",") + "\r\n" : ""
    for row in table.rows {
      out += row.map { csvField(plain($0, style: style)) }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// A value's text for CSV, TSV and Markdown: nulls as `.nullvalue` says.
  static func plain(_ value: Value, style: TableStyle) -> String {
    if case .null = value { return style.nullText }
    return value.text
  }

  /// A TSV field with backslash, tab, newline and carriage return escaped
  /// (`\\ \t \n \r`), and the other C0 controls and DEL as `\x1b`, scalar by
  /// scalar for the same reason as `csvField`.
  static func tsvField(_ s: String) -> String {
    let special = s.utf8.contains { $0 == 0x5C || $0 < 0x20 || $0 == 0x7F }
    guard special else { return s }
    return TSVField.escaped(s)
  }

  static func tsv(_ table: ResultTable, style: TableStyle = TableStyle()) -> String {
    var out = style.showsHeader ? table.columns.map(tsvField).joined(separator: "\t") + "\n" : ""
    for row in table.rows {
      out += row.map { tsvField(plain($0, style: style)) }.joined(separator: "\t") + "\n"
    }
    return out
  }

  /// Characters that Markdown would read as formatting inside a cell; each is
  /// escaped with a backslash so the cell shows the report's text as written.
  static let markdownSpecials: Set<Character> = [
    "\\",  // escape character itself
    "|",  // cell separator
    "*", "_",  // emphasis: section titles start with "*" (dinghai-2018: "*实施创新驱动战略")
    "`",  // code span
    "[", "]",  // links
    "<", ">",  // HTML tags
  ]

  static func markdownCell(_ s: String) -> String {
    var out = ""
    for c in s {
      if c.isNewline {
        out += "<br>"  // a raw newline would end the table row
      } else {
        if markdownSpecials.contains(c) { out += "\\" }
        out.append(c)
      }
    }
    return out
  }

  /// Markdown keeps its header line whatever `.headers` says: without one the
  /// text is no table at all.
  static func markdown(_ table: ResultTable, style: TableStyle = TableStyle()) -> String {
    // A table with no columns would not render as a table at all.
    let columns = table.columns.isEmpty ? [""] : table.columns
    var out = "| " + columns.map(markdownCell).joined(separator: " | ") + " |\n"
    out += "|" + columns.map { _ in " --- |" }.joined() + "\n"
    for row in table.rows {
      out +=
        "| " + row.map { markdownCell(plain($0, style: style)) }.joined(separator: " | ") + " |\n"
    }
    return out
  }

}

/// The escapes of a TSV field: no quotes, so `"` stays; C0 and DEL as `\x1b`.
enum TSVField: BackslashEscapes {
  static let escapesQuote = false
  static func needsCode(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F
  }
  static func code(_ value: UInt32) -> String { "\\x" + TerminalText.hex(value, digits: 2) }
}
