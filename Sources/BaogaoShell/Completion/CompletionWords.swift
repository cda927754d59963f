// CompletionWords.swift: splits the text before the cursor into the words
// already typed and the word being completed. Quotes group words, and operators
// are words of their own even without spaces (`area=城市建` → area, =, 城市建).

/// The words of the statement being typed, up to the cursor.
struct CompletionWords {
  /// Finished words, quotes removed.
  var done: [String] = []
  /// The word under completion, without its opening quote.
  var current = ""
  /// The quote the current word opened, if any.
  var currentQuote: Character?
  /// True when the current word is a value (after an operator): quote it when needed.
  var wantsValue: Bool { done.last.map { $0.allSatisfy(CompletionWords.isOperator) } ?? false }
  /// True after `.read` / `.open`: file names are never quoted.
  var isFileName: Bool { done.first?.hasPrefix(".") ?? false }

  /// The current word as typed, opening quote included: what Tab replaces.
  var currentTyped: String { currentQuote.map { String($0) + current } ?? current }

  /// Characters that make up operators.
  static func isOperator(_ c: Character) -> Bool { "=!<>~".contains(c) }

  init(statementText text: String) {
    var word = ""
    var inOperator = false
    var quote: Character?
    var quoted = false
    func finish() {
      if !word.isEmpty || quoted { done.append(word) }
      word = ""
      inOperator = false
      quoted = false
    }
    for c in text {
      if let q = quote {
        if c == q {
          quote = nil
        } else {
          word.append(c)
        }
        continue
      }
      if c.isWhitespace {
        finish()
      } else if c == "\"" || c == "'" {
        if inOperator { finish() }
        quote = c
        quoted = true
      } else if CompletionWords.isOperator(c) {
        if !inOperator { finish() }
        inOperator = true
        word.append(c)
      } else if c == "(" || c == ")" || c == "," {
        finish()
        word.append(c)
        finish()
      } else {
        if inOperator { finish() }
        word.append(c)
      }
    }
    // The last word is still being typed unless a space or an operator ended it.
    if quote != nil {
      current = word
      currentQuote = quote
    } else if inOperator || quoted {
      finish()
    } else {
      current = word
    }
  }
}
