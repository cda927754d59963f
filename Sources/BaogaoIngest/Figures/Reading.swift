// Reading.swift: a paragraph as the figure reader read it, once.
// Figures cuts each paragraph into clauses (clipped to the main list where it
// opens inside one), reads their figures and makes indicators of them; Targets
// takes the same value to build targets over the same clauses and link the
// same indicators, without reading the text again.
import BaogaoGraph

/// A figure of a clause and the indicator made of it.
struct ReadFigure: Sendable, Hashable {
  var figure: FoundFigure
  /// Id of the indicator.
  var id: String
  var part: Part
}

/// A clause, cut to the main list where the list opens inside it, and its figures.
struct ReadClause: Sendable, Hashable {
  var clause: Clause
  /// The clause is an item of the main expected targets list.
  var isMain: Bool
  var figures: [ReadFigure]
}

/// A paragraph's text, clauses and figures.
struct ParagraphReading: Sendable {
  var text: ClauseText
  var clauses: [ReadClause]
  /// Sentence texts made so far, by sentence index: every figure and target
  /// of a sentence holds the one string (a copy each took 10 MB a hundred
  /// reports).
  private var sentenceTexts: [Int: String] = [:]

  init(text: ClauseText, clauses: [ReadClause]) {
    self.text = text
    self.clauses = clauses
  }

  /// The text of a sentence, made once.
  mutating func sentence(_ index: Int) -> String {
    if let made = sentenceTexts[index] { return made }
    let made = text.text(ofSentence: index)
    sentenceTexts[index] = made
    return made
  }
}
