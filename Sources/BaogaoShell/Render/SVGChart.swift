// SVGChart.swift: a Chart as one SVG document, for articles and slides.
// The same charts as the terminal's (TerminalChart.swift): horizontal bars
// with declines left of a zero axis, or lines over years with a legend; a
// title, axis labels and ticks, Chinese labels in a list of common CJK fonts.
// Text is sanitised for the terminal's reasons and XML-escaped, so report text
// can neither break the document nor carry control characters into it.
import BaogaoQuery

enum SVGChart {
  /// Fonts with Chinese glyphs on Linux, macOS and Windows, then the default.
  static let fontFamily =
    "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif"
  /// Width of the picture in pixels; height follows from the rows.
  static let width = 800.0
  /// Pixels one terminal cell of 13px text takes, near enough to lay out
  /// labels (a Chinese character is two cells, about 13px).
  static let cellPixels = 7.0
  /// Pixels per bar row, and the bar's thickness within it.
  static let rowHeight = 24.0
  static let barHeight = 16.0
  /// Colours of the lines, in turn; bars rise in the first and fall in red.
  static let palette = ["#2b6cb0", "#dd6b20", "#2f855a", "#6b46c1", "#b7791f", "#319795"]
  static let fallColour = "#c53030"

  static func document(_ chart: Chart) -> String {
    switch chart.style {
    case .bars: bars(chart)
    case .line: lines(chart)
    }
  }

  // MARK: bars

  static func bars(_ chart: Chart) -> String {
    let labels = chart.bars.map { text($0.label) }
    let labelWidth = min(
      (labels.map { Double(DisplayWidth.of($0)) }.max() ?? 0) * cellPixels, width * 0.35)
    let valueWidth = (chart.bars.map { Double(DisplayWidth.of($0.text)) }.max() ?? 0) * cellPixels
    let plotLeft = 40 + labelWidth + 8
    let plotRight = width - 16 - valueWidth - 6
    let top = 64.0
    let plotBottom = top + Double(max(1, chart.bars.count)) * rowHeight
    let height = plotBottom + 64

    let values = chart.bars.compactMap(\.value)
    let ticks = Ticks(low: min(0, values.min() ?? 0), high: max(0, values.max() ?? 0))
    let scale = (plotRight - plotLeft) / max(ticks.high - ticks.low, .leastNonzeroMagnitude)
    func x(_ value: Double) -> Double { plotLeft + (value - ticks.low) * scale }

    var body = frame(chart, height: height, valueAxis: chart.valueAxis, plotBottom: plotBottom)
    body += axisLabel(chart.labelHeading, x: 18, y: (top + plotBottom) / 2, rotated: true)
    for tick in ticks.values {
      body += line(x(tick), top - 4, x(tick), plotBottom, class: "grid")
      body += label(
        Value.format(tick), x: x(tick), y: plotBottom + 18, anchor: "middle", class: "tick")
    }
    body += line(x(0), top - 4, x(0), plotBottom, class: "axis")
    if chart.bars.isEmpty {
      body += label(
        "no rows to chart", x: (plotLeft + plotRight) / 2, y: top + 16, anchor: "middle",
        class: "note")
    }
    for (at, bar) in chart.bars.enumerated() {
      let rowTop = top + Double(at) * rowHeight
      let middle = rowTop + rowHeight / 2 + 4.5
      body += label(labels[at], x: plotLeft - 8, y: middle, anchor: "end", class: "label")
      guard let value = bar.value else {
        body += label(bar.text, x: x(0) + 6, y: middle, anchor: "start", class: "value")
        continue
      }
      let (from, to) = (x(min(0, value)), x(max(0, value)))
      let falls = value < 0
      body +=
        "<rect class=\"bar\" x=\"\(number(from))\" y=\"\(number(rowTop + (rowHeight - barHeight) / 2))\" "
        + "width=\"\(number(max(1, to - from)))\" height=\"\(number(barHeight))\" "
        + "fill=\"\(falls ? fallColour : palette[0])\"/>\n"
      body +=
        falls
        ? label(bar.text, x: from - 6, y: middle, anchor: "end", class: "value")
        : label(bar.text, x: to + 6, y: middle, anchor: "start", class: "value")
    }
    return wrap(body, height: height)
  }

  // MARK: lines

  static func lines(_ chart: Chart) -> String {
    // One y axis, one unit: the lines in the first line's unit are drawn, and
    // a note says how many in other units (a level in 亿元 beside a rate) are not.
    let unit = chart.lines.first?.unit ?? ""
    let drawn = chart.lines.filter { $0.unit == unit }
    let others = Set(chart.lines.map(\.unit)).subtracting([unit]).sorted()
    var chart = chart
    chart.lines = drawn
    let valueAxis = unit.isEmpty ? chart.valueHeading : chart.valueHeading + " (" + unit + ")"
    let legendWidth =
      (chart.lines.map { Double(DisplayWidth.of(seriesName($0))) }.max() ?? 0) * cellPixels + 30
    let plotLeft = 96.0
    let plotRight = width - 16 - min(legendWidth, width * 0.35)
    let top = 64.0
    let plotBottom = 380.0
    let height = plotBottom + 64

    let values = chart.lines.flatMap { $0.values.compactMap { $0 } }
    let ticks = Ticks(low: values.min() ?? 0, high: values.max() ?? 0)
    let yScale = (plotBottom - top) / max(ticks.high - ticks.low, .leastNonzeroMagnitude)
    func y(_ value: Double) -> Double { plotBottom - (value - ticks.low) * yScale }
    let step =
      chart.points.count > 1 ? (plotRight - plotLeft - 40) / Double(chart.points.count - 1) : 0
    func x(_ point: Int) -> Double {
      chart.points.count > 1 ? plotLeft + 20 + Double(point) * step : (plotLeft + plotRight) / 2
    }

    var body = frame(chart, height: height, valueAxis: chart.pointHeading, plotBottom: plotBottom)
    body += axisLabel(valueAxis, x: 18, y: (top + plotBottom) / 2, rotated: true)
    if !others.isEmpty {
      body += label(
        "lines in " + others.joined(separator: ", ") + " left out: chart them with where unit = …",
        x: plotLeft, y: height - 8, anchor: "start", class: "note")
    }
    for tick in ticks.values {
      body += line(plotLeft, y(tick), plotRight, y(tick), class: "grid")
      body += label(
        Value.format(tick), x: plotLeft - 8, y: y(tick) + 4, anchor: "end", class: "tick")
    }
    body += line(plotLeft, plotBottom, plotRight, plotBottom, class: "axis")
    for (at, point) in chart.points.enumerated() {
      body += label(point, x: x(at), y: plotBottom + 18, anchor: "middle", class: "tick")
    }
    for (index, series) in chart.lines.enumerated() {
      let colour = palette[index % palette.count]
      let dashed = index > 0 && series.series != chart.lines[0].series
      // A gap (a year without the figure) breaks the line.
      var run: [String] = []
      func flush() {
        if run.count > 1 {
          body +=
            "<polyline class=\"series\" points=\"\(run.joined(separator: " "))\" fill=\"none\" "
            + "stroke=\"\(colour)\" stroke-width=\"2\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")/>\n"
        }
        run = []
      }
      for (at, value) in series.values.enumerated() {
        guard let value else {
          flush()
          continue
        }
        run.append(number(x(at)) + "," + number(y(value)))
        body +=
          "<circle class=\"point\" cx=\"\(number(x(at)))\" cy=\"\(number(y(value)))\" r=\"3.5\" "
          + "fill=\"\(colour)\"><title>\(escaped(text(series.texts[at])))</title></circle>\n"
      }
      flush()
      let legendY = top + 8 + Double(index) * 20
      body += line(
        plotRight + 12, legendY - 4, plotRight + 32, legendY - 4, class: "swatch", stroke: colour)
      body += label(
        seriesName(series), x: plotRight + 38, y: legendY, anchor: "start", class: "legend")
    }
    return wrap(body, height: height)
  }

  static func seriesName(_ line: ChartLine) -> String {
    text([line.label, line.series].filter { !$0.isEmpty }.joined(separator: " "))
  }

  // MARK: pieces

  /// Title and the horizontal axis's label, shared by both charts.
  static func frame(_ chart: Chart, height: Double, valueAxis: String, plotBottom: Double) -> String
  {
    let title = text(
      chart.title.isEmpty ? chart.valueAxis + " by " + chart.labelHeading : chart.title)
    return "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      + "<title>\(escaped(title))</title>\n"
      + label(title, x: width / 2, y: 30, anchor: "middle", class: "title")
      + axisLabel(valueAxis, x: width / 2, y: plotBottom + 44, rotated: false)
  }

  static func axisLabel(_ name: String, x: Double, y: Double, rotated: Bool) -> String {
    let turn = rotated ? " transform=\"rotate(-90 \(number(x)) \(number(y)))\"" : ""
    return "<text class=\"axis-label\" x=\"\(number(x))\" y=\"\(number(y))\" "
      + "text-anchor=\"middle\"\(turn)>\(escaped(text(name)))</text>\n"
  }

  static func label(_ content: String, x: Double, y: Double, anchor: String, class name: String)
    -> String
  {
    "<text class=\"\(name)\" x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\">"
      + escaped(text(content)) + "</text>\n"
  }

  static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: String,
    stroke: String? = nil
  ) -> String {
    "<line class=\"\(name)\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" "
      + "y2=\"\(number(y2))\"\(stroke.map { " stroke=\"\($0)\" stroke-width=\"3\"" } ?? "")/>\n"
  }

  static func wrap(_ body: String, height: Double) -> String {
    let h = number(height)
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="\(number(width))" height="\(h)" \
      viewBox="0 0 \(number(width)) \(h)">
      <style>
      text { font-family: \(fontFamily); font-size: 13px; fill: #222222; }
      .title { font-size: 18px; font-weight: bold; }
      .axis-label { font-size: 13px; fill: #555555; }
      .tick, .note { font-size: 11px; fill: #666666; }
      .grid { stroke: #e2e2e2; stroke-width: 1; }
      .axis { stroke: #333333; stroke-width: 1.5; }
      </style>

      """ + body + "</svg>\n"
  }

  /// Report text as it may appear: controls visible (TerminalText), as for
  /// the terminal; XML 1.0 has no way to write most of them at all.
  static func text(_ content: String) -> String { Render.visible(content) }

  static func escaped(_ content: String) -> String {
    var out = ""
    for character in content {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A coordinate with at most one decimal: `12.5`, `300`.
  static func number(_ value: Double) -> String {
    Value.format((value * 10).rounded() / 10)
  }
}

/// Round numbers for an axis from `low` to `high`: 0, 10, 20 … or 0.5, 1 ….
struct Ticks {
  var low: Double
  var high: Double
  var values: [Double]
  /// About this many ticks; the step is 1, 2 or 5 times a power of ten.
  static let wanted = 5.0

  init(low: Double, high: Double) {
    var low = low
    var high = high
    if high <= low {
      // One value (or none): an axis around it.
      low = min(low, 0)
      high = max(high, low + 1)
    }
    let rough = (high - low) / Ticks.wanted
    var power = 1.0
    while power * 10 <= rough { power *= 10 }
    while power > rough { power /= 10 }
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
    let first = (low / step).rounded(.down) * step
    let last = (high / step).rounded(.up) * step
    self.low = first
    self.high = last
    let count = Int(((last - first) / step).rounded())
    // Rounded to the step's decimals, so 0.30000000000000004 reads 0.3.
    values = (0...count).map { index in
      (((first / step).rounded() + Double(index)) * step * 1e9).rounded() / 1e9
    }
  }
}
