// Value.swift: the values a query compares and a result holds.

/// A field's value: numbers as numbers, lists as lists, missing as null.
public enum Value: Sendable, Hashable {
  case null
  case number(Double)
  case string(String)
  case bool(Bool)
  case list([Value])

  /// The value as plain text: numbers without a needless `.0`, lists joined by `, `.
  public var text: String {
    switch self {
    case .null: ""
    case .number(let n): Value.format(n)
    case .string(let s): s
    case .bool(let b): b ? "true" : "false"
    case .list(let items): items.map(\.text).joined(separator: ", ")
    }
  }

  /// The numbers the value holds: itself, or a list's number items.
  var numbers: [Double] {
    switch self {
    case .number(let n): [n]
    case .list(let items): items.flatMap(\.numbers)
    default: []
    }
  }

  /// `8.0` → `8`, `8.6` → `8.6`; huge or non-finite numbers as Swift prints them.
  public static func format(_ n: Double) -> String {
    if n.isFinite, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
    return String(n)
  }
}

/// The rows a statement returns, with the column names and, per row, the id of
/// the node it shows (so that `show #3` can open row 3).
public struct ResultTable: Sendable, Hashable {
  public var columns: [String]
  /// Made on demand for a listing (ResultList.swift).
  public var rows: ResultList<[Value]>
  public var rowIDs: ResultList<String?>
  /// For `show` of one node: all about it, which the renderers lay out as a
  /// page (table mode) or one JSON object; the rows are its flat form.
  public var node: NodeView?
  /// For `chart`: what to draw, which the reader's formats and SVG draw
  /// instead of the rows; the other formats print the rows.
  public var chart: Chart?

  public init(columns: [String], rows: [[Value]], rowIDs: [String?] = []) {
    self.init(
      columns: columns, rows: ResultList(rows),
      rowIDs: ResultList(rowIDs.isEmpty ? Array(repeating: nil, count: rows.count) : rowIDs))
  }

  /// Rows and ids of the same count, either held or made.
  public init(columns: [String], rows: ResultList<[Value]>, rowIDs: ResultList<String?>) {
    precondition(rows.count == rowIDs.count, "a row id per row")
    self.columns = columns
    self.rows = rows
    self.rowIDs = rowIDs
  }
}
