// Diagnostic.swift: renders a QueryError the way a compiler does:
//   name:line:column: error: message
//     1 | targets where aera = 城市建设
//       |               ^^^^
// Columns count characters; the caret is placed by terminal cells. A very
// long line (a generated 1 MB query) is shown as a window around the caret.

public enum Diagnostic {
  /// Most characters of the source line shown on either side of the error.
  public static let contextCharacters = 60

  /// The error as `name:line:column: error: message`, the line, and a caret line.
  public static func render(_ error: QueryError, in source: Source) -> String {
    render(error, in: Lines(source))
  }

  /// A source with its line starts found once, so that a run of many
  /// failing statements costs one pass over the text, not one per error.
  public struct Lines: Sendable {
    public let source: Source
    let utf8: [UInt8]
    /// Offsets of the first byte of each line.
    let starts: [Int]

    public init(_ source: Source) {
      self.source = source
      utf8 = Array(source.text.utf8)
      var starts = [0]
      for (offset, byte) in utf8.enumerated() where byte == 10 { starts.append(offset + 1) }
      self.starts = starts
    }

    /// The 0-based line holding `offset` (binary search over the starts).
    func line(of offset: Int) -> Int {
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle] <= offset { low = middle } else { high = middle - 1 }
      }
      return low
    }
  }

  /// The error rendered against a source's lines.
  public static func render(_ error: QueryError, in lines: Lines) -> String {
    let source = lines.source
    let utf8 = lines.utf8
    let start = min(max(0, error.span.start), utf8.count)
    let line = lines.line(of: start)
    let lineStart = lines.starts[line]
    let lineEnd = line + 1 < lines.starts.count ? lines.starts[line + 1] - 1 : utf8.count
    let lineNumber = source.firstLine + line
    var before = String(decoding: utf8[lineStart..<start], as: UTF8.self)
    let column = before.count + 1
    let end = min(max(start, error.span.end), lineEnd)
    var marked = String(decoding: utf8[start..<end], as: UTF8.self)
    var after = String(decoding: utf8[end..<lineEnd], as: UTF8.self)
    // Keep the shown line readable: cut what lies far from the error.
    if before.count > contextCharacters { before = "…" + before.suffix(contextCharacters) }
    if marked.count > contextCharacters {
      marked = marked.prefix(contextCharacters) + "…"
      after = ""
    }
    if after.count > contextCharacters { after = after.prefix(contextCharacters) + "…" }
    let gutter = String(lineNumber)
    let pad = String(repeating: " ", count: gutter.count)
    let caretIndent = String(repeating: " ", count: DisplayWidth.of(before))
    let carets = String(repeating: "^", count: max(1, DisplayWidth.of(marked)))
    return "\(source.name):\(lineNumber):\(column): error: \(error.message)\n"
      + " \(gutter) | \(before)\(marked)\(after)\n"
      + " \(pad) | \(caretIndent)\(carets)"
  }
}
