// ExportTables.swift: the tables of the export document (CONTRACT.md), in its
// order: one per kind, with the kind's export fields from the schema table
// (SchemaKinds.swift), then the edges. Every export format iterates these, so
// a field added to the schema table reaches JSON, CSV and SQLite alike.
import BaogaoGraph

/// One table of the export: its name, its fields in order, and its rows.
public struct ExportTable: Sendable {
  /// The export's name for it: `targets`, `edges`.
  public let name: String
  public let fields: [FieldSpec]
  let count: @Sendable (Graph) -> Int

  /// Number of rows in a graph; row `i` of each field reads `value(in:row:)`.
  public func rowCount(in graph: Graph) -> Int { count(graph) }
}

extension Schema {
  /// The export's tables: each kind, then `edges`.
  public static let exportTables: [ExportTable] =
    kinds.map { ExportTable(name: $0.name, fields: $0.exportFields, count: $0.count) }
    + [ExportTable(name: "edges", fields: edgeFields, count: { $0.edges.count })]

  /// The fields of an edge. Edges are no kind of the query language: they are
  /// read through the relation fields and `show`.
  static let edgeFields: [FieldSpec] = [
    .text("from", suggests: false) { g, i in g.edges[i].from },
    .text("to", suggests: false) { g, i in g.edges[i].to },
    .text("rel") { g, i in g.edges[i].rel.rawValue },
  ]
}
