// Shell.swift: the interactive loop. Reads statements (a statement may span
// lines), runs dot-commands itself and hands queries to the Runner.
import BaogaoGraph
import BaogaoQuery

public struct Shell {
  public var runner: Runner
  public var reportName: String

  public init(runner: Runner, reportName: String) {
    self.runner = runner
    self.reportName = reportName
  }

  /// Runs until `.quit` or end of input. Returns the exit status.
  public mutating func run(reader: inout some LineReader, out: inout some OutputSink) -> ExitStatus {
    var failed = false
    while let line = reader.readLine(prompt: "\(reportName)> ") {
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty { continue }
      reader.remember(line)
      if trimmed.hasPrefix(".") {
        if trimmed == ".quit" || trimmed == ".exit" || trimmed == ".q" { break }
        if trimmed == ".help" {
          out.write("Type a query such as: targets where area = 城市建设\n.quit leaves.\n")
          continue
        }
        out.writeError("error: unknown command '\(trimmed)'; try .help\n")
        failed = true
        continue
      }
      if !runner.run(Source(name: "<stdin>", text: line), to: &out) { failed = true }
    }
    return failed ? .queryFailed : .ok
  }
}
