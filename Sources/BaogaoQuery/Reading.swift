// Reading.swift: the statements that read a report's text. `outline` lists
// the sections, `text PATH` gives the paragraphs of a section and of the
// sections inside it, `search WORD` the sentences that contain a word, across
// every loaded report unless `in REPORT` or `where` narrows them. Each row
// carries its section's id, so `show #3` opens the section.
import BaogaoGraph

enum Reading {
  /// Deepest outline level that indents further; deeper ones line up with it.
  static let maxIndent = 8

  static func table(_ plan: ReadingPlan, in graph: Graph) throws(QueryError) -> ResultTable {
    guard let kind = Schema.kind(of: .section) else { return ResultTable(columns: [], rows: []) }
    let sections = Evaluator.rows(of: kind, matching: plan.filter, in: graph).map {
      graph.sections[$0]
    }
    let lead: [String] = plan.showsReport ? ["report"] : []
    var rows: [[Value]] = []
    var ids: [String?] = []
    func add(_ section: Section, _ values: [Value]) {
      rows.append((plan.showsReport ? [.string(section.report)] : []) + values)
      ids.append(section.id)
    }
    // Rows past the limit are never shown: the text is read no further.
    let wanted = plan.limit.map { $0.offset + $0.count } ?? Int.max
    let columns: [String]
    switch plan.command {
    case .outline:
      columns = lead + ["path", "title"]
      for section in sections {
        let depth = min(max(section.level, 1), maxIndent) - 1
        let indent = plan.indents ? String(repeating: "  ", count: depth) : ""
        add(section, [.string(section.path), .string(indent + section.title)])
      }
    case .text:
      guard !sections.isEmpty else {
        throw .noSection(plan.argument, suggestion: nil, at: plan.argumentSpan)
      }
      columns = lead + ["path", "title", "text"]
      return paragraphTable(sections, columns: columns, plan: plan)
    case .search:
      columns = lead + ["path", "sentence"]
      let needle = Array(plan.argument.utf8)
      // Every report's text: the loop Ctrl-C stops (Cancellation).
      for section in sections where rows.count < wanted {
        if Cancellation.stopsNow { break }
        for sentence in ReportText.sentences(
          of: section.text, containing: needle, limit: wanted - rows.count)
        {
          add(section, [.string(section.path), .string(sentence)])
        }
      }
    }
    return Evaluator.limited(
      ResultTable(columns: columns, rows: rows, rowIDs: ids), plan.limit, keepingIDs: true)
  }

  /// `text PATH`: a row per paragraph of each section, made when read. Only
  /// where the paragraphs are is found here (a byte scan of each section):
  /// 1,000 reports give some 23,000 rows, and making their texts was most
  /// of the statement's first run (issue 15).
  static func paragraphTable(_ sections: [Section], columns: [String], plan: ReadingPlan)
    -> ResultTable
  {
    // Per row, its section (a position in `sections`) and paragraph: a range
    // of the section's UTF-8, or the text itself where Characters cut it.
    var found: [(section: Int, paragraph: Paragraph)] = []
    for (at, section) in sections.enumerated() {
      if let ranges = SentenceBytes.paragraphRanges(of: section.text) {
        for range in ranges { found.append((at, .bytes(range))) }
        if ranges.isEmpty { found.append((at, .text(""))) }
      } else {
        let paragraphs = ReportText.paragraphsByCharacter(of: section.text)
        for paragraph in paragraphs.isEmpty ? [""] : paragraphs {
          found.append((at, .text(paragraph)))
        }
      }
    }
    let (showsReport, pieces) = (plan.showsReport, found)
    let table = ResultTable(
      columns: columns,
      rows: ResultList(count: pieces.count) { row in
        let (at, paragraph) = pieces[row]
        let section = sections[at]
        let text: String
        switch paragraph {
        case .bytes(let range): text = SentenceBytes.parts(of: section.text, [range])[0]
        case .text(let made): text = made
        }
        return (showsReport ? [.string(section.report)] : [])
          + [.string(section.path), .string(section.title), .string(text)]
      },
      rowIDs: ResultList(count: pieces.count) { row in sections[pieces[row].section].id })
    return Evaluator.limited(table, plan.limit, keepingIDs: true)
  }

  enum Paragraph {
    case bytes(Range<Int>)
    case text(String)
  }
}
