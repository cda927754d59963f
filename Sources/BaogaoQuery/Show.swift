// Show.swift: `show ID`, one node with everything about it.
// Gives a two-column table (field, value): the node's fields, linked ids with
// their names, the section path it stands in, then its neighbours by edge,
// each row carrying the neighbour's id so that the shell can open it next.
import BaogaoGraph

enum Show {
  /// The node with this id (ids match in any letter case: `show t1`).
  static func table(id: String, span: SourceSpan, in graph: Graph) throws(QueryError) -> ResultTable
  {
    guard let (id, ref) = resolve(id, in: graph), let kind = Schema.kind(of: ref.kind) else {
      throw .unknownID(id, at: span)
    }
    var rows: [[Value]] = []
    var rowIDs: [String?] = []
    func add(_ field: String, _ value: Value, id: String? = nil) {
      rows.append([.string(field), value])
      rowIDs.append(id)
    }
    // Fields read through the node's report (report.place …) belong to the
    // report, which `show` of the report lists.
    for field in kind.fields where !field.name.hasPrefix("report.") {
      var value = field.value(graph, ref.index)
      switch field.type {
      case .relation, .relations:
        // Ids alone say nothing to a reader: show each with its name.
        let items = value.texts.map { Value.string(label(of: $0, in: graph)) }
        if case .relation = field.type, items.count == 1 {
          value = items[0]
        } else {
          value = .list(items)
        }
      default: break
      }
      add(field.name, value)
    }
    if let path = sectionPath(of: id, ref: ref, in: graph) { add("in", .string(path)) }
    for edge in graph.outgoing[id] ?? [] {
      add("→ " + edge.rel, .string(label(of: edge.to, in: graph)), id: edge.to)
    }
    for edge in graph.incoming[id] ?? [] {
      add("← " + edge.rel, .string(label(of: edge.from, in: graph)), id: edge.from)
    }
    return ResultTable(columns: ["field", "value"], rows: rows, rowIDs: rowIDs)
  }

  static func resolve(_ id: String, in graph: Graph) -> (String, NodeRef)? {
    if let ref = graph.byID[id] { return (id, ref) }
    let upper = id.uppercased()
    if let ref = graph.byID[upper] { return (upper, ref) }
    return nil
  }

  /// `P3 金塘镇`: an id and the node's name, cut to a readable length.
  static func label(of id: String, in graph: Graph) -> String {
    guard let name = graph.displayName(id: id) else { return id }
    let short = name.count > 60 ? String(name.prefix(60)) + "…" : name
    return id + " " + short
  }

  /// The titles of the sections a node stands in, outermost first:
  /// `二 2018年工作安排 › 二.(三) 城市建设`.
  static func sectionPath(of id: String, ref: NodeRef, in graph: Graph) -> String? {
    var sectionID: String?
    switch ref.kind {
    case .section: sectionID = graph.sections[ref.index].parent
    case .indicator: sectionID = graph.indicators[ref.index].section
    case .target: sectionID = graph.targets[ref.index].section
    default: return nil
    }
    var parts: [String] = []
    for _ in 0..<Links.maxSectionDepth {
      guard let current = sectionID, let section = graph.section(id: current) else { break }
      parts.append(section.path + " " + section.title)
      sectionID = section.parent
    }
    return parts.isEmpty ? nil : parts.reversed().joined(separator: " › ")
  }
}
