// TerminalChart.swift: a Chart as lines of text for a terminal or a pipe.
// Bars: labels aligned by display width (Chinese 2 cells), every bar starting
// in one column, the number at the bar's end, declines left of an axis,
// scaled to the width (the terminal's; `$COLUMNS` or 80 in a pipe). Lines: a
// sparkline row per place and series, on one scale. Colour only when the
// style says so (a terminal without NO_COLOR).
import BaogaoQuery

enum TerminalChart {
  /// Width when no terminal gives one (a pipe, a file), without `$COLUMNS`:
  /// what most terminals open at.
  static let defaultColumns = 80
  /// Cells the bars get however narrow the screen: below this a bar cannot
  /// tell 40 from 43, and the line may as well wrap.
  static let minBarCells = 10
  /// Labels take at most this share of the width (1/N); longer ones are cut.
  static let labelShare = 3

  /// The glyphs a chart draws with. Block elements are East Asian
  /// "ambiguous": where they take 2 cells (BAOGAO_AMBIGUOUS_WIDE) the chart
  /// falls back to ASCII, as the table's borders do.
  struct Glyphs {
    var full: String
    /// Eighths of a cell, left-aligned: index N is N/8 of a cell.
    var eighths: [String]
    var axis: String
    /// Sparkline levels, lowest first.
    var levels: [String]

    static let blocks = Glyphs(
      full: "█", eighths: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"], axis: "│",
      levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])
    static let ascii = Glyphs(
      full: "#", eighths: [""], axis: "|", levels: ["_", ".", "-", "~", "=", "+", "*", "#"])
  }

  /// SGR colours: bars that rise, bars that fall, and a second series.
  static let rising = "\u{1B}[36m"
  static let falling = "\u{1B}[31m"
  static let secondSeries = "\u{1B}[33m"
  static let bold = "\u{1B}[1m"
  static let reset = "\u{1B}[0m"

  static func text(_ chart: Chart, style: TableStyle) -> String {
    switch chart.style {
    case .bars: bars(chart, style: style)
    case .line: sparklines(chart, style: style)
    }
  }

  /// The width to fill: the terminal's, else `$COLUMNS`, else 80.
  static func columns(_ style: TableStyle) -> Int {
    if let width = style.maxWidth { return width }
    if let text = Terminal.environment("COLUMNS"), let width = Int(text), width > 0 {
      return width
    }
    return defaultColumns
  }

  static func painted(_ text: String, _ colour: String, _ style: TableStyle) -> String {
    style.usesColour && !text.isEmpty ? colour + text + reset : text
  }

  static func padded(_ text: String, to cells: Int, _ width: CellWidth) -> String {
    text + String(repeating: " ", count: max(0, cells - width.of(text)))
  }

  static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }

  /// Without spaces at the end; the ones at the start align the line.
  static func trimmedEnd(_ text: String) -> String {
    var text = Substring(text)
    while text.last == " " { text.removeLast() }
    return String(text)
  }

  /// Labels cut to the label column, and the column's width.
  static func labelColumn(_ labels: [String], total: Int, _ width: CellWidth) -> ([String], Int) {
    let shown = labels.map(Render.visible)
    let cells = min(shown.map { width.of($0) }.max() ?? 0, max(4, total / labelShare))
    return (shown.map { TextWrap.cut($0, limit: cells, width: width) }, cells)
  }

  // MARK: bars

  /// ```
  /// area      count
  /// 城市建设  ████████████████████████████████████████ 43
  /// 经济发展  █████████████████████▍ 23
  /// ```
  /// With declines, an axis: `-2.1 ███│` and `│██████ 7.5`.
  static func bars(_ chart: Chart, style: TableStyle) -> String {
    let width = style.width
    let glyphs = width.ambiguousIsWide ? Glyphs.ascii : Glyphs.blocks
    let total = columns(style)
    guard !chart.bars.isEmpty else { return "(no rows to chart)\n" }
    let (labels, labelCells) = labelColumn(chart.bars.map(\.label), total: total, width)
    let texts = chart.bars.map { Render.visible($0.text) }
    let values = chart.bars.compactMap(\.value)
    let rise = max(0, values.max() ?? 0)
    let fall = max(0, -(values.min() ?? 0))
    let hasAxis = fall > 0
    func textCells(_ falling: Bool) -> Int {
      chart.bars.indices.filter { ((chart.bars[$0].value ?? 0) < 0) == falling }
        .map { width.of(texts[$0]) }.max() ?? 0
    }
    let fallText = hasAxis ? textCells(true) : 0
    let riseText = textCells(false)
    // label, space, [fall's number, space, its bars, axis], rise's bars, space, number
    let fixed = labelCells + 1 + (hasAxis ? fallText + 1 + 1 : 0) + 1 + riseText
    let cells = max(minBarCells, total - fixed)
    let leftCells = hasAxis ? Int((Double(cells) * fall / (fall + rise)).rounded()) : 0
    let rightCells = cells - leftCells
    let left = hasAxis ? fallText + 1 + leftCells : 0

    var out = ""
    if style.showsHeader {
      let head =
        padded(Render.visible(chart.labelHeading), to: labelCells, width) + " "
        + spaces(left + (hasAxis ? 1 : 0)) + Render.visible(chart.valueAxis)
      out += painted(trimmedEnd(head), bold, style) + "\n"
    }
    for (at, bar) in chart.bars.enumerated() {
      var line = padded(labels[at], to: labelCells, width) + " "
      let value = bar.value ?? 0
      if hasAxis {
        if value < 0 {
          let length = max(1, Int((-value / fall * Double(leftCells)).rounded()))
          let run = String(repeating: glyphs.full, count: length)
          line +=
            spaces(left - length - 1 - width.of(texts[at])) + texts[at] + " "
            + painted(run, falling, style)
        } else {
          line += spaces(left)
        }
        line += glyphs.axis
      }
      if value > 0 {
        line += painted(run(value / rise * Double(rightCells), glyphs), rising, style) + " "
      }
      if hasAxis && value == 0 { line += " " }
      if !(hasAxis && value < 0) { line += texts[at] }
      out += line + "\n"
    }
    return out
  }

  /// A bar of `cells` cells, in eighths where the glyphs have them; never
  /// empty, so that a small number still shows.
  static func run(_ cells: Double, _ glyphs: Glyphs) -> String {
    let steps = glyphs.eighths.count
    let units = max(1, Int((cells * Double(steps)).rounded()))
    return String(repeating: glyphs.full, count: units / steps) + glyphs.eighths[units % steps]
  }

  // MARK: lines

  /// ```
  /// place target  ▇▁  2016 7.5% → 2017 7%
  /// place result  █▃  2016 7.8% → 2017 7.2%
  /// ```
  /// Every row on one scale, so a target and its result compare by height.
  static func sparklines(_ chart: Chart, style: TableStyle) -> String {
    let width = style.width
    let glyphs = width.ambiguousIsWide ? Glyphs.ascii : Glyphs.blocks
    let total = columns(style)
    guard !chart.lines.isEmpty, !chart.points.isEmpty else { return "(no rows to chart)\n" }
    let names = chart.lines.map { line in
      [line.label, line.series].filter { !$0.isEmpty }.joined(separator: " ")
    }
    let (labels, labelCells) = labelColumn(names, total: total, width)
    // The most recent points when there are more than the width holds.
    let room = max(minBarCells, total - labelCells - 2)
    let shown = max(0, chart.points.count - room)..<chart.points.count
    // One scale per unit: a rate and a level in 亿元 share no axis.
    var ranges: [String: (low: Double, high: Double)] = [:]
    for line in chart.lines {
      for value in line.values[shown].compactMap({ $0 }) {
        let range = ranges[line.unit] ?? (value, value)
        ranges[line.unit] = (min(range.low, value), max(range.high, value))
      }
    }
    func level(_ value: Double, _ unit: String) -> Int {
      let (low, high) = ranges[unit] ?? (value, value)
      guard high > low else { return glyphs.levels.count / 2 - 1 }
      return Int(((value - low) / (high - low) * Double(glyphs.levels.count - 1)).rounded())
    }

    var out = ""
    if style.showsHeader, let first = chart.points[shown].first, let last = chart.points.last {
      let span = first == last ? first : first + "–" + last
      let head =
        padded(Render.visible(chart.groupHeading), to: labelCells, width) + " "
        + Render.visible(chart.valueAxis + ", " + chart.pointHeading + " " + span)
      out += painted(trimmedEnd(head), bold, style) + "\n"
    }
    for (at, line) in chart.lines.enumerated() {
      let spark = shown.map { x in line.values[x].map { glyphs.levels[level($0, line.unit)] } ?? " "
      }
      .joined()
      let colour = at > 0 && line.series != chart.lines[0].series ? secondSeries : rising
      let stated = shown.filter { line.values[$0] != nil }
      let ends = [stated.first, stated.count > 1 ? stated.last : nil].compactMap { $0 }
      let summary = ends.map { chart.points[$0] + " " + line.texts[$0] }.joined(separator: " → ")
      let row =
        padded(labels[at], to: labelCells, width) + " " + painted(spark, colour, style) + "  "
        + Render.visible(summary)
      out += trimmedEnd(row) + "\n"
    }
    return out
  }
}
