// CheckerChart.swift: the checker's half for `chart`. Checks the statement
// to draw as any other, and says early when it can give no numbers: `show`
// and the statements that read the text never do, and neither does a list
// whose columns are all text. Results that turn out to hold no numbers are
// found when drawn (Charting.swift).

extension Checker {
  mutating func check(_ query: ChartQuery) throws(QueryError) -> ChartPlan {
    guard let statement = query.statement else {
      return ChartPlan(style: query.style, statement: nil, title: "", span: query.keywordSpan)
    }
    switch statement {
    case .show:
      throw .notChartable(
        "nothing to chart: 'show' gives one node's fields, not numbers; chart a query such as "
          + "'chart count targets group by area'", at: query.statementSpan)
    case .reading(let reading):
      throw .notChartable(
        "nothing to chart: '\(reading.command.rawValue)' gives text, not numbers; chart a query "
          + "such as 'chart count targets group by area'", at: reading.commandSpan)
    default: break
    }
    let plan = try check(statement)
    if case .list(let list) = plan, !list.columns.contains(where: { $0.field.type.isNumeric }) {
      throw .notChartable(
        "nothing to chart: the columns of \(list.kind.name) hold no numbers; choose a number "
          + "column, or count: 'chart count \(list.kind.name) group by FIELD'",
        at: Checker.columnsSpan(of: statement) ?? query.statementSpan)
    }
    return ChartPlan(
      style: query.style, statement: plan, title: query.title, span: query.statementSpan)
  }

  /// From the first chosen column to the last, where a list chose them.
  static func columnsSpan(of statement: Statement) -> SourceSpan? {
    guard case .list(let list) = statement, let columns = list.columns,
      let first = columns.first, let last = columns.last
    else { return nil }
    let end = last.alias?.span.end ?? last.expression.span.end
    return SourceSpan(start: first.expression.span.start, end: end)
  }
}
