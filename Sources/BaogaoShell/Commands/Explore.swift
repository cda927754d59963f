// Explore.swift: the shell's view of one node:
//   show ID | show #N   a node, its section path, its sentence with the span
//                       highlighted, and its neighbours
// (`outline`, `text` and `search` are statements of the query language,
// BaogaoQuery/Reading.swift, so that scripts can run them too.)
// Takes the graph and the screen's width and colour; gives text to print.
import BaogaoGraph
import BaogaoQuery

/// Renders the exploring commands.
struct Explorer {
  var graph: Graph
  /// Cells per line; text is wrapped to it.
  var columns: Int = 80
  var usesColour = false
  var width = CellWidth()

  /// Neighbours listed by `show` for each relation at most.
  static let maxNeighbours = 20

  /// The words that start an exploring command.
  static let commands: Set<String> = ["show"]

  /// Runs `words` (the statement split at spaces); `lastResult` serves `show #N`.
  func run(_ words: [String], lastResult: ResultTable?) throws(ShellError) -> String {
    let argument = words.dropFirst().joined(separator: " ")
    switch words.first?.lowercased() {
    case "show":
      guard !argument.isEmpty else { throw ShellError("usage: show ID, or show #N for row N") }
      return try show(resolve(argument, lastResult: lastResult))
    default: throw ShellError("unknown command '\(words.first ?? "")'")
    }
  }

  /// `#3` → the id of row 3 of the last result; anything else is an id.
  func resolve(_ argument: String, lastResult: ResultTable?) throws(ShellError) -> String {
    guard argument.hasPrefix("#") else { return argument }
    guard let table = lastResult else {
      throw ShellError("no result yet to take row \(argument) from")
    }
    guard let n = Int(argument.dropFirst()), n >= 1, n <= table.rowIDs.count else {
      throw ShellError("the last result has rows #1 to #\(table.rowIDs.count)")
    }
    guard let id = table.rowIDs[n - 1] else { throw ShellError("row \(argument) is not a node") }
    return id
  }

  private func highlight(_ text: String) -> String {
    usesColour ? "\u{1B}[1;33m" + text + "\u{1B}[0m" : "[[" + text + "]]"
  }

  /// Ids and paths come from file names: made visible like report text.
  private func dim(_ text: String) -> String {
    let text = Render.visible(text)
    return usesColour ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
  }

  /// Wraps text (already made visible) to the screen with an indent.
  private func wrapped(_ text: String, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    return TextWrap.lines(text, limit: max(20, columns - indent), width: width)
      .map { pad + $0 }.joined(separator: "\n") + "\n"
  }

  /// The path of a section from the top: `二 产业发展 › 二.(三) 城市建设`.
  func sectionPath(_ id: String) -> String {
    var names: [String] = []
    var current: String? = id
    var steps = 0
    // Bounded: a malformed parent chain must not loop forever.
    while let sid = current, let section = graph.section(id: sid), steps < 64 {
      names.append(section.path + " " + section.title)
      current = section.parent
      steps += 1
    }
    return names.reversed().joined(separator: " › ")
  }

  func show(_ id: String) throws(ShellError) -> String {
    guard let node = NodeFields(id: id, in: graph) else {
      let known = graph.byID.keys.filter { $0.lowercased() == id.lowercased() }
      let hint = known.first.map { "; did you mean \($0)?" } ?? ""
      throw ShellError("no node with id '\(id)'\(hint)")
    }
    var out = "\(id)  \(node.kind.rawValue)\n"
    let nameWidth = node.fields.map { width.of($0.name) }.max() ?? 0
    for (name, value) in node.fields where name != "id" && !value.isEmpty {
      let label = String(repeating: " ", count: nameWidth - width.of(name)) + name + "  "
      let value = name == "report" ? value : named(value)
      let lines = TextWrap.lines(
        Render.visible(value), limit: max(20, columns - nameWidth - 4), width: width)
      out +=
        "  " + label + lines.joined(separator: "\n" + String(repeating: " ", count: nameWidth + 4))
        + "\n"
    }
    if let section = node.section {
      out += "\nsection\n" + wrapped(Render.visible(sectionPath(section)), indent: 2)
    }
    if node.sentence == nil, let name = node.mentionedName, let report = node.report,
      let first = firstMention(of: name, in: report)
    {
      out +=
        "\nfirst mentioned in\n" + wrapped(Render.visible(sectionPath(first.section)), indent: 2)
      let shown = Render.visible(first.sentence).replacing(
        Render.visible(first.found), with: highlight(Render.visible(first.found)))
      out += wrapped(shown, indent: 2)
    }
    if let sentence = node.sentence, !sentence.isEmpty {
      var shown = Render.visible(sentence)
      if let span = node.span.map(Render.visible), !span.isEmpty,
        let range = shown.firstRange(of: span)
      {
        shown.replaceSubrange(range, with: highlight(span))
      }
      out += "\nsentence\n" + wrapped(shown, indent: 2)
    }
    let outgoing = graph.outgoing[id] ?? []
    let incoming = graph.incoming[id] ?? []
    if !outgoing.isEmpty || !incoming.isEmpty {
      out += "\nneighbours\n"
      out += neighbours(outgoing.map { ($0.rel, $0.to, "→") })
      out += neighbours(incoming.map { ($0.rel, $0.from, "←") })
    }
    return out
  }

  /// `I72, P3` → `I72 改造, P3 金塘`: links read with their names.
  private func named(_ value: String) -> String {
    let ids = value.split(separator: ",").map { String($0).trimmingWhitespace() }
    guard !ids.isEmpty, ids.allSatisfy({ graph.byID[$0] != nil }) else { return value }
    return ids.map { id in
      graph.displayName(id: id).map { id + " " + TextWrap.cut($0, limit: 40, width: width) } ?? id
    }.joined(separator: ", ")
  }

  /// The first sentence of the report that contains `name`, its section, and
  /// the text found. A name put together from a list (金鹰三元锂电池正极材料、
  /// 科鑫…等项目 gives 金鹰三元锂电池正极材料项目) is not in the text whole: then
  /// the longest beginning of it (4 characters at least) that is.
  func firstMention(of name: String, in report: String)
    -> (section: String, sentence: String, found: String)?
  {
    let characters = Array(name)
    guard !characters.isEmpty else { return nil }
    let sections = graph.sections.filter { $0.report == report }
    for length in stride(from: characters.count, through: min(4, characters.count), by: -1) {
      let needle = String(characters.prefix(length))
      for section in sections where section.text.contains(needle) {
        if let sentence = Explorer.sentences(of: section.text).first(where: { $0.contains(needle) })
        {
          return (section.id, sentence, needle)
        }
      }
    }
    return nil
  }

  private func neighbours(_ edges: [(rel: String, id: String, arrow: String)]) -> String {
    var out = ""
    let grouped = Dictionary(grouping: edges, by: { $0.rel + " " + $0.arrow })
    for key in grouped.keys.sorted() {
      let group = grouped[key] ?? []
      for edge in group.prefix(Explorer.maxNeighbours) {
        let name = graph.displayName(id: edge.id).map(Render.visible) ?? ""
        let line = "  \(edge.arrow) \(edge.id) (\(edge.rel))  " + name
        out += TextWrap.cut(line, limit: max(20, columns), width: width) + "\n"
      }
      if group.count > Explorer.maxNeighbours {
        out += "    … \(group.count - Explorer.maxNeighbours) more \(key)\n"
      }
    }
    return out
  }

  static func sentences(of text: String) -> [String] { Sentences.of(text) }
}
