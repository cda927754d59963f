// Continuation.swift: is the statement typed so far finished, or does the
// shell show the continuation prompt and read another line? Dot-commands are
// one line. A query is finished when the query engine says so
// (QueryEngine.isComplete) and it does not plainly stop in the middle: an open
// quote or bracket, or a last word that needs something after it.
import BaogaoQuery

/// Decides when a statement is complete.
enum Continuation {
  /// Last words after which a query cannot end.
  static let needsMore: Set<String> = [
    "where",  // targets where
    "and", "or", "not",  // … area = 民生 and
    "by",  // order by, group by
    "order", "group",  // order (by …)
    "limit",  // limit (N)
  ]

  /// True when `text` should run now.
  static func isComplete(_ text: String) -> Bool {
    let trimmed = text.trimmingWhitespace()
    if trimmed.isEmpty || trimmed.hasPrefix(".") { return true }
    let last = CompletionWords.lastStatement(of: trimmed)
    if last.trimmingWhitespace().isEmpty { return true }  // ends with `;`
    if stopsMidway(last) { return false }
    return QueryEngine.isComplete(text)
  }

  /// An open quote or bracket, a trailing operator, or a trailing keyword that
  /// wants more. `sections where` + Enter goes on to the next line.
  static func stopsMidway(_ statement: String) -> Bool {
    let words = CompletionWords(statementText: statement + " ")
    // `show`, `text` and `search` take any text: `search and` is complete.
    if let first = words.done.first?.lowercased(), Explorer.commands.contains(first) {
      return false
    }
    // `search or`, `text 二`: the word after them is a value, never a keyword.
    if words.done.count == 2, let first = words.done.first?.lowercased(),
      ["search", "text", "compare"].contains(first)
    {
      return false
    }
    var quote: Character?
    var depth = 0
    for c in statement {
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "(" {
        depth += 1
      } else if c == ")" {
        depth -= 1
      }
    }
    if quote != nil || depth > 0 { return true }
    guard let last = words.done.last, words.done.count > 1 else { return false }
    if last.allSatisfy(CompletionWords.isOperator) { return true }
    return needsMore.contains(last.lowercased())
  }
}
