// FieldPath.swift: fields read through links, `section.path`, `report.year`,
// `indicators.value`, `projects.name`. The head of a path is a field that
// holds ids (a link, or a kind's `report`); the rest is a field of the linked
// kind, itself possibly a path (`section.parent.title`). Through a link to
// several nodes the path gives one item per node, and a condition on it
// holds when any item does, like any list field.
import BaogaoGraph

enum FieldPath {
  /// Most links a path may go through: real paths have one or two, and a
  /// bound keeps a generated `parent.parent.….parent` from nesting closures
  /// without end.
  static let maxLinks = 8

  /// The field a dotted name stands for in `kind`, or the error to report.
  static func resolve(_ name: Name, in kind: KindSpec) -> Result<FieldSpec, QueryError> {
    let parts = name.text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard parts.count <= maxLinks + 1 else {
      return .failure(
        .other(
          "field path '\(name.text)' goes through more than \(maxLinks) links", at: name.span,
          isIncomplete: false))
    }
    return resolve(parts[...], in: kind, name: name)
  }

  static func resolve(_ parts: ArraySlice<String>, in kind: KindSpec, name: Name)
    -> Result<FieldSpec, QueryError>
  {
    guard let first = parts.first else { return .failure(unknown(name, "", in: kind)) }
    guard let head = kind.fields.first(where: { $0.matches(first) }) else {
      return .failure(unknown(name, first, in: kind))
    }
    let rest = parts.dropFirst()
    guard !rest.isEmpty else { return .success(head) }
    guard let link = head.link, let linked = Schema.kind(of: link) else {
      let message =
        "'\(head.name)' of \(kind.name) is \(head.type.summary), not a link; "
        + "a path such as 'section.path' starts with a link"
      return .failure(.other(message, at: name.span, isIncomplete: false))
    }
    switch resolve(rest, in: linked, name: name) {
    case .failure(let error): return .failure(error)
    case .success(let tail): return .success(compose(head, tail, linked: linked))
    }
  }

  /// The unknown-field error for part `part` of a path, with the nearest
  /// field of the kind it was looked up in.
  static func unknown(_ name: Name, _ part: String, in kind: KindSpec) -> QueryError {
    let names = kind.fields.flatMap { [$0.name] + $0.aliases }
    let suggestion = Suggestion.nearest(to: part, among: names).flatMap { nearest in
      kind.fields.first { $0.matches(nearest) }?.name
    }
    // Point at the whole path, and suggest the whole path with the part mended.
    let prefix = name.text.count > part.count ? String(name.text.dropLast(part.count)) : ""
    return .unknownField(
      part.isEmpty ? name.text : part, kind: kind.name, suggestion: suggestion.map { prefix + $0 },
      fields: listed(kind), at: name.span)
  }

  /// The fields an unknown-field message lists: the kind's own, and
  /// `report.*` for the report's fields every kind reads through `report`.
  static func listed(_ kind: KindSpec) -> [String] {
    let reportLink = kind.fields.contains { $0.name == "report" && $0.link == .report }
    return kind.fields.map(\.name) + (reportLink && kind.nodeKind != .report ? ["report.*"] : [])
  }

  /// `head.tail`: `tail` read on the nodes whose ids `head` holds.
  static func compose(_ head: FieldSpec, _ tail: FieldSpec, linked: KindSpec) -> FieldSpec {
    let headValue = head.value
    let nodeKind = linked.nodeKind
    @Sendable func rows(_ graph: Graph, _ row: Int) -> [Int] {
      headValue(graph, row).texts.compactMap { graph.index(of: $0, kind: nodeKind) }
    }
    let multiple = head.type.isMultiple
    let type: FieldType = multiple ? plural(of: tail.type) : tail.type
    let tailValue = tail.value
    let tailShown = tail.shown
    @Sendable func gather(_ read: @escaping @Sendable (Graph, Int) -> Value)
      -> @Sendable (Graph, Int) -> Value
    {
      { graph, row in
        let linkedRows = rows(graph, row)
        guard multiple else { return linkedRows.first.map { read(graph, $0) } ?? .null }
        return .list(
          linkedRows.flatMap { linkedRow -> [Value] in
            let value = read(graph, linkedRow)
            if case .list(let items) = value { return items }
            return value == .null ? [] : [value]
          })
      }
    }
    return FieldSpec(
      name: head.name + "." + tail.name, aliases: [], type: type, role: .extra,
      suggestsValues: tail.suggestsValues, value: gather(tailValue),
      names: { graph, row in
        rows(graph, row).flatMap { Schema.texts(of: tail, row: $0, in: graph) }
      }, link: tail.link, shown: gather(tailShown))
  }

  /// The type of a field read on several nodes.
  static func plural(of type: FieldType) -> FieldType {
    switch type {
    case .number, .numbers: .numbers
    case .relation(let kind), .relations(let kind): .relations(kind)
    case .text, .bool, .list: .list
    }
  }
}

extension FieldSpec {
  /// True when `name` (any letter case) is the field's name or an alias.
  func matches(_ name: String) -> Bool {
    let folded = name.lowercased()
    return self.name == folded || aliases.contains(folded)
  }
}
