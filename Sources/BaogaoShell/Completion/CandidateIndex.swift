// CandidateIndex.swift: matches a typed word against many candidates fast
// enough for Tab on a 1,000-report graph (tens of thousands of names). The
// candidates' UTF-8 is folded to ASCII lower case once; each Tab then compares
// bytes. A needle that begins with a lead byte can only match at a character
// boundary of valid UTF-8, so byte matching finds exactly the scalar matches.
import BaogaoGraph
import BaogaoQuery

/// Candidates prepared for prefix, substring and subsequence matching.
struct CandidateIndex: Sendable {
  let candidates: [CompletionCandidate]
  /// The folded texts one after another: candidate i's are
  /// `folded[ends[i - 1]..<ends[i]]` (from 0 for the first). One buffer, not
  /// an array per candidate: half a million ids (`show`) are read in one sweep.
  private let folded: [UInt8]
  private let ends: [Int]
  /// What matches the word on the fly instead, while no index of the
  /// candidates is built: a graph's node ids and names (NodeCandidates),
  /// a field's values (ValueCandidates).
  private var scan: (@Sendable (String) -> [CompletionCandidate])?

  init(_ candidates: [CompletionCandidate]) {
    self.candidates = candidates
    var folded: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(candidates.count)
    for (i, candidate) in candidates.enumerated() {
      IdleThread.checkpoint(at: i)
      folded.append(contentsOf: candidate.text.utf8.lazy.map { FoldedNeedle.fold($0) })
      ends.append(folded.count)
    }
    self.folded = folded
    self.ends = ends
  }

  /// The ids and names of the graph's nodes, for `show`.
  static func nodes(of graph: Graph) -> CandidateIndex {
    scanning { NodeCandidates.match($0, in: graph) }
  }

  /// Candidates that `match` finds for each word.
  static func scanning(_ match: @escaping @Sendable (String) -> [CompletionCandidate])
    -> CandidateIndex
  {
    var index = CandidateIndex([])
    index.scan = match
    return index
  }

  /// Those the word begins, else those that contain it, else those that
  /// contain its characters in order (建设 → 城市建设, 城建 → 城市建设).
  func match(_ word: String) -> [CompletionCandidate] {
    if let scan { return scan(word) }
    if word.isEmpty { return candidates }
    let needle = FoldedNeedle(word)
    for test in FoldedNeedle.Test.allCases {
      let found = indices { needle.passes($0, test) }
      if !found.isEmpty { return found.map { candidates[$0] } }
    }
    return []
  }

  private func indices(where test: (UnsafeBufferPointer<UInt8>) -> Bool) -> [Int] {
    var result: [Int] = []
    folded.withUnsafeBufferPointer { folded in
      var start = 0
      for (i, end) in ends.enumerated() {
        if test(UnsafeBufferPointer(rebasing: folded[start..<end])) { result.append(i) }
        start = end
      }
    }
    return result
  }
}
