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
    let utf8 = Array(source.text.utf8)
    let start = min(max(0, error.span.start), utf8.count)
    var lineStart = start
    while lineStart > 0, utf8[lineStart - 1] != 10 { lineStart -= 1 }
    var lineEnd = start
    while lineEnd < utf8.count, utf8[lineEnd] != 10 { lineEnd += 1 }
    let lineNumber = source.firstLine + utf8[..<lineStart].lazy.filter { $0 == 10 }.count
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
