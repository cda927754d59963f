// NodePage.swift: `show` of one node (NodeView) laid out for a person (table
// mode) or as one JSON object. The page: the node's fields with links named,
// the section path, the sentence with the span marked (or where the report
// first mentions a named thing), and the neighbours by edge.
import BaogaoQuery

extension Render {
  /// Neighbours listed for each relation and direction at most.
  static let maxNeighbours = 20
  /// Characters of a linked node's name shown beside its id.
  static let maxLinkNameCells = 40
  /// Narrowest text column the page wraps to, whatever the screen.
  static let minPageColumns = 20
  /// Width of the page when the screen's is unknown (a file, a pipe).
  static let defaultPageColumns = 100

  /// The page of a node.
  static func page(_ node: NodeView, style: TableStyle) -> String {
    let columns = style.maxWidth ?? defaultPageColumns
    let width = style.width
    func mark(_ text: String) -> String {
      style.usesColour ? "\u{1B}[1;33m" + text + "\u{1B}[0m" : "[[" + text + "]]"
    }
    func wrapped(_ text: String, indent: Int) -> String {
      let pad = String(repeating: " ", count: indent)
      return TextWrap.lines(text, limit: max(minPageColumns, columns - indent), width: width)
        .map { pad + $0 }.joined(separator: "\n") + "\n"
    }
    var out = "\(visible(node.id))  \(node.kind.rawValue)\n"
    let shown = node.fields.filter { $0.name != "id" && !$0.value.text.isEmpty }
    let nameWidth = shown.map { width.of($0.name) }.max() ?? 0
    for field in shown {
      let label = String(repeating: " ", count: nameWidth - width.of(field.name)) + field.name
      let value =
        field.labels.map { labels in
          labels.map { TextWrap.cut($0, limit: maxLinkNameCells, width: width) }
            .joined(separator: ", ")
        } ?? field.value.text
      let lines = TextWrap.lines(
        visible(value), limit: max(minPageColumns, columns - nameWidth - 4), width: width)
      out +=
        "  " + label + "  "
        + lines.joined(separator: "\n" + String(repeating: " ", count: nameWidth + 4)) + "\n"
    }
    if let path = node.sectionPath { out += "\nsection\n" + wrapped(visible(path), indent: 2) }
    if let mention = node.firstMention {
      out += "\nfirst mentioned in\n" + wrapped(visible(mention.sectionPath), indent: 2)
      let found = visible(mention.found)
      out += wrapped(visible(mention.sentence).replacing(found, with: mark(found)), indent: 2)
    }
    if let sentence = node.sentence, !sentence.isEmpty {
      var shown = visible(sentence)
      if let span = node.span.map(visible), !span.isEmpty, let range = shown.firstRange(of: span) {
        shown.replaceSubrange(range, with: mark(span))
      }
      out += "\nsentence\n" + wrapped(shown, indent: 2)
    }
    if let sentence = node.resultSentence, !sentence.isEmpty {
      var shown = visible(sentence)
      if let span = node.resultSpan.map(visible), !span.isEmpty,
        let range = shown.firstRange(of: span)
      {
        shown.replaceSubrange(range, with: mark(span))
      }
      out += "\nresult sentence\n" + wrapped(shown, indent: 2)
    }
    if !node.neighbours.isEmpty { out += "\nneighbours\n" + neighbours(node, columns, width) }
    return out
  }

  /// `→ I3 (measures)  地区生产总值`, grouped by relation and direction.
  static func neighbours(_ node: NodeView, _ columns: Int, _ width: CellWidth) -> String {
    var out = ""
    let grouped = Dictionary(grouping: node.neighbours) {
      $0.relation.rawValue + " " + ($0.isOutgoing ? "→" : "←")
    }
    for key in grouped.keys.sorted() {
      let group = grouped[key] ?? []
      for neighbour in group.prefix(maxNeighbours) {
        let arrow = neighbour.isOutgoing ? "→" : "←"
        let line = "  \(arrow) \(neighbour.id) (\(neighbour.relation))  " + visible(neighbour.name)
        out += TextWrap.cut(line, limit: max(minPageColumns, columns), width: width) + "\n"
      }
      if group.count > maxNeighbours { out += "    … \(group.count - maxNeighbours) more \(key)\n" }
    }
    return out
  }

  /// The node as one JSON object: its fields as the export writes them, then
  /// `node` (its kind), `in`, `sentence`, `first_mentioned` and `neighbours`.
  static func json(_ node: NodeView) -> JSON {
    var members = node.fields.map { ($0.name, JSON($0.value)) }
    members.append(("node", .string(node.kind.rawValue)))
    members.append(("in", node.sectionPath.map(JSON.string) ?? .null))
    members.append(("sentence", node.sentence.map(JSON.string) ?? .null))
    if node.kind == .reconciliation {
      members.append(("result_sentence", node.resultSentence.map(JSON.string) ?? .null))
    }
    members.append(
      (
        "first_mentioned",
        node.firstMention.map {
          .object([("in", .string($0.sectionPath)), ("sentence", .string($0.sentence))])
        } ?? .null
      ))
    let neighbours = node.neighbours.map { neighbour in
      JSON.object([
        ("direction", .string(neighbour.isOutgoing ? "out" : "in")),
        ("rel", .string(neighbour.relation.rawValue)), ("id", .string(neighbour.id)),
        ("name", .string(neighbour.name)),
      ])
    }
    members.append(("neighbours", .array(neighbours)))
    return .object(members)
  }
}
