// NodeCandidates.swift: what `show` completes: node ids, and the names of
// reports, places, projects, organisations and indicators (`show 金塘`),
// counted. A 1,000-report graph holds half a million ids: an index of them
// all took 280-430 ms to build on the first Tab, sorting ids in the hash
// order of Graph.byID. Now the index is built from the node arrays, whose ids
// come nearly sorted (prepareValues, at start-up); until it is there, the
// typed word is matched on the fly over the graph's own arrays and only the
// matches are counted and sorted: the same candidates in the same order.
import BaogaoGraph

enum NodeCandidates {
  /// Names (in order of first appearance, with how often each occurs) then
  /// ids (shortest first, then in text order) that the word begins, else
  /// those that contain it, else those that contain its characters in order:
  /// the matching of CandidateIndex.
  static func match(_ word: String, in graph: Graph) -> [CompletionCandidate] {
    if let index = graph.memo.existing(key, as: CandidateIndex.self) { return index.match(word) }
    graph.memo.prepare(key) { index(of: graph) }
    return scan(word, in: graph)
  }

  /// `match` without the index: one pass over the node arrays.
  static func scan(_ word: String, in graph: Graph) -> [CompletionCandidate] {
    let needle = FoldedNeedle(word)
    for test in [FoldedNeedle.Test.prefix, .substring, .subsequence] {
      let found = matches(in: graph) { needle.passes($0, test) }
      if !found.isEmpty || word.isEmpty { return found }
    }
    return []
  }

  private static let key = "NodeCandidates.index"

  /// Every name and id of the graph's nodes, indexed: built once per graph.
  static func index(of graph: Graph) -> CandidateIndex {
    graph.memo.value(key) { CandidateIndex(matches(in: graph) { _ in true }) }
  }

  /// Every candidate whose text passes `test`.
  private static func matches(
    in graph: Graph, where test: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> [CompletionCandidate] {
    // Read in place, without copying the text (a copy retains and releases
    // it: half the pass).
    func passes(_ text: String) -> Bool {
      text.utf8.withContiguousStorageIfAvailable(test)
        ?? Array(text.utf8).withUnsafeBufferPointer(test)
    }
    var counts: [String: Int] = [:]
    var order: [String] = []
    var ids: [String] = []
    func visit(name: String?, id: String?) {
      if let name, !name.isEmpty, passes(name) {
        if counts[name] == nil { order.append(name) }
        counts[name, default: 0] += 1
      }
      if let id, passes(id) { ids.append(id) }
    }
    // Each array read once and in place (`for place in graph.places` copied
    // every node), names in the order of first appearance the list shows.
    graph.reports.withUnsafeBufferPointer { for n in $0 { visit(name: n.id, id: nil) } }
    graph.places.withUnsafeBufferPointer { for n in $0 { visit(name: n.name, id: n.id) } }
    graph.projects.withUnsafeBufferPointer { for n in $0 { visit(name: n.name, id: n.id) } }
    graph.organizations.withUnsafeBufferPointer { for n in $0 { visit(name: n.name, id: n.id) } }
    graph.indicators.withUnsafeBufferPointer { for n in $0 { visit(name: n.name, id: n.id) } }
    graph.sections.withUnsafeBufferPointer { for n in $0 { visit(name: nil, id: n.id) } }
    graph.targets.withUnsafeBufferPointer { for n in $0 { visit(name: nil, id: n.id) } }
    graph.reconciliations.withUnsafeBufferPointer { for n in $0 { visit(name: nil, id: n.id) } }
    graph.junk.withUnsafeBufferPointer { for n in $0 { visit(name: nil, id: n.id) } }

    // An id that is also a name (a report's) is offered once, as the name: an
    // id passes exactly when a name of the same text does, which is counted.
    var sorted = ids.filter { counts.isEmpty || counts[$0] == nil }.map {
      (text: $0, length: Completer.length(of: $0))
    }
    // Each kind's ids come numbered (T1, T2, … T10): mostly in this order
    // already, which the sort, a merge of sorted runs, passes through.
    sorted.sort { $0.length != $1.length ? $0.length < $1.length : $0.text < $1.text }

    var found = order.map { CompletionCandidate($0, count: counts[$0] == 1 ? nil : counts[$0]) }
    found.reserveCapacity(found.count + sorted.count)
    for (index, id) in sorted.enumerated()
    where index == 0 || sorted[index - 1].text != id.text {
      // Two nodes with one id are one candidate, as the id names one node.
      found.append(CompletionCandidate(id.text))
    }
    return found
  }
}

/// A typed word, folded as CandidateIndex folds (ASCII letters in lower
/// case), tested against texts whose bytes are folded as they are read.
struct FoldedNeedle {
  /// The tests in the order they are tried: a later one only when no
  /// candidate passes an earlier (CandidateIndex.match).
  enum Test: Int, CaseIterable {
    /// The text begins with the word.
    case prefix
    /// The word stands in the text after its first byte.
    case substring
    /// The word's characters stand in the text in order.
    case subsequence
  }

  let bytes: [UInt8]
  /// One piece per character, so that a match never splits a character's bytes.
  let pieces: [[UInt8]]

  init(_ word: String) {
    bytes = CandidateIndex.fold(word)
    pieces = word.unicodeScalars.map { CandidateIndex.fold(String($0)) }
  }

  func passes(_ text: UnsafeBufferPointer<UInt8>, _ test: Test) -> Bool {
    switch test {
    case .prefix: return FoldedNeedle.find(bytes, in: text, from: 0, anchored: true) != nil
    case .substring: return FoldedNeedle.find(bytes, in: text, from: 1, anchored: false) != nil
    case .subsequence:
      var at = 0
      for piece in pieces {
        guard let found = FoldedNeedle.find(piece, in: text, from: at, anchored: false) else {
          return false
        }
        at = found + piece.count
      }
      return true
    }
  }

  /// The first test the text passes, up to the test `worst`, nil when
  /// none: its grade for Schema.bestValueCounts.
  func grade(_ text: UnsafeBufferPointer<UInt8>, worst: Int) -> Int? {
    for test in [Test.prefix, .substring, .subsequence] where test.rawValue <= worst {
      if passes(text, test) { return test.rawValue }
    }
    return nil
  }

  @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte | 0x20 : byte
  }

  /// The first index at or after `start` where `needle` stands in the folded
  /// text (only `start` itself when anchored), or nil.
  static func find(
    _ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int, anchored: Bool
  ) -> Int? {
    guard !needle.isEmpty else { return start <= text.count ? start : nil }
    guard text.count >= needle.count, start <= text.count - needle.count else { return nil }
    let last = anchored ? start : text.count - needle.count
    return needle.withUnsafeBufferPointer { needle in
      var i = start
      while i <= last {
        if fold(text[i]) == needle[0] {
          var j = 1
          while j < needle.count && fold(text[i + j]) == needle[j] { j += 1 }
          if j == needle.count { return i }
        }
        i += 1
      }
      return nil
    }
  }
}
