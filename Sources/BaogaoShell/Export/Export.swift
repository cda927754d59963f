// Export.swift: the whole graph as the JSON document of CONTRACT.md.
// The lists and their fields come from the schema table (Schema.exportTables),
// so this file names no field.
import BaogaoGraph
import BaogaoQuery

public enum Export {
  /// The export document, lists in the contract's order, every list present.
  public static func json(of graph: Graph) -> JSON {
    .object(
      Schema.exportTables.map { table in
        let rows = (0..<table.rowCount(in: graph)).map { row in
          JSON.object(table.fields.map { ($0.name, JSON($0.value(in: graph, row: row))) })
        }
        return (table.name, .array(rows))
      })
  }
}
