// ChartData.swift: which columns of a result a chart draws. Takes a
// ResultTable (and, for `compare`, the columns it knows and each row's
// result); gives a Chart, or says why there is nothing to draw. The rule:
//   value  the last column that holds only numbers (a year column only when
//          no other does): `count`, `sum(value)`, `value`;
//   label  the columns before it, but `id` and `unit`: `area`, `report.place`;
//   unit   a `unit` column, written after each number;
//   point  a label column of years (`year`, `report.year`): the x of lines,
//          the other label columns naming each line.

enum ChartData {
  /// The columns a statement knows it gives (`compare`), instead of the rule.
  struct Columns {
    var labels: [String]
    var point: String?
    var value: String
    /// Per row, the number to draw instead of the value column's (compare's
    /// declines as negative numbers); nil reads the column.
    var values: [Double?]? = nil
    /// Per row, a second number drawn as its own line (compare's result).
    var second: (series: String, values: [Double?])?
  }

  /// The chart of `table`; the error says why nothing can be drawn.
  static func chart(
    from table: ResultTable, style: ChartStyle?, title: String, columns known: Columns? = nil
  ) -> Result<Chart, ChartProblem> {
    let columns: Columns
    if let known {
      columns = known
    } else {
      switch chosenColumns(of: table) {
      case .success(let chosen): columns = chosen
      case .failure(let problem): return .failure(problem)
      }
    }
    func index(_ name: String) -> Int? { table.columns.firstIndex(of: name) }
    guard let value = index(columns.value) else {
      return .failure(.noNumbers(columns: table.columns))
    }
    let unit = index("unit").flatMap { $0 == value ? nil : $0 }
    let labels = columns.labels.compactMap(index)
    let point = columns.point.flatMap(index)
    func number(_ row: [Value]) -> Double? {
      guard value < row.count, case .number(let n) = row[value] else { return nil }
      return n
    }
    func unitText(_ row: [Value]) -> String {
      guard let unit, unit < row.count else { return "" }
      return row[unit].text
    }
    func written(_ n: Double?, _ row: [Value]) -> String {
      n.map { Value.format($0) + unitText(row) } ?? "–"
    }
    func label(_ row: [Value], _ at: Int, without: Int? = nil) -> String {
      let parts = labels.filter { $0 != without && $0 < row.count }.map { row[$0].text }
      let joined = parts.filter { !$0.isEmpty }.joined(separator: " ")
      if !joined.isEmpty || without != nil { return joined }
      if let report = index("report"), report < row.count, !row[report].text.isEmpty {
        return row[report].text
      }
      return (at < table.rowIDs.count ? table.rowIDs[at] : nil) ?? "#\(at + 1)"
    }

    // A list of numbers that does not match the rows is not used: each row
    // reads its own column then.
    let given = columns.values.flatMap { $0.count == table.rows.count ? $0 : nil }
    let numbers = given ?? table.rows.map(number)
    let bars = table.rows.enumerated().map { at, row in
      ChartBar(label: label(row, at), value: numbers[at], text: written(numbers[at], row))
    }
    let units = Set(
      table.rows.indices.filter { numbers[$0] != nil }.map { unitText(table.rows[$0]) })
    let sharedUnit = units.count == 1 ? units.first.flatMap { $0.isEmpty ? nil : $0 } : nil

    // Lines: over the point column's years, one per group and series; without
    // one, a single line over the rows in their order.
    var points: [String] = []
    var lines: [ChartLine] = []
    if let point {
      points = Array(Set(table.rows.map { point < $0.count ? $0[point].text : "" }))
        .filter { !$0.isEmpty }
        .sorted { (Double($0) ?? 0, $0) < (Double($1) ?? 0, $1) }
      var groups: [String] = []
      var rowsByGroup: [String: [Int]] = [:]
      // compare 地区生产总值 gives a growth rate (%) and a level (亿元) per
      // report: one line each, never one line through both.
      let mixed = units.count > 1
      for (at, row) in table.rows.enumerated() {
        let name = label(row, at, without: point)
        let unit = unitText(row)
        let group =
          mixed && !unit.isEmpty
          ? [name, unit].filter { !$0.isEmpty }.joined(separator: " ") : name
        if rowsByGroup[group] == nil { groups.append(group) }
        rowsByGroup[group, default: []].append(at)
      }
      // With compare's results beside them, the values are the targets.
      let first = columns.second == nil ? columns.value : "target"
      let second = columns.second.flatMap { $0.values.count == table.rows.count ? $0 : nil }
      let series = [(first, bars.map(\.value))] + (second.map { [$0] } ?? [])
      for group in groups {
        let members = rowsByGroup[group] ?? []
        for (name, numbers) in series {
          var values: [Double?] = points.map { _ in nil }
          var texts = points.map { _ in "–" }
          for at in members.reversed() {
            let row = table.rows[at]
            guard point < row.count, let x = points.firstIndex(of: row[point].text),
              let n = numbers[at]
            else { continue }
            values[x] = n
            texts[x] = written(n, row)
          }
          // A result series only where the reconciliation gave one.
          guard name == first || values.contains(where: { $0 != nil }) else { continue }
          let unit = members.first.map { unitText(table.rows[$0]) } ?? ""
          lines.append(
            ChartLine(label: group, series: name, unit: unit, values: values, texts: texts))
        }
      }
    } else {
      points = bars.map(\.label)
      lines = [
        ChartLine(
          label: "", series: columns.value, unit: sharedUnit ?? "", values: bars.map(\.value),
          texts: bars.map(\.text))
      ]
    }

    let chosen =
      style
      ?? ((point != nil && !lines.isEmpty
        && lines.allSatisfy { $0.values.compactMap { $0 }.count >= 2 }) ? .line : .bars)
    let labelHeading = labels.map { table.columns[$0] }.joined(separator: " ")
    let groupHeading = labels.filter { $0 != point }.map { table.columns[$0] }
      .joined(separator: " ")
    return .success(
      Chart(
        style: chosen, title: title, labelHeading: labelHeading, valueHeading: columns.value,
        unit: sharedUnit, bars: bars, pointHeading: point.map { table.columns[$0] } ?? "row",
        groupHeading: groupHeading, points: points, lines: lines))
  }

  /// True for a column of years, which labels a point rather than measures.
  static func isYear(_ column: String) -> Bool {
    let name = column.lowercased()
    return name == "year" || name.hasSuffix(".year") || name.hasSuffix("_year")
  }

  /// The rule of this file's header, for a result whose statement names none.
  static func chosenColumns(of table: ResultTable) -> Result<Columns, ChartProblem> {
    let numeric = table.columns.indices.filter { column in
      var sawNumber = false
      for row in table.rows where column < row.count {
        switch row[column] {
        case .number: sawNumber = true
        case .null: continue
        default: return false
        }
      }
      return sawNumber
    }
    let value: Int
    if let measure = numeric.last(where: { !isYear(table.columns[$0]) }) ?? numeric.last {
      value = measure
    } else if table.rows.isEmpty, let last = table.columns.indices.last {
      // No rows, no numbers to look at: the last column, as `count` is.
      value = last
    } else {
      return .failure(.noNumbers(columns: table.columns))
    }
    var labels = table.columns[..<value].filter { $0 != "unit" }
    if labels.count > 1 { labels.removeAll { $0 == "id" } }
    let point = labels.first(where: isYear)
    return .success(Columns(labels: labels, point: point, value: table.columns[value]))
  }
}

extension Chart {
  /// The chart of a result by ChartData's rule: what `chart` alone draws of
  /// the last result, and the shell's `.chart FILE.svg`.
  public static func drawing(_ table: ResultTable, style: ChartStyle? = nil, title: String = "")
    -> Result<Chart, ChartProblem>
  {
    ChartData.chart(from: table, style: style, title: title)
  }
}

/// Why a result cannot be drawn.
public enum ChartProblem: Error, Sendable {
  /// No column holds numbers.
  case noNumbers(columns: [String])

  public var message: String {
    switch self {
    case .noNumbers(let columns):
      let named = columns.isEmpty ? "no columns" : "columns " + columns.joined(separator: ", ")
      return "nothing to chart: no column holds numbers (\(named))"
    }
  }
}
