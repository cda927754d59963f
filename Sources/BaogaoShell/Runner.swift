// Runner.swift: runs query sources (-c, -f, standard input, .read) against a
// graph and prints their results and errors. One runner serves them all, so a
// statement behaves the same wherever it comes from.
import BaogaoGraph
import BaogaoQuery

#if canImport(Glibc)
  import Glibc
#endif

/// Exit statuses of CONTRACT.md.
public enum ExitStatus: Int32, Sendable {
  case ok = 0
  case queryFailed = 1
  case usage = 2
  case bailed = 3
}

/// Where output goes; tests capture it.
public protocol OutputSink {
  mutating func write(_ text: String)
  mutating func writeError(_ text: String)
}

/// Standard output and standard error.
public struct StandardStreams: OutputSink {
  public init() {}
  public mutating func write(_ text: String) { StandardStreams.write(text, to: 1) }
  public mutating func writeError(_ text: String) { StandardStreams.write(text, to: 2) }

  /// Unbuffered, so results and errors interleave in the order they happen.
  static func write(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          return
        }
        offset += n
      }
    }
  }
}

public struct Runner {
  public var graph: Graph
  public var format: OutputFormat
  public var echo = false
  public var bail = false
  /// The last result, so that `show #3` can open its row 3.
  public var lastResult: ResultTable?
  /// Layout of the table format: the shell fits it to the terminal.
  public var style = TableStyle()

  public init(graph: Graph, format: OutputFormat) {
    self.graph = graph
    self.format = format
  }

  /// Runs every statement; returns false when one failed.
  @discardableResult
  public mutating func run(_ source: Source, to out: inout some OutputSink) -> Bool {
    var allRan = true
    for outcome in QueryEngine.run(source, in: graph) {
      if echo {
        out.write(slice(source.text, outcome.span).trimmingWhitespace() + "\n")
      }
      switch outcome.result {
      case .success(let table):
        lastResult = table
        out.write(Render.text(table, as: format, style: style))
      case .failure(let error):
        allRan = false
        out.writeError(Diagnostic.render(error, in: source) + "\n")
        if bail { return false }
      }
    }
    return allRan
  }

  func slice(_ text: String, _ span: SourceSpan) -> String {
    let utf8 = Array(text.utf8)
    let start = min(max(0, span.start), utf8.count)
    let end = min(max(start, span.end), utf8.count)
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }
}

extension String {
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
