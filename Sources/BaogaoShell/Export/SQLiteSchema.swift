// SQLiteSchema.swift: the SQL of `export --sqlite`, made from the layouts: a
// table per kind with typed columns and foreign keys, `nodes` (every id, for
// the edges' foreign keys), `edges`, indexes, and the views `main_targets`
// and `reconciliation`. A column the schema does not have yet is NULL in the
// views, so they work before and after a field is added.

enum SQLiteSchema {
  /// Every id of every kind, so that `edges` can reference any node.
  static let nodesTable = "nodes"

  static func quoted(_ name: String) -> String {
    var out = "\""
    for character in name { out += character == "\"" ? "\"\"" : String(character) }
    return out + "\""
  }

  static func type(of storage: ColumnStorage) -> String {
    switch storage {
    case .text, .list: "TEXT"
    case .integer, .bool: "INTEGER"
    case .real: "REAL"
    case .reference: "TEXT"
    }
  }

  static func createTable(_ layout: ExportLayout) -> String {
    var columns: [String] = []
    for column in layout.columns {
      var definition = quoted(column.name) + " " + type(of: column.storage)
      if column.name == "id" { definition += " PRIMARY KEY NOT NULL" }
      if case .reference(let table) = column.storage {
        definition += " REFERENCES " + quoted(table) + "(id)"
      }
      columns.append(definition)
    }
    // Edges link any two nodes: their ends reference `nodes`.
    if !layout.hasID {
      for name in ["from", "to"] where layout.column(named: name) != nil {
        let index = columns.firstIndex { $0.hasPrefix(quoted(name) + " ") }!
        columns[index] += " NOT NULL REFERENCES " + quoted(nodesTable) + "(id)"
      }
    }
    return "CREATE TABLE \(quoted(layout.name)) (\n  "
      + columns.joined(separator: ",\n  ") + "\n);"
  }

  static let createNodes =
    "CREATE TABLE \(quoted(nodesTable)) (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL);"

  static func insert(_ layout: ExportLayout) -> String {
    let names = layout.columns.map { quoted($0.name) }.joined(separator: ", ")
    let marks = Array(repeating: "?", count: layout.columns.count).joined(separator: ", ")
    return "INSERT INTO \(quoted(layout.name)) (\(names)) VALUES (\(marks));"
  }

  static let insertNode = "INSERT INTO \(quoted(nodesTable)) (id, kind) VALUES (?, ?);"

  /// Columns worth an index: the report, names, canonical indicators, links.
  static func indexes(_ layouts: [ExportLayout]) -> [String] {
    var statements: [String] = []
    for layout in layouts {
      for column in layout.columns where column.name != "id" {
        let wanted: Bool
        switch column.storage {
        case .reference: wanted = true
        default: wanted = ["name", "indicator", "from", "to", "rel"].contains(column.name)
        }
        guard wanted else { continue }
        let index = quoted(layout.name + "_" + column.name)
        statements.append(
          "CREATE INDEX \(index) ON \(quoted(layout.name)) (\(quoted(column.name)));")
      }
    }
    return statements
  }

  /// The views, written against whatever columns the layouts have.
  static func views(_ layouts: [ExportLayout]) -> [String] {
    let tables = Tables(layouts)
    var views: [String] = []
    if tables.has("targets", "main"), tables.has("indicators", "id") {
      views.append(mainTargets(tables))
    }
    if tables.has("reconciliations", "target"), tables.has("targets", "id") {
      views.append(reconciliation(tables))
    }
    return views
  }

  /// One row per indicator of a main target (主要预期目标), with its report's
  /// place, level and year; a main target with no figure gives one row of NULLs.
  static func mainTargets(_ t: Tables) -> String {
    let columns =
      [("target", "t.id"), ("report", t.column("t", "targets", "report"))]
      + t.columns("r", "reports", ["place", "code", "level", "province", "year"])
      // The canonical indicator, else the name as written.
      + [("indicator", t.column("i", "indicators", "indicator", else: "name"))]
      + t.columns(
        "i", "indicators",
        ["name", "scope", "value", "upper", "unit", "qualifiers", "direction", "amount", "kind"])
      + [("figure", "i.id"), ("span", t.column("t", "targets", "span"))]
    return """
      CREATE VIEW main_targets AS
      SELECT \(select(columns))
      FROM targets AS t
      LEFT JOIN json_each(t.indicators) AS link
      LEFT JOIN indicators AS i ON i.id = link.value
      LEFT JOIN reports AS r ON r.id = t.report
      WHERE t.main = 1;
      """
  }

  /// Each reconciliation with its target (report, place, year, the planned
  /// figure as written) beside the result and the verdict. Columns the
  /// reconciliations table has beyond these (a gap, say) follow.
  static func reconciliation(_ t: Tables) -> String {
    // The planned figure: a reconciliation's own link to it when the schema
    // has one, else the target's first figure.
    let links = t.columns("reconciliations").filter {
      $0.storage == .reference("indicators") && $0.name != "result"
    }
    let planned =
      links.first.map { "p.id = c." + quoted($0.name) }
      ?? "p.id = json_extract(t.indicators, '$[0]')"
    var columns =
      [("id", "c.id"), ("report", t.column("t", "targets", "report"))]
      + t.columns("r", "reports", ["place", "code", "level", "year"])
      + [
        ("target", "c.target"), ("target_span", t.column("t", "targets", "span")),
        ("indicator", t.column("p", "indicators", "indicator", else: "name")),
      ]
      + t.columns("p", "indicators", ["value", "upper", "unit", "qualifiers"], as: "target_")
      + [("result", t.column("c", "reconciliations", "result"))]
      + t.columns("o", "indicators", ["report", "value", "unit", "span"], as: "result_")
      + [("verdict", t.column("c", "reconciliations", "verdict"))]
    let shown = Set(columns.map(\.0))
    for column in t.columns("reconciliations") where !shown.contains(column.name) {
      if links.first?.name == column.name { continue }
      columns.append((column.name, "c." + quoted(column.name)))
    }
    return """
      CREATE VIEW reconciliation AS
      SELECT \(select(columns))
      FROM reconciliations AS c
      LEFT JOIN targets AS t ON t.id = c.target
      LEFT JOIN reports AS r ON r.id = t.report
      LEFT JOIN indicators AS p ON \(planned)
      LEFT JOIN indicators AS o ON o.id = c.result;
      """
  }

  private static func select(_ columns: [(String, String)]) -> String {
    columns.map { "\($0.1) AS \(quoted($0.0))" }.joined(separator: ",\n  ")
  }

  /// The layouts by table name, to ask which columns exist.
  struct Tables {
    private let layouts: [String: ExportLayout]

    init(_ layouts: [ExportLayout]) {
      self.layouts = Dictionary(layouts.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func has(_ table: String, _ column: String) -> Bool {
      layouts[table]?.column(named: column) != nil
    }

    func columns(_ table: String) -> [ExportColumn] { layouts[table]?.columns ?? [] }

    /// `alias."column"` when the table has the column (else `fallback`'s), NULL otherwise.
    func column(_ alias: String, _ table: String, _ column: String, else fallback: String? = nil)
      -> String
    {
      if has(table, column) { return alias + "." + SQLiteSchema.quoted(column) }
      if let fallback, has(table, fallback) { return alias + "." + SQLiteSchema.quoted(fallback) }
      return "NULL"
    }

    /// View columns that show `names` of `table` (as `alias`), each under
    /// its name after `prefix`: `("target_value", "p.\"value\"")`.
    func columns(_ alias: String, _ table: String, _ names: [String], as prefix: String = "")
      -> [(String, String)]
    {
      names.map { (prefix + $0, column(alias, table, $0)) }
    }
  }
}
