// Diagnostic.swift: renders a QueryError the way a compiler does:
//   name:line:column: error: message
//     1 | targets where aera = 城市建设
//       |               ^^^^
// Columns count characters; the caret is placed by terminal cells.

public enum Diagnostic {
  public static func render(_ error: QueryError, in source: Source) -> String {
    let utf8 = Array(source.text.utf8)
    let start = min(max(0, error.span.start), utf8.count)
    var lineStart = start
    while lineStart > 0, utf8[lineStart - 1] != 10 { lineStart -= 1 }
    var lineEnd = start
    while lineEnd < utf8.count, utf8[lineEnd] != 10 { lineEnd += 1 }
    let lineNumber = source.firstLine + utf8[..<lineStart].lazy.filter { $0 == 10 }.count
    let before = String(decoding: utf8[lineStart..<start], as: UTF8.self)
    let lineText = String(decoding: utf8[lineStart..<lineEnd], as: UTF8.self)
    let column = before.count + 1
    let gutter = String(lineNumber)
    let pad = String(repeating: " ", count: gutter.count)
    let caretIndent = String(repeating: " ", count: DisplayWidth.of(before))
    let end = min(max(start, error.span.end), lineEnd)
    let marked = String(decoding: utf8[start..<end], as: UTF8.self)
    let carets = String(repeating: "^", count: max(1, DisplayWidth.of(marked)))
    return "\(source.name):\(lineNumber):\(column): error: \(error.message)\n"
      + " \(gutter) | \(lineText)\n"
      + " \(pad) | \(caretIndent)\(carets)"
  }
}
