// ValueCandidates.swift: a field's values that a typed word matches, found
// by reading the rows (Schema.bestValueCounts)
// rather than the field's counted values, for a Tab that comes before they
// are counted. The same candidates, in the same order, with the same counts
// as CandidateIndex gives over the counted values.
import BaogaoGraph
import BaogaoQuery

enum ValueCandidates {
  /// The values the word begins, else those that contain it, else those
  /// that contain its characters in order: one pass over the rows grades
  /// each text by the first of these tests it passes.
  static func scan(_ word: String, field: String, kind: String, in graph: Graph)
    -> [CompletionCandidate]
  {
    let found = Schema.bestValueCounts(
      ofField: field, kind: kind, in: graph, matching: FoldedNeedle(word))
    return found.map { CompletionCandidate($0.value, count: $0.count) }
  }
}
