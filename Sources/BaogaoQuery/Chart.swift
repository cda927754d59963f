// Chart.swift: what a `chart` statement gives besides its rows: the labels
// and numbers to draw, as horizontal bars and as lines over years. ChartData
// builds it from a result; the shell's renderers draw it (TerminalChart,
// SVGChart) and never look at the rows again.

/// How a chart draws its numbers.
public enum ChartStyle: String, Sendable, Hashable, CaseIterable {
  /// One horizontal bar per row, declines left of the axis.
  case bars
  /// One line (a sparkline row at a terminal) per place and series, over years.
  case line

  /// Words the statement accepts for each style, in any letter case.
  public static let words: [String: ChartStyle] = [
    "bars": .bars,
    "bar": .bars,
    "line": .line,
    "lines": .line,
    "sparkline": .line,  // what the terminal draws for a line
  ]
}

/// One bar: a row's label and number, and the number as the bar's end shows it.
public struct ChartBar: Sendable, Hashable {
  public var label: String
  /// nil for a row without a number (a report with no such figure): its
  /// label stays, so the gap shows.
  public var value: Double?
  /// `43`, `7.5%`, `-2.1%`; `–` without a number.
  public var text: String

  public init(label: String, value: Double?, text: String) {
    self.label = label
    self.value = value
    self.text = text
  }
}

/// One line: a place's (or group's) numbers of one series at each point of
/// the chart's `points`.
public struct ChartLine: Sendable, Hashable {
  /// The group: a place, or the label columns other than the year.
  public var label: String
  /// `target` and `result` for `compare`; the value column's heading otherwise.
  public var series: String
  /// The unit of its numbers: lines of one unit share a scale.
  public var unit: String
  /// One per point of the chart; nil where the group has no number there.
  public var values: [Double?]
  /// The numbers as written (with their unit), one per point.
  public var texts: [String]

  public init(label: String, series: String, unit: String, values: [Double?], texts: [String]) {
    self.label = label
    self.series = series
    self.unit = unit
    self.values = values
    self.texts = texts
  }
}

/// A result drawn as a chart.
public struct Chart: Sendable, Hashable {
  public var style: ChartStyle
  /// The statement as typed: `count targets group by area`.
  public var title: String
  /// What the labels are: `area`, `place year`.
  public var labelHeading: String
  /// What the numbers are: `count`, `value`.
  public var valueHeading: String
  /// The unit every number shares (`%`), nil when they differ or have none.
  public var unit: String?
  /// The bars, one per row, in the result's order.
  public var bars: [ChartBar]
  /// What the points of the lines are: `year`, `report.year`, or `row`.
  public var pointHeading: String
  /// What names each line: the label columns but the point's, `place`.
  public var groupHeading: String
  /// The points of the lines, in order: years, or the rows' labels.
  public var points: [String]
  public var lines: [ChartLine]

  public init(
    style: ChartStyle, title: String, labelHeading: String, valueHeading: String,
    unit: String?, bars: [ChartBar], pointHeading: String, groupHeading: String,
    points: [String], lines: [ChartLine]
  ) {
    self.style = style
    self.title = title
    self.labelHeading = labelHeading
    self.valueHeading = valueHeading
    self.unit = unit
    self.bars = bars
    self.pointHeading = pointHeading
    self.groupHeading = groupHeading
    self.points = points
    self.lines = lines
  }

  /// The value axis's label: `count`, `value (%)`.
  public var valueAxis: String {
    guard let unit, !unit.isEmpty else { return valueHeading }
    return valueHeading + " (" + unit + ")"
  }
}
