// ExportLayout.swift: the export's tables as its writers see them: names,
// columns and how each column is stored. The layouts are read off the schema
// table (Schema.exportTables), which declares every field once, so JSON, JSON
// Lines, CSV and SQLite always carry the same columns.
import BaogaoGraph
import BaogaoQuery

/// How a column's values are stored and written.
enum ColumnStorage: Sendable, Hashable {
  case text
  /// A whole number (a year, a count of mentions): SQLite INTEGER.
  case integer
  /// Any number (a value as written): SQLite REAL.
  case real
  /// true or false: SQLite INTEGER 0 or 1.
  case bool
  /// A list of words or ids: a JSON array (SQLite TEXT).
  case list
  /// The id of a row of the named table.
  case reference(String)
}

struct ExportColumn: Sendable, Hashable {
  let name: String
  let storage: ColumnStorage
}

/// One table of the export: its name and its columns in order.
struct ExportLayout: Sendable, Hashable {
  let name: String
  let columns: [ExportColumn]
  /// The column names as JSON strings, quoted once for every row's keys.
  let quotedNames: [String]

  init(name: String, columns: [ExportColumn]) {
    self.name = name
    self.columns = columns
    quotedNames = columns.map { column in
      var quoted = ""
      JSON.quote(column.name, into: &quoted)
      return quoted
    }
  }

  /// True when the rows have ids (every kind; not the edges).
  var hasID: Bool { columns.first?.name == "id" }

  func column(named name: String) -> ExportColumn? { columns.first { $0.name == name } }
}

extension ExportLayout {
  /// The layouts of every export table, in the document's order.
  static let all: [ExportLayout] = Schema.exportTables.map(ExportLayout.init)

  init(_ table: ExportTable) {
    self.init(
      name: table.name,
      columns: table.fields.map { field in
        ExportColumn(name: field.name, storage: ExportLayout.storage(of: field, in: table.name))
      })
  }

  static func storage(of field: FieldSpec, in table: String) -> ColumnStorage {
    switch field.type {
    case .text:
      // Every node's `report` holds its report's id (CONTRACT.md).
      return field.name == "report" && table != "reports" ? .reference("reports") : .text
    case .number: return field.isWholeNumber ? .integer : .real
    case .bool: return .bool
    case .list, .numbers, .relations: return .list
    case .relation(let kind): return Schema.kind(of: kind).map { .reference($0.name) } ?? .text
    }
  }
}

/// A row as the writers take it: one value per column.
typealias ExportRow = [Value]

extension Value {
  /// The value as one CSV or SQLite text cell: lists as JSON arrays.
  var cellText: String {
    switch self {
    case .list: JSON(self).text()
    default: text
    }
  }
}
