// ChartCommand.swift: `.chart [bars|line] [FILE.svg]`. Draws the last result
// as the `chart` statement would (at the terminal), or writes it as an SVG
// file that appears whole or not at all (AtomicFile: a temporary file renamed
// over the target once complete); a failed write says why and changes nothing.
import BaogaoQuery

extension DotCommand {
  static func chart(_ shell: inout Shell, _ args: [String]) throws(ShellError) -> DotOutcome {
    var args = args
    var style: ChartStyle?
    if let first = args.first, let chosen = ChartStyle.words[first.lowercased()] {
      style = chosen
      args.removeFirst()
    }
    guard args.count <= 1 else { return .usage }
    guard let table = shell.runner.lastResult else {
      throw ShellError(
        "nothing to chart yet: '.chart' draws the last result; run a query first, "
          + "such as 'count targets group by area'")
    }
    var chart: Chart
    if let drawn = table.chart {
      chart = drawn
    } else {
      switch Chart.drawing(table) {
      case .success(let drawn): chart = drawn
      case .failure(let problem): throw ShellError(problem.message)
      }
    }
    if let style { chart.style = style }
    guard let path = args.first else {
      shell.console.writeResult(TerminalChart.text(chart, style: shell.runner.style))
      return .ok
    }
    guard path.lowercased().hasSuffix(".svg") else {
      throw ShellError("'.chart' writes SVG files: name it FILE.svg, not '\(path)'")
    }
    try ChartFile.write(SVGChart.document(chart), to: FileNames.expandHome(path))
    return .ok
  }
}

/// Writes a chart's SVG in one step (AtomicFile).
enum ChartFile {
  static func write(_ text: String, to path: String) throws(ShellError) {
    do throws(ExportError) {
      let file = try AtomicFile(replacing: path)
      let failure = Array(text.utf8).withUnsafeBytes { bytes -> Int32? in
        guard let base = bytes.baseAddress else { return nil }
        return Files.writeAll(base, count: bytes.count, to: file.descriptor)
      }
      if let failure {
        file.discard()
        throw .cannotWrite(target: path, reason: ExportError.reason(failure))
      }
      try file.commit()
    } catch {
      throw ShellError(error.description)
    }
  }
}
