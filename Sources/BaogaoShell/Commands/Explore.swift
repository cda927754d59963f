// Explore.swift: the shell's reading commands over the graph (`show` is a
// statement of the query language, Show.swift, laid out by NodePage.swift):
//   outline             the section tree of every report
//   text PATH           a section's text (and its subsections'), wrapped
//   search WORD         the sentences that contain WORD
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

  /// Matches listed by `search` at most; the rest are counted.
  static let maxMatches = 200

  /// The words that start an exploring command.
  static let commands: Set<String> = ["outline", "text", "search"]

  /// Runs `words` (the statement split at spaces).
  func run(_ words: [String]) throws(ShellError) -> String {
    let argument = words.dropFirst().joined(separator: " ")
    switch words.first?.lowercased() {
    case "outline": return outline()
    case "text":
      guard !argument.isEmpty else { throw ShellError("usage: text PATH (e.g. text 二.(三))") }
      return try text(path: argument)
    case "search":
      guard !argument.isEmpty else { throw ShellError("usage: search WORD") }
      return search(argument)
    default: throw ShellError("unknown command '\(words.first ?? "")'")
    }
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

  /// Every report's sections as an indented tree, with ids for `show`.
  func outline() -> String {
    var out = ""
    for report in graph.reports {
      out += Render.visible(report.title) + "  " + dim(report.id) + "\n"
      for section in graph.sections where section.report == report.id {
        let depth = min(max(section.level, 1), 12)
        let line =
          String(repeating: "  ", count: depth) + Render.visible(section.path + " " + section.title)
        out +=
          TextWrap.cut(line, limit: max(20, columns - 6), width: width) + "  " + dim(section.id)
          + "\n"
      }
    }
    return out
  }

  /// The text of the section(s) at `path`, subsections included, wrapped.
  func text(path: String) throws(ShellError) -> String {
    let wanted = Explorer.normalisedPath(path)
    let matches = graph.sections.filter {
      Explorer.normalisedPath($0.path) == wanted || $0.id == path
    }
    guard !matches.isEmpty else {
      throw ShellError("no section at '\(path)'; `outline` lists them")
    }
    var out = ""
    for section in matches {
      if graph.reports.count > 1 { out += dim(section.report) + "\n" }
      for part in [section] + descendants(of: section.id) {
        out += Render.visible(part.path + " " + part.title) + "\n"
        for paragraph in part.text.split(separator: "\n") {
          out += wrapped(Render.visible(String(paragraph)), indent: 2)
        }
      }
    }
    return out
  }

  /// Sections below `id`, in document order.
  private func descendants(of id: String) -> [Section] {
    var inside: Set<String> = [id]
    var result: [Section] = []
    for section in graph.sections {
      if let parent = section.parent, inside.contains(parent) {
        inside.insert(section.id)
        result.append(section)
      }
    }
    return result
  }

  /// Full-width and ASCII brackets are equivalent in paths (CONTRACT.md).
  static func normalisedPath(_ path: String) -> String {
    String(path.map { $0 == "（" ? "(" : $0 == "）" ? ")" : $0 == "．" ? "." : $0 })
      .trimmingWhitespace()
  }

  /// Sentences of every section that contain `word`, with their section.
  func search(_ word: String) -> String {
    var out = ""
    var found = 0
    for section in graph.sections {
      for sentence in ReportText.sentences(of: section.text) where sentence.contains(word) {
        found += 1
        guard found <= Explorer.maxMatches else { continue }
        let shown = Render.visible(sentence).replacing(word, with: highlight(word))
        out += dim("\(section.id) \(section.path)") + "\n" + wrapped(shown, indent: 2)
      }
    }
    if found > Explorer.maxMatches { out += "… \(found - Explorer.maxMatches) more\n" }
    out += "(\(found) sentence\(found == 1 ? "" : "s"))\n"
    return out
  }

}
