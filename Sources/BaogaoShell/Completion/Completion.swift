// Completion.swift: what Tab offers, by context. Takes the line up to the
// cursor; gives the word being completed and either its replacement or a list
// of candidates. Kinds at the start, fields after where/order by/group by,
// operators after a field, the field's values after an operator, dot-commands
// and their arguments. Pure Swift: EditLine.swift applies the answer.
import BaogaoGraph
import BaogaoQuery

/// One thing Tab may insert, with how often it occurs (for values and kinds).
public struct CompletionCandidate: Sendable, Hashable {
  public var text: String
  public var count: Int?

  public init(_ text: String, count: Int? = nil) {
    self.text = text
    self.count = count
  }
}

/// The answer to one Tab.
public struct Completion: Sendable, Hashable {
  /// What to do with the word before the cursor.
  public enum Action: Sendable, Hashable {
    /// Nothing fits: beep.
    case none
    /// Replace the word with this text (the unique match, or the longer common
    /// prefix of several).
    case replace(String)
    /// Several fit and share nothing longer: show them.
    case list([CompletionCandidate])
  }

  /// The word being completed, as typed (an opening quote included).
  public var word: String
  public var action: Action
}

/// Tab completion over one graph. A class because it caches the values of each
/// field the first time they are asked for: a 1,000-report graph is scanned once.
public final class Completer {
  public let graph: Graph
  /// Dot-command names and what each takes as its argument.
  let dotCommands: [(name: String, argument: DotArgument)]
  private var valueCache: [String: CandidateIndex] = [:]
  private var kindCounts: [String: Int]?

  public init(graph: Graph, dotCommands: [(name: String, argument: DotArgument)]) {
    self.graph = graph
    self.dotCommands = dotCommands
  }

  /// Words that begin a statement besides the kinds (Explore.swift, QueryEngine).
  static let statementWords = [
    "count",  // count KIND [where …] [group by FIELD]
    "show",  // show ID, show #3
    "outline",  // the section tree
    "text",  // text PATH: a section's text
    "search",  // search WORD: sentences that contain it
    "compare",  // compare NAME: one indicator across the reports
    "select",  // select COLUMNS from KIND
    "chart",  // chart [bars|line] STATEMENT: its result drawn
  ]

  /// Keywords that may follow a complete condition.
  static let afterCondition = ["and", "or", "order by", "group by", "limit"]
  /// Keywords that may follow the kind.
  static let afterKind = ["where", "order by", "group by", "limit"]
  /// Keywords that may follow `order by FIELD`.
  static let afterSortField = ["asc", "desc", "limit"]

  /// Completes the last word of `line` (the text before the cursor), as
  /// the user's work: the counting on idle threads waits meanwhile.
  public func complete(_ line: String) -> Completion {
    IdleThread.foreground { completeNow(line) }
  }

  private func completeNow(_ line: String) -> Completion {
    let words = CompletionWords(statementText: QueryEngine.lastStatement(of: line))
    let typed = words.currentTyped
    let matched = candidates(after: words.done, word: words.current).match(words.current)
    guard !matched.isEmpty else { return Completion(word: typed, action: .none) }
    if matched.count == 1 {
      return Completion(word: typed, action: .replace(finish(matched[0].text, words)))
    }
    if let common = Completer.commonPrefix(matched.map(\.text), longerThan: words.current),
      common.count > words.current.count, common.hasPrefix(words.current)
    {
      return Completion(word: typed, action: .replace(quoteIfNeeded(common, words)))
    }
    return Completion(word: typed, action: .list(matched))
  }

  /// A unique match, quoted when needed, with a space after it so that the
  /// next word can be typed at once (not after a directory or a `by`-less word).
  private func finish(_ text: String, _ words: CompletionWords) -> String {
    if words.isFileName { return text.hasSuffix("/") ? text : text + " " }
    return quoteIfNeeded(text, words) + " "
  }

  private func quoteIfNeeded(_ text: String, _ words: CompletionWords) -> String {
    guard words.wantsValue else { return text }
    let needsQuote =
      words.currentQuote != nil || text.isEmpty
      || text.contains(where: {
        $0.isWhitespace || CompletionWords.isOperator($0) || "\";,()".contains($0)
      })
    guard needsQuote else { return text }
    let quote = words.currentQuote ?? "\""
    return String(quote) + text.replacing(String(quote), with: "") + String(quote)
  }

  /// Everything that fits the context, before matching the typed word.
  func candidates(after done: [String], word: String) -> CandidateIndex {
    guard let first = done.first else {
      if word.hasPrefix(".") {
        return CandidateIndex(dotCommands.map { CompletionCandidate("." + $0.name) })
      }
      return CandidateIndex(
        kindCandidates() + Completer.statementWords.map { CompletionCandidate($0) })
    }
    if first.hasPrefix(".") {
      return CandidateIndex(dotArgumentCandidates(command: first, word: word))
    }
    if first.lowercased() == "chart" { return chartCandidates(after: done, word: word) }
    switch first.lowercased() {
    case "count" where done.count == 1: return CandidateIndex(kindCandidates())
    case "text" where done.count == 1: return valueIndex(field: "path", kind: "sections")
    // What `show` opens: node ids and names (NodeCandidates.swift).
    case "show" where done.count == 1: return CandidateIndex.nodes(of: graph)
    case "show", "outline", "search", "text", "compare": return CandidateIndex([])
    case "select": return selectCandidates(after: done, word: word)
    default: break
    }
    let kindIndex = first.lowercased() == "count" ? 1 : 0
    guard kindIndex < done.count, let kind = Completer.kind(named: done[kindIndex]) else {
      return CandidateIndex([])
    }
    return clauseCandidates(after: Array(done[(kindIndex + 1)...]), kind: kind, word: word)
  }

  /// `chart [bars|line] STATEMENT`: the style words, then what starts any
  /// other statement, then that statement's completions.
  private func chartCandidates(after done: [String], word: String) -> CandidateIndex {
    var rest = Array(done.dropFirst())
    let styled = rest.first.map { ChartStyle.words[$0.lowercased()] != nil } ?? false
    if styled { rest.removeFirst() }
    guard rest.isEmpty else { return candidates(after: rest, word: word) }
    let styles = styled ? [] : ChartStyle.allCases.map { CompletionCandidate($0.rawValue) }
    // The statements that give numbers: `show` and the reading ones do not.
    let starts = Completer.statementWords.filter { ["count", "compare", "select"].contains($0) }
    return CandidateIndex(
      styles + kindCandidates() + starts.map { CompletionCandidate($0) })
  }

  /// `select FIELD, … from KIND …`: fields (of every kind: the kind comes
  /// later), then `from`, then kinds, then the clauses of that kind.
  private func selectCandidates(after done: [String], word: String) -> CandidateIndex {
    guard let from = done.lastIndex(where: { $0.lowercased() == "from" }) else {
      let last = done.last ?? ""
      if last.lowercased() == "select" || last == "," {
        return CandidateIndex(
          ([CompletionCandidate("*")] + Completer.allFields.map { CompletionCandidate($0) }))
      }
      return CandidateIndex([CompletionCandidate("from")])
    }
    guard from + 1 < done.count else { return CandidateIndex(kindCandidates()) }
    guard let kind = Completer.kind(named: done[from + 1]) else { return CandidateIndex([]) }
    return clauseCandidates(after: Array(done[(from + 2)...]), kind: kind, word: word)
  }

  /// Field names of every kind, each once, in schema order.
  static let allFields: [String] = {
    var seen: Set<String> = []
    return Schema.kindNames.flatMap { Schema.fields(ofKind: $0) ?? [] }.filter {
      seen.insert($0).inserted
    }
  }()

  /// What may follow the kind: `KIND(FIELD, …)` column lists, then where,
  /// order by, group by and limit (CompletionState.swift).
  private func clauseCandidates(after words: [String], kind: String, word: String)
    -> CandidateIndex
  {
    var words = words
    let fields = Completer.fields(of: kind, word: word)
    if words.first == "(" {
      // Inside the column list until its `)`: the kind's fields.
      guard let close = words.firstIndex(of: ")") else {
        return CandidateIndex(
          words.last == "(" || words.last == ","
            ? fields.map {
              CompletionCandidate($0)
            } : [CompletionCandidate(","), CompletionCandidate(")")])
      }
      words = Array(words[(close + 1)...])
    }
    let state = CompletionState.after(words, kind: kind)
    switch state {
    case .afterKind: return CandidateIndex(Completer.afterKind.map { CompletionCandidate($0) })
    case .expectField:
      return CandidateIndex(fields.map { CompletionCandidate($0) } + [CompletionCandidate("not")])
    case .expectOperator: return CandidateIndex(Schema.operators.map { CompletionCandidate($0) })
    case .expectValue(let field), .inList(let field):
      let (kind, field) = Completer.resolve(path: field, kind: kind)
      return valueIndex(field: field, kind: kind)
    case .afterIs: return CandidateIndex(["null", "not null"].map { CompletionCandidate($0) })
    case .afterCondition:
      return CandidateIndex(Completer.afterCondition.map { CompletionCandidate($0) })
    case .expectBy: return CandidateIndex([CompletionCandidate("by")])
    case .expectSortField: return CandidateIndex(fields.map { CompletionCandidate($0) })
    case .afterSortField:
      return CandidateIndex(Completer.afterSortField.map { CompletionCandidate($0) })
    case .nothing: return CandidateIndex([])
    }
  }

  /// A kind's fields; after `section.` the fields of the kind it links to, as
  /// paths (`section.path`, `report.year`).
  static func fields(of kind: String, word: String) -> [String] {
    let own = Schema.fields(ofKind: kind) ?? []
    guard let dot = word.lastIndex(of: ".") else { return own }
    let head = String(word[..<dot])
    guard let linked = linkedKind(from: kind, through: head) else { return own }
    // The kind may name some paths itself (`report.year`): each once.
    var seen: Set<String> = []
    return (own.filter { $0.hasPrefix(head + ".") } + linked.fields.map { head + "." + $0.name })
      .filter { seen.insert($0).inserted }
  }

  /// The kind a field of `kind` leads to (`section` of targets: sections), or
  /// the kind it names (`report`: reports).
  static func linkedKind(from kind: String, through field: String) -> KindSpec? {
    switch Schema.kind(named: kind)?.field(named: field)?.type {
    case .relation(let linked), .relations(let linked): return Schema.kind(of: linked)
    default: return Schema.kind(named: field)
    }
  }

  /// `section.path` of targets is `path` of sections, for value completion.
  static func resolve(path field: String, kind: String) -> (kind: String, field: String) {
    guard let dot = field.lastIndex(of: "."),
      let linked = linkedKind(from: kind, through: String(field[..<dot]))
    else { return (kind, field) }
    return (linked.name, String(field[field.index(after: dot)...]))
  }

  /// `text.count`, read off the UTF-8 when it is ASCII without a CR (one
  /// Character a byte; CR LF is one Character).
  static func length(of text: String) -> Int {
    text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
  }

  /// The canonical kind name of `target`, `figures`, `TARGETS`: `targets`.
  static func kind(named word: String) -> String? {
    Schema.kind(named: word)?.name
  }

  private func kindCandidates() -> [CompletionCandidate] {
    if kindCounts == nil {
      kindCounts = [
        "reports": graph.reports.count, "sections": graph.sections.count,
        "indicators": graph.indicators.count, "targets": graph.targets.count,
        "places": graph.places.count, "projects": graph.projects.count,
        "organizations": graph.organizations.count, "junk": graph.junk.count,
      ]
    }
    return Schema.kindNames.map { CompletionCandidate($0, count: kindCounts?[$0]) }
  }

  private func dotArgumentCandidates(command: String, word: String) -> [CompletionCandidate] {
    let name = command.dropFirst().lowercased()
    let matches = dotCommands.filter { $0.name.hasPrefix(name) }
    guard let entry = matches.first(where: { $0.name == name }) ?? matches.first,
      matches.count == 1 || matches.contains(where: { $0.name == name })
    else { return [] }
    switch entry.argument {
    case .none: return []
    case .choice(let choices): return choices.map { CompletionCandidate($0) }
    case .kind: return Schema.kindNames.map { CompletionCandidate($0) }
    case .files: return FileNames.candidates(for: word)
    }
  }

  /// Counts the values of every field worth completing (areas, units, names),
  /// so that the first Tab on a field does not pay for it: on a 1,000-report
  /// graph counting one field takes up to a few hundred milliseconds. The
  /// counts live in the graph's memo, which is safe to fill from any thread.
  public static func prepareValues(of graph: Graph) {
    for kind in Schema.kindNames {
      for field in Schema.kind(named: kind)?.fields ?? [] where field.suggestsValues {
        _ = Schema.valueCounts(ofField: field.name, kind: kind, in: graph)
      }
    }
    _ = NodeCandidates.index(of: graph)
  }

  /// Starts `prepareValues` in the background; the shell goes on at once.
  public func prepareValuesInBackground() {
    let graph = self.graph
    IdleThread.start { Completer.prepareValues(of: graph) }
  }

  /// Distinct values of a field with their counts, most frequent first,
  /// indexed once per field: for links, the linked nodes' names.
  public func values(field: String, kind: String) -> [CompletionCandidate] {
    countedIndex(field: field, kind: kind).candidates
  }

  /// The values of a field to match a word against: their index once the
  /// field's values are counted; until then (on a 1,000-report graph the
  /// counting takes longer than a Tab may) a scan of the rows for the word,
  /// while the counting is done on an idle thread (ValueCandidates.swift).
  func valueIndex(field: String, kind: String) -> CandidateIndex {
    guard
      valueCache[Completer.cacheKey(field, kind)] != nil
        || Schema.hasValueCounts(ofField: field, kind: kind, in: graph)
    else {
      let graph = self.graph
      // The counting is begun after the scan, as NodeCandidates.match
      // begins its index: the two would share the memory's bandwidth.
      return CandidateIndex.scanning {
        let found = ValueCandidates.scan($0, field: field, kind: kind, in: graph)
        Schema.prepareValueCounts(ofField: field, kind: kind, in: graph)
        return found
      }
    }
    return countedIndex(field: field, kind: kind)
  }

  private static func cacheKey(_ field: String, _ kind: String) -> String {
    kind + "\u{0}" + field
  }

  /// The index of a field's counted values, built once per field.
  private func countedIndex(field: String, kind: String) -> CandidateIndex {
    let key = Completer.cacheKey(field, kind)
    if let cached = valueCache[key] { return cached }
    let index = CandidateIndex(
      Schema.valueCounts(ofField: field, kind: kind, in: graph).map {
        CompletionCandidate($0.value, count: $0.count)
      })
    valueCache[key] = index
    return index
  }

  /// The longest common prefix, by characters. The common prefix of the
  /// bytes is found first, in one cheap pass: when it is no longer than
  /// `word`, neither is the prefix by characters (for texts in one normal
  /// form, as cleaned report text is), and
  /// thousands of ids (`show T1`) need not be split into Characters.
  static func commonPrefix(_ texts: [String], longerThan word: String) -> String? {
    guard var first = texts.first else { return nil }
    var length = first.utf8.count
    first.withUTF8 { first in
      for var text in texts.dropFirst() where length > 0 {
        text.withUTF8 { text in
          var i = 0
          while i < min(length, text.count) && text[i] == first[i] { i += 1 }
          length = i
        }
      }
    }
    guard length > word.utf8.count else { return nil }
    return commonPrefix(texts)
  }

  /// The longest common prefix, by characters.
  static func commonPrefix(_ texts: [String]) -> String {
    guard var prefix = texts.first.map({ Array($0) }) else { return "" }
    for text in texts.dropFirst() {
      let length = zip(prefix, text).prefix { $0 == $1 }.count
      prefix = Array(prefix.prefix(length))
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }
}

/// What a dot-command takes as its argument, for completion.
public enum DotArgument: Sendable, Hashable {
  case none
  case choice([String])
  case kind
  case files
}
