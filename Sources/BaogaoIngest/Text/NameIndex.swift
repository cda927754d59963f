// NameIndex.swift: finds known names (places, projects) in a piece of text.
// Takes a name → id map and gives, for a text, the ids of the names it
// contains, longest name first. A PhraseIndex of the names finds them: a
// bucket per first scalar hashed that scalar for a dictionary at every
// position that could start a name (perf on Scripts/bench-ingest.sh).

struct NameIndex: Sendable {
  /// The names and their ids, by the value the index gives.
  private let names: [String]
  private let ids: [String]
  private let index: PhraseIndex<Int>

  /// Names shorter than this are too ambiguous to look for (区, 岛).
  static let minLength = 2

  init(_ ids: [String: String]) {
    var names: [String] = []
    var values: [String] = []
    for (name, id) in ids where name.unicodeScalars.count >= Self.minLength {
      names.append(name)
      values.append(id)
    }
    self.names = names
    self.ids = values
    index = PhraseIndex(
      scalarPhrases: names.indices.lazy.map { (Array(names[$0].unicodeScalars), $0) })
  }

  var isEmpty: Bool { index.isEmpty }

  /// The (name, id) pairs found in `s[start..<end]`, in text order, each id
  /// once; where names overlap the longer one wins.
  func find(in s: [Unicode.Scalar], from start: Int, to end: Int) -> [(name: String, id: String)] {
    guard !index.isEmpty else { return [] }
    var result: [(name: String, id: String)] = []
    for match in index.matches(in: s, from: start, to: end) {
      let id = ids[match.value]
      // A clause names a handful of places at most: a scan of the few
      // found beats a Set made (and its Strings hashed) on every call.
      if !result.contains(where: { $0.id == id }) { result.append((names[match.value], id)) }
    }
    return result
  }
}
