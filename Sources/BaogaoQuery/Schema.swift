// Schema.swift: the kinds of the query language and their fields.
// One table (SchemaKinds.swift) serves the checker, the evaluator, completion
// and "did you mean" suggestions. This file holds the public face: lookups by
// name, the keyword and operator lists that completion offers, and field values.
import BaogaoGraph

/// The type of a field, which decides how a condition compares it.
public enum FieldType: Sendable, Hashable {
  case text
  case number
  case bool
  /// A list of words (an indicator's qualifiers, a path through several links).
  case list
  /// A list of numbers: a number field read through several links (`indicators.value`).
  case numbers
  /// Id of one node of another kind; compares with that node's name.
  case relation(NodeKind)
  /// Ids of nodes of another kind; compares with their names.
  case relations(NodeKind)

  /// How a message names the type: "a number".
  var summary: String {
    switch self {
    case .text: "text"
    case .number: "a number"
    case .bool: "true or false"
    case .list: "a list of words"
    case .numbers: "a list of numbers"
    case .relation(let kind), .relations(let kind): "a link to \(kind.rawValue) nodes"
    }
  }

  /// True for the types compared and summed as numbers.
  var isNumeric: Bool { self == .number || self == .numbers }

  /// True for the types that hold several items per row.
  var isMultiple: Bool {
    switch self {
    case .list, .numbers, .relations: true
    default: false
    }
  }
}

/// Where a field appears besides queries that name it.
public enum FieldRole: Sendable, Hashable {
  /// A default column: shown by a query that names no columns, written by the
  /// export, listed by `show`.
  case column
  /// Written by the export and listed by `show`, shown by a query only when
  /// named (a section's `kind`, an indicator's `upper`).
  case exported
  /// Derived or long (a sentence, reverse links, a depth): only when named.
  case extra

  /// True for the fields of the export document and of `show`.
  public var isExported: Bool { self != .extra }
}

/// One field of a kind: its name, type and how to read it from a node. Each
/// field of the graph is declared once, in the table of SchemaKinds.swift; the
/// checker, evaluator, completion, `show` and the export all read that table.
public struct FieldSpec: Sendable {
  /// The name as in the export (CONTRACT.md).
  public let name: String
  /// Other names accepted for the field: `place` for `places`.
  public let aliases: [String]
  public let type: FieldType
  public let role: FieldRole
  /// True when the values are names worth suggesting (area, unit, place names),
  /// false for free text (spans) and ids.
  public let suggestsValues: Bool
  /// The field's value on row `index` of its kind, as the export writes it.
  let value: @Sendable (Graph, Int) -> Value
  /// For relations, the texts a condition compares with: the linked nodes' names.
  let names: (@Sendable (Graph, Int) -> [String])?
  /// The kind of node whose ids the field holds: a link's kind, `report` for a
  /// kind's `report`. A field path (`section.path`) goes through it.
  let link: NodeKind?
  /// What a result shows: the value, with ids of links replaced by readable
  /// labels (a section's path, a place's name; Labels.swift).
  let shown: @Sendable (Graph, Int) -> Value

  init(
    name: String, aliases: [String], type: FieldType, role: FieldRole, suggestsValues: Bool,
    value: @escaping @Sendable (Graph, Int) -> Value,
    names: (@Sendable (Graph, Int) -> [String])?, link: NodeKind? = nil,
    shown: (@Sendable (Graph, Int) -> Value)? = nil
  ) {
    self.name = name
    self.aliases = aliases
    self.type = type
    self.role = role
    self.suggestsValues = suggestsValues
    self.value = value
    self.names = names
    self.link = link
    self.shown = shown ?? value
  }
  /// True for numbers that are always whole (a year, a count of mentions), which
  /// a database stores as INTEGER rather than REAL.
  public internal(set) var isWholeNumber = false
  /// True for a relation of the table (SchemaKinds.swift): `value` is ids of
  /// `link` nodes, `shown` the same with each id replaced by its label and
  /// `names` each id's Links.names. A pass over many rows reads them so,
  /// through one NodeLookup (Evaluator.list, FieldIndex.build).
  var labelsLinks = false
  /// For a relation, the ids of its `value` as they are stored, without a
  /// Value per id: what FieldIndex.build reads for each of many rows.
  var linkIDs: (@Sendable (Graph, Int) -> [String])?
  /// For a text field, its text as stored (nil for null), without a Value:
  /// what a pass over many rows reads (Schema.forEachText). Wrapping each
  /// text in a Value and taking it out again was a fifth of a Tab's scan.
  var text: (@Sendable (Graph, Int) -> String?)?

  /// The field's value on row `row` of its kind (relations as ids).
  public func value(in graph: Graph, row: Int) -> Value { value(graph, row) }
}

/// One kind of node: its names, fields and rows.
public struct KindSpec: Sendable {
  /// The canonical, plural name: `targets`.
  public let name: String
  /// Other names accepted: the singular, and `figures` for `indicators`.
  public let aliases: [String]
  public let nodeKind: NodeKind
  public let fields: [FieldSpec]
  /// Number of rows of the kind in a graph.
  let count: @Sendable (Graph) -> Int
  /// Id of a row.
  let id: @Sendable (Graph, Int) -> String

  /// Number of rows of the kind in a graph.
  public func rowCount(in graph: Graph) -> Int { count(graph) }

  /// Id of row `row`.
  public func id(in graph: Graph, row: Int) -> String { id(graph, row) }

  /// The field called `name` or one of its aliases, in any letter case; a
  /// field path (`section.path`) is resolved by `FieldPath.resolve`.
  public func field(named name: String) -> FieldSpec? {
    if name.contains(".") {
      let path = Name(text: name, span: SourceSpan(start: 0, end: 0))
      return try? FieldPath.resolve(path, in: self).get()
    }
    let folded = name.lowercased()
    return fields.first { $0.name == folded || $0.aliases.contains(folded) }
  }

  /// The fields a query shows when it names no columns.
  public var defaultColumns: [FieldSpec] { fields.filter { $0.role == .column } }

  /// The fields the export writes and `show` lists, in the table's order.
  public var exportFields: [FieldSpec] { fields.filter(\.role.isExported) }
}

public enum Schema {
  /// Canonical (plural) kind names, in the order `.schema` lists them.
  public static let kindNames = kinds.map(\.name)

  /// Words with a meaning in the grammar, for completion and highlighting.
  public static let keywords =
    [
      "select", "from", "where", "and", "or", "not", "in", "is", "null", "order", "by", "asc",
      "desc", "limit", "offset", "count", "group", "show", "distinct", "as", "outline", "text",
      "search", "compare", "chart",
    ] + AggregateFunction.allCases.map(\.rawValue).filter { $0 != "count" }

  /// Comparison operators, for completion after a field name.
  public static let operators =
    ComparisonOperator.allCases.map(\.rawValue) + ["in", "is null", "is not null"]

  /// The kind called `name`, its singular or an alias, in any letter case.
  public static func kind(named name: String) -> KindSpec? {
    let folded = name.lowercased()
    return kinds.first { $0.name == folded || $0.aliases.contains(folded) }
  }

  /// The kind whose nodes have this node kind.
  public static func kind(of nodeKind: NodeKind) -> KindSpec? {
    kinds.first { $0.nodeKind == nodeKind }
  }

  /// Fields of a kind, export fields first; nil for an unknown kind. Accepts any
  /// name of the kind (`figures`, `target`).
  public static func fields(ofKind kind: String) -> [String]? {
    Schema.kind(named: kind)?.fields.map(\.name)
  }

  /// Distinct values of a field in the graph, most frequent first (ties in
  /// order of first appearance), for completion. Relations give the linked
  /// nodes' names: what a condition on them compares with. Empty for an unknown
  /// kind or field.
  public static func values(ofField field: String, kind: String, in graph: Graph) -> [String] {
    guard let kindSpec = Schema.kind(named: kind), let spec = kindSpec.field(named: field) else {
      return []
    }
    return FieldIndex.distinctValues(of: spec, in: kindSpec, graph: graph)
  }

  /// The texts a condition on `field` compares with for one row.
  static func texts(of field: FieldSpec, row: Int, in graph: Graph) -> [String] {
    if let names = field.names { return names(graph, row) }
    return field.value(graph, row).texts
  }

  /// `texts(of:row:in:)` one by one, without an array per row, each given
  /// to `body` with `state`: passed in rather than captured, a mutable
  /// capture cost a run-time exclusivity check per text (issue 15).
  static func forEachText<State>(
    of field: FieldSpec, row: Int, in graph: Graph, lookup: NodeLookup? = nil,
    into state: inout State, _ body: (inout State, String) -> Void
  ) {
    if field.labelsLinks, let lookup, let kind = field.link {
      forEachName(
        ofLinks: field.value(graph, row), kind: kind, lookup: lookup, in: graph, into: &state, body)
    } else if let names = field.names {
      for name in names(graph, row) { body(&state, name) }
    } else if let text = field.text {
      if let text = text(graph, row) { body(&state, text) }
    } else {
      field.value(graph, row).forEachText(into: &state, body)
    }
  }
}

extension Schema {
  /// The names of the nodes whose ids `value` holds. The graph is passed down,
  /// not captured: a closure over it copied it, retaining each of its arrays,
  /// once per row.
  static func forEachName<State>(
    ofLinks value: Value, kind: NodeKind, lookup: NodeLookup, in graph: Graph,
    into state: inout State, _ body: (inout State, String) -> Void
  ) {
    switch value {
    case .null: break
    case .list(let items):
      for item in items {
        forEachName(ofLinks: item, kind: kind, lookup: lookup, in: graph, into: &state, body)
      }
    default:
      let id = value.text
      let ref = lookup.ref(of: id, kind: kind, in: graph)
      for name in Links.names(of: id, at: ref, kind: kind, in: graph) { body(&state, name) }
    }
  }
}

extension Value {
  /// The texts a condition compares with: one per list item, none for null.
  var texts: [String] {
    switch self {
    case .null: []
    case .list(let items): items.flatMap(\.texts)
    default: [text]
    }
  }

  /// Each of `texts` in turn, with `state` (Schema.forEachText).
  func forEachText<State>(into state: inout State, _ body: (inout State, String) -> Void) {
    switch self {
    case .null: break
    case .list(let items): for item in items { item.forEachText(into: &state, body) }
    case .string(let text): body(&state, text)
    default: body(&state, text)
    }
  }
}
