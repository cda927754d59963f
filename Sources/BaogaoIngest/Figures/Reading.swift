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
}
