// CheckerReading.swift: the checker's half for the statements that read the
// text (`outline`, `text PATH`, `search WORD`) and for `compare NAME`. Their
// `where` is over sections (over indicators for compare), `in REPORT` names a
// loaded report by id or place, and an unknown path, report or indicator
// name gets the same "did you mean" as a value of `=`.
import BaogaoGraph

extension Checker {
  mutating func check(_ query: ReadingQuery) throws(QueryError) -> ReadingPlan {
    guard let sections = Schema.kind(of: .section) else {
      throw .other("no sections in the schema", at: query.commandSpan, isIncomplete: false)
    }
    var filters: [Filter] = []
    if let report = query.report { filters.append(try reportFilter(report, in: sections)) }
    if let condition = query.filter { filters.append(try check(condition, in: sections)) }
    var argument = ""
    var argumentSpan = query.commandSpan
    if let literal = query.argument {
      argumentSpan = literal.span
      switch query.command {
      case .outline: break
      case .search: argument = Fold.text(literal.text)
      case .text:
        argument = literal.text
        filters.append(try sectionFilter(literal, in: sections))
      }
    }
    let readable = options.hidesSingleReport
    return ReadingPlan(
      command: query.command, argument: argument, argumentSpan: argumentSpan,
      filter: filters.isEmpty ? nil : (filters.count == 1 ? filters[0] : .all(filters)),
      limit: query.limit, showsReport: graph.reports.count > 1 || !readable, indents: readable)
  }

  /// `text PATH`: the sections with this path or title, and those inside
  /// them; a section's id also works (`text S12`).
  mutating func sectionFilter(_ path: Literal, in sections: KindSpec) throws(QueryError) -> Filter {
    guard let field = sections.field(named: "section") else {
      throw .noSection(path.text, suggestion: nil, at: path.span)
    }
    let ref = FieldRef(kind: sections, field: field)
    if let section = graph.section(id: path.text), let report = sections.field(named: "report") {
      return .all([
        .equals(ref, [Fold.text(section.path)]),
        .equals(FieldRef(kind: sections, field: report), [Fold.text(section.report)]),
      ])
    }
    let text: String
    do throws(QueryError) {
      text = try equalityText(path, ref, suggest: true)
    } catch {
      // Worded for a section, not as a value of the hidden `section` field.
      if case .unknownValue(_, _, _, let suggestion, _) = error {
        throw .noSection(path.text, suggestion: suggestion, at: path.span)
      }
      throw error
    }
    let column = FieldIndex.column(of: field, in: sections, graph: graph)
    guard column.rows(withText: text) != nil else {
      throw .noSection(path.text, suggestion: nil, at: path.span)
    }
    return .equals(ref, [text])
  }

  /// `in REPORT`: the nodes of the reports with this id or place.
  func reportFilter(_ literal: Literal, in kind: KindSpec) throws(QueryError) -> Filter {
    guard let field = kind.field(named: "report") else {
      throw .unknownReport(literal.text, suggestion: nil, loaded: [], at: literal.span)
    }
    let ids = try reportIDs(literal)
    return .equals(FieldRef(kind: kind, field: field), Set(ids.map(Fold.text)))
  }

  /// The reports a name stands for: the one with this id, else those of
  /// this place (`in 海拉尔区` is every year of it).
  func reportIDs(_ literal: Literal) throws(QueryError) -> [String] {
    let wanted = Fold.text(literal.text)
    if let report = graph.reports.first(where: { Fold.text($0.id) == wanted }) {
      return [report.id]
    }
    let ofPlace = graph.reports.filter { $0.place.map(Fold.text) == wanted }.map(\.id)
    if !ofPlace.isEmpty { return ofPlace }
    let names = graph.reports.map(\.id) + graph.reports.compactMap(\.place)
    throw .unknownReport(
      literal.text, suggestion: Suggestion.nearest(to: literal.text, among: names),
      loaded: graph.reports.map(\.id), at: literal.span)
  }

  mutating func check(_ query: CompareQuery) throws(QueryError) -> ComparePlan {
    guard let indicators = Schema.kind(of: .indicator), let reports = Schema.kind(of: .report)
    else {
      throw .other("no indicators in the schema", at: query.indicator.span, isIncomplete: false)
    }
    // The canonical name (`indicator`: 生产总值 and 全市生产总值 are one) and
    // the name as written, so a name the synonym table lacks still compares.
    let match = ["indicator", "name"].compactMap { indicators.field(named: $0) }.map {
      FieldRef(kind: indicators, field: $0)
    }
    let name = Fold.text(query.indicator.text)
    let known = match.contains { ref in
      FieldIndex.column(of: ref.field, in: indicators, graph: graph).rows(withText: name) != nil
    }
    if !known {
      // Neither has it: a near value is a typing slip, said as for `=`.
      for ref in match { _ = try equalityText(query.indicator, ref, suggest: true) }
    }
    let filter = try query.filter.map { c throws(QueryError) in try check(c, in: indicators) }
    let ids = try query.report.map { r throws(QueryError) in Set(try reportIDs(r)) }
    let shown = ["place", "level", "year"].compactMap { reports.field(named: $0) }
    return ComparePlan(match: match, name: name, filter: filter, reports: ids, reportFields: shown)
  }
}
