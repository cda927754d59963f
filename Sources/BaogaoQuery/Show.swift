// Show.swift: `show ID`, `show #N` (row N of the previous result) and
// `show NAME`: one node with everything about it (NodeView), or, when several
// nodes have the name, a numbered list of them to pick from with `show #N`.
// The result table holds the node as field/value rows for the flat formats
// (TSV, CSV …), each neighbour's row carrying its id so `show #N` opens it.
import BaogaoGraph

enum Show {
  /// Longest name shown beside an id (`P3 金塘镇`); a target's span is longer.
  static let maxLabelCharacters = 60
  /// Shortest beginning of a name looked for when the whole name is not in
  /// the text (a name put together from a list).
  static let minMentionCharacters = 4

  /// The node `target` names: an id in any letter case (`show t1`), `#N`, or a name.
  static func table(
    _ target: String, span: SourceSpan, previous: ResultTable?, in graph: Graph
  ) throws(QueryError) -> ResultTable {
    if target.hasPrefix("#") {
      return try node(rowID(target, span: span, previous: previous), span: span, in: graph)
    }
    if let found = resolve(target, in: graph) { return table(of: view(found.0, found.1, graph)) }
    let matches = nodes(named: target, in: graph)
    if matches.count == 1 { return try node(matches[0], span: span, in: graph) }
    guard !matches.isEmpty else { throw .unknownID(target, at: span) }
    return ResultTable(
      columns: ["id", "kind", "name"],
      rows: matches.map { id in
        [
          .string(id), .string(graph.byID[id]?.kind.rawValue ?? ""),
          .string(graph.displayName(id: id) ?? ""),
        ]
      }, rowIDs: matches)
  }

  static func node(_ id: String, span: SourceSpan, in graph: Graph) throws(QueryError)
    -> ResultTable
  {
    guard let found = resolve(id, in: graph) else { throw .unknownID(id, at: span) }
    return table(of: view(found.0, found.1, graph))
  }

  /// `#3` → the id of row 3 of the previous result.
  static func rowID(_ target: String, span: SourceSpan, previous: ResultTable?) throws(QueryError)
    -> String
  {
    guard let table = previous else {
      throw QueryError("no result yet to take row \(target) from", at: span)
    }
    guard let n = Int(target.dropFirst()), n >= 1, n <= table.rowIDs.count else {
      throw QueryError("the last result has rows #1 to #\(table.rowIDs.count)", at: span)
    }
    guard let id = table.rowIDs[n - 1] else {
      throw QueryError("row \(target) is not a node", at: span)
    }
    return id
  }

  static func resolve(_ id: String, in graph: Graph) -> (String, NodeRef)? {
    graph.resolve(id: id).map { ($0.id, $0.ref) }
  }

  /// Ids of the nodes whose name (a section's title or path and title) is
  /// `name` in any letter case; failing that, whose name contains it.
  static func nodes(named name: String, in graph: Graph) -> [String] {
    let wanted = name.lowercased()
    var exact: [String] = []
    var containing: [String] = []
    for kind in Schema.kinds {
      for row in 0..<kind.rowCount(in: graph) {
        let id = kind.id(in: graph, row: row)
        var names = [graph.displayName(id: id) ?? ""]
        if kind.nodeKind == .section { names.append(graph.sections[row].title) }
        let folded = names.map { $0.lowercased() }
        if folded.contains(wanted) {
          exact.append(id)
        } else if folded.contains(where: { $0.contains(wanted) }) {
          containing.append(id)
        }
      }
    }
    return exact.isEmpty ? containing : exact
  }

  /// Everything about the node.
  static func view(_ id: String, _ ref: NodeRef, _ graph: Graph) -> NodeView {
    let kind = Schema.kind(of: ref.kind)
    // The export's fields, from the schema table; links with their names.
    let fields = (kind?.exportFields ?? []).map { field in
      let value = field.value(in: graph, row: ref.index)
      switch field.type {
      case .relation, .relations:
        return NodeView.Field(
          name: field.name, value: value, labels: value.texts.map { label(of: $0, in: graph) })
      default:
        return NodeView.Field(name: field.name, value: value, labels: nil)
      }
    }
    var view = NodeView(
      id: id, kind: ref.kind, fields: fields, sectionPath: sectionPath(of: ref, in: graph),
      neighbours: [])
    switch ref.kind {
    case .indicator:
      (view.sentence, view.span) = (
        graph.indicators[ref.index].sentence, graph.indicators[ref.index].span
      )
    case .target:
      (view.sentence, view.span) = (
        graph.targets[ref.index].sentence, graph.targets[ref.index].span
      )
    case .reconciliation:
      let check = graph.reconciliations[ref.index]
      if let target = graph.target(id: check.target) {
        let figure = check.figure.flatMap { graph.indicator(id: $0) }
        (view.sentence, view.span) = (target.sentence, figure?.span ?? target.span)
        view.sectionPath = sectionPath(from: target.section, in: graph)
      }
      if let result = check.result.flatMap({ graph.indicator(id: $0) }) {
        (view.resultSentence, view.resultSpan) = (result.sentence, result.span)
      }
    case .place:
      let place = graph.places[ref.index]
      view.firstMention = firstMention(of: place.name, in: place.report, graph)
    case .project:
      let project = graph.projects[ref.index]
      view.firstMention = firstMention(of: project.name, in: project.report, graph)
    case .organization:
      let organization = graph.organizations[ref.index]
      view.firstMention = firstMention(of: organization.name, in: organization.report, graph)
    default: break
    }
    let (outgoing, incoming) = graph.edges(of: id)
    for edge in outgoing {
      view.neighbours.append(
        .init(
          isOutgoing: true, relation: edge.rel, id: edge.to,
          name: graph.displayName(id: edge.to) ?? ""))
    }
    for edge in incoming {
      view.neighbours.append(
        .init(
          isOutgoing: false, relation: edge.rel, id: edge.from,
          name: graph.displayName(id: edge.from) ?? ""))
    }
    return view
  }

  /// The node as field/value rows: its fields, the section path, its neighbours.
  static func table(of view: NodeView) -> ResultTable {
    var rows: [[Value]] = []
    var rowIDs: [String?] = []
    func add(_ field: String, _ value: Value, id: String? = nil) {
      rows.append([.string(field), value])
      rowIDs.append(id)
    }
    for field in view.fields {
      if let labels = field.labels {
        let isOne: Bool
        if case .string = field.value { isOne = true } else { isOne = false }
        add(
          field.name,
          isOne && labels.count == 1 ? .string(labels[0]) : .list(labels.map(Value.string)))
      } else {
        add(field.name, field.value)
      }
    }
    if let path = view.sectionPath { add("in", .string(path)) }
    if let sentence = view.sentence { add("sentence", .string(sentence)) }
    if let sentence = view.resultSentence { add("result sentence", .string(sentence)) }
    for neighbour in view.neighbours {
      let arrow = neighbour.isOutgoing ? "→ " : "← "
      add(
        arrow + neighbour.relation.rawValue, .string(label(neighbour.id, neighbour.name)),
        id: neighbour.id)
    }
    var table = ResultTable(columns: ["field", "value"], rows: rows, rowIDs: rowIDs)
    table.node = view
    return table
  }

  /// `P3 金塘镇`: an id and the node's name, cut to a readable length.
  static func label(of id: String, in graph: Graph) -> String {
    label(id, graph.displayName(id: id))
  }

  static func label(_ id: String, _ name: String?) -> String {
    guard let name, !name.isEmpty else { return id }
    let short =
      name.count > maxLabelCharacters ? String(name.prefix(maxLabelCharacters)) + "…" : name
    return id + " " + short
  }

  /// The titles of the sections a node stands in, outermost first:
  /// `二 2018年工作安排 › 二.(三) 城市建设`. A section is shown with its own path.
  static func sectionPath(of ref: NodeRef, in graph: Graph) -> String? {
    switch ref.kind {
    case .section: sectionPath(from: graph.sections[ref.index].id, in: graph)
    case .indicator: sectionPath(from: graph.indicators[ref.index].section, in: graph)
    case .target: sectionPath(from: graph.targets[ref.index].section, in: graph)
    default: nil
    }
  }

  /// The path from the top down to section `id`.
  static func sectionPath(from id: String, in graph: Graph) -> String? {
    var sectionID: String? = id
    var parts: [String] = []
    for _ in 0..<Links.maxSectionDepth {
      guard let current = sectionID, let section = graph.section(id: current) else { break }
      parts.append(section.path + " " + section.title)
      sectionID = section.parent
    }
    return parts.isEmpty ? nil : parts.reversed().joined(separator: " › ")
  }

  /// The first sentence of the report that contains `name`, and the text
  /// found. A name put together from a list (金鹰三元锂电池正极材料、科鑫…等项目
  /// gives 金鹰三元锂电池正极材料项目) is not in the text whole: then the
  /// longest beginning of it (`minMentionCharacters` at least) that is.
  static func firstMention(of name: String, in report: String, _ graph: Graph)
    -> NodeView.Mention?
  {
    let characters = Array(name)
    guard !characters.isEmpty else { return nil }
    let sections = graph.sections.indices.filter { graph.sections[$0].report == report }
    let shortest = min(minMentionCharacters, characters.count)
    for length in stride(from: characters.count, through: shortest, by: -1) {
      let needle = String(characters.prefix(length))
      for index in sections where graph.sections[index].text.contains(needle) {
        let sentences = ReportText.sentences(of: graph.sections[index].text)
        if let sentence = sentences.first(where: { $0.contains(needle) }) {
          let path = sectionPath(from: graph.sections[index].id, in: graph) ?? ""
          return NodeView.Mention(sectionPath: path, sentence: sentence, found: needle)
        }
      }
    }
    return nil
  }
}
