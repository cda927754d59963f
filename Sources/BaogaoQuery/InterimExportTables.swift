// INTERIM (not to land): stands in for the arch helper's Schema.exportTables
// until it is on main.
import BaogaoGraph

public struct ExportTable: Sendable {
  public let name: String
  public let fields: [FieldSpec]
  let count: @Sendable (Graph) -> Int
  public func rowCount(in graph: Graph) -> Int { count(graph) }
}

extension FieldSpec {
  public func value(in graph: Graph, row: Int) -> Value { value(graph, row) }
  public var isWholeNumber: Bool { ["year", "mentions", "line", "level"].contains(name) }
}

extension Schema {
  static let alsoExported: Set<String> = [
    "sections.part", "sections.kind", "indicators.upper", "places.parent", "organizations.type",
  ]
  public static let exportTables: [ExportTable] =
    kinds.map { kind in
      ExportTable(
        name: kind.name,
        fields: kind.fields.filter {
          $0.isExported || alsoExported.contains(kind.name + "." + $0.name)
        }, count: kind.count)
    }
    + [ExportTable(name: "edges", fields: edgeFields, count: { $0.edges.count })]

  static let edgeFields: [FieldSpec] = [
    .text("from", suggests: false) { g, i in g.edges[i].from },
    .text("to", suggests: false) { g, i in g.edges[i].to },
    .text("rel") { g, i in g.edges[i].rel },
  ]
}
