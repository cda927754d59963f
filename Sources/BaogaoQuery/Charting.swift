// Charting.swift: evaluates `chart`. Runs the statement (or takes the last
// result), keeps its rows, and adds the Chart that ChartData makes of them.
// `compare` knows its columns: labels are place and year, and each target's
// result from the reconciliation is a second series.
import BaogaoGraph

enum Charting {
  static func table(_ plan: ChartPlan, in graph: Graph, previous: ResultTable?)
    throws(QueryError) -> ResultTable
  {
    guard let statement = plan.statement else {
      guard var table = previous else {
        throw .notChartable(
          "nothing to chart yet: 'chart' alone draws the last result; give it a query, "
            + "such as 'chart count targets group by area'", at: plan.span)
      }
      if var chart = table.chart {
        // The last result was a chart: draw it again, in the style asked for.
        if let style = plan.style { chart.style = style }
        table.chart = chart
        return table
      }
      table.chart = try chart(of: table, plan, title: "")
      return table
    }
    var table = try Evaluator.evaluate(statement, in: graph, previous: previous)
    var known: ChartData.Columns?
    if case .compare = statement {
      let place = table.columns.contains("place") ? "place" : "report"
      known = ChartData.Columns(
        labels: [place, "year"].filter(table.columns.contains), point: "year", value: "value",
        values: signedValues(table, in: graph),
        second: ("result", Comparison.results(of: table, in: graph)))
    }
    table.chart = try chart(of: table, plan, title: plan.title, columns: known)
    return table
  }

  static func chart(
    of table: ResultTable, _ plan: ChartPlan, title: String, columns: ChartData.Columns? = nil
  ) throws(QueryError) -> Chart {
    switch ChartData.chart(from: table, style: plan.style, title: title, columns: columns) {
    case .success(let chart): return chart
    case .failure(let problem): throw .notChartable(problem.message, at: plan.span)
    }
  }

  /// Compare's `value` column with declines negative (Comparison.signed);
  /// the table itself keeps the figures as written.
  static func signedValues(_ table: ResultTable, in graph: Graph) -> [Double?] {
    let value = table.columns.firstIndex(of: "value")
    return table.rows.indices.map { at in
      if let id = table.rowIDs[at], let indicator = graph.indicator(id: id) {
        return Comparison.signed(indicator)
      }
      guard let value, value < table.rows[at].count, case .number(let n) = table.rows[at][value]
      else { return nil }
      return n
    }
  }
}
