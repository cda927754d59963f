// Schema.swift: the kinds of the query language and their fields.
// One table serves the checker, completion and "did you mean" suggestions.
// (Skeleton: the query module's issue fills in types and relations.)
import BaogaoGraph

public enum Schema {
  /// Canonical (plural) kind names, in the order `.schema` lists them.
  public static let kindNames = [
    "reports", "sections", "indicators", "targets", "places", "projects", "organizations", "junk",
  ]

  /// Fields of a kind, as in the export (CONTRACT.md); nil for an unknown kind.
  public static func fields(ofKind kind: String) -> [String]? {
    switch kind {
    case "reports": ["id", "title", "place", "year", "source"]
    case "sections": ["id", "report", "path", "title", "parent", "area", "part", "kind"]
    case "indicators":
      [
        "id", "report", "section", "name", "value", "unit", "kind", "qualifiers", "part", "span",
        "place",
      ]
    case "targets":
      [
        "id", "report", "section", "area", "span", "main", "indicators", "verb", "projects",
        "places",
      ]
    case "places": ["id", "report", "name", "type", "mentions"]
    case "projects": ["id", "report", "name", "kind", "places", "status"]
    case "organizations": ["id", "report", "name"]
    case "junk": ["id", "report", "text", "reason", "line"]
    default: nil
    }
  }

  /// Distinct values of a field in the graph, most frequent first, for completion.
  public static func values(ofField field: String, kind: String, in graph: Graph) -> [String] {
    []
  }
}
