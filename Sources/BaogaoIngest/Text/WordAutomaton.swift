// WordAutomaton.swift: counts every word of a fixed list in a text in one pass
// over its UTF-8 bytes. An Aho–Corasick automaton, its failure links folded
// into a full transition table over byte classes (the bytes the words use;
// every other byte is one class), built once per process for each list.
// Counting thirty-odd cue words one `occurrences(of:)` scan each read every
// section's text thirty-odd times (PartCues, perf on Scripts/bench-ingest.sh).
// Byte matching is exact for UTF-8: a match starts and ends on scalar
// boundaries, as StringSearch.swift explains.

struct WordAutomaton: Sendable {
  let words: [String]
  /// Each word's length in bytes.
  private let lengths: [Int]
  /// The longest word's length in bytes.
  private let longest: Int
  /// The class of each byte value; class 0 is every byte no word uses.
  private let byteClass: [Int32]
  private let classCount: Int
  /// The next state, at `row + class` where `row` is `state * classCount`:
  /// each entry is the next state's row, bit-inverted (negative) when words
  /// end there. The scan then pays no multiplication and looks outputs up
  /// only where a word ends (a lookup of both at every byte ran the scan at
  /// 5 ns a byte, no faster than trying each word).
  private let next: [Int32]
  /// The words that end at each state (its own and its suffixes'), as
  /// `outputWords[outputStart[s]..<outputStart[s + 1]]`.
  private let outputStart: [Int32]
  private let outputWords: [Int32]

  init(_ words: [String]) {
    self.words = words
    let bytes = words.map { Array($0.utf8) }
    lengths = bytes.map(\.count)
    longest = lengths.max() ?? 0
    var classes = [Int32](repeating: 0, count: 256)
    var count: Int32 = 1
    for word in bytes {
      for byte in word where classes[Int(byte)] == 0 {
        classes[Int(byte)] = count
        count += 1
      }
    }
    byteClass = classes
    let width = Int(count)
    classCount = width
    // The trie: -1 where no word goes on.
    var table = [Int32](repeating: -1, count: width)
    var own: [[Int32]] = [[]]
    for (index, word) in bytes.enumerated() where !word.isEmpty {
      var state = 0
      for byte in word {
        let slot = state * width + Int(classes[Int(byte)])
        if table[slot] < 0 {
          table[slot] = Int32(own.count)
          own.append([])
          table += [Int32](repeating: -1, count: width)
        }
        state = Int(table[slot])
      }
      own[state].append(Int32(index))
    }
    // Breadth first, so that a state's failure state (shallower) is complete
    // when the state is reached.
    var failure = [Int](repeating: 0, count: own.count)
    var outputs = own
    var queue: [Int] = []
    for c in 0..<width {
      if table[c] < 0 {
        table[c] = 0
      } else {
        queue.append(Int(table[c]))
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      outputs[state] += outputs[failure[state]]
      for c in 0..<width {
        let slot = state * width + c
        let fallback = table[failure[state] * width + c]
        if table[slot] < 0 {
          table[slot] = fallback
        } else {
          failure[Int(table[slot])] = Int(fallback)
          queue.append(Int(table[slot]))
        }
      }
    }
    next = table.map { state in
      let row = state * Int32(width)
      return outputs[Int(state)].isEmpty ? row : ~row
    }
    var starts: [Int32] = [0]
    var flat: [Int32] = []
    for list in outputs {
      flat += list
      starts.append(Int32(flat.count))
    }
    outputStart = starts
    outputWords = flat
  }

  /// How many times each word occurs, by index in `words`, without overlaps
  /// of a word with itself: what `text.occurrences(of: words[i])` gives.
  func counts(in text: String) -> [Int] {
    var counts = [Int](repeating: 0, count: words.count)
    // The first byte where each word's next counted occurrence may start.
    var free = [Int](repeating: 0, count: words.count)
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
      forEachEnd(in: bytes) { i, word in
        let start = i + 1 - lengths[word]
        if start >= free[word] {
          counts[word] += 1
          free[word] = i + 1
        }
        return true
      }
    }
    if text.utf8.withContiguousStorageIfAvailable(scan) == nil {
      Array(text.utf8).withUnsafeBufferPointer(scan)
    }
    return counts
  }

  /// Calls `body` with the end offset (of its last byte) and the index of
  /// every word occurrence, in order of end; `body` returns false to stop.
  @inline(__always)
  private func forEachEnd(
    in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool
  ) {
    next.withUnsafeBufferPointer { next in
      byteClass.withUnsafeBufferPointer { byteClass in
        var row = 0
        for i in 0..<text.count {
          let entry = next[row + Int(byteClass[Int(text[i])])]
          if entry >= 0 {
            row = Int(entry)
            continue
          }
          row = Int(~entry)
          let state = row / classCount
          for k in Int(outputStart[state])..<Int(outputStart[state + 1]) {
            if !body(i, Int(outputWords[k])) { return }
          }
        }
      }
    }
  }

  /// The word that starts earliest in the text, the longest where several
  /// start at one place: its byte offset and its index in `words` (the first
  /// index where a word is given twice).
  func earliest(in text: UnsafeBufferPointer<UInt8>) -> (offset: Int, word: Int)? {
    var best: (offset: Int, word: Int)?
    forEachEnd(in: text) { i, word in
      // A word ending here or later starts after `i + 1 - longest`: none can
      // start before the best one found.
      if let found = best, i + 1 - longest > found.offset { return false }
      let start = i + 1 - lengths[word]
      guard let found = best else {
        best = (start, word)
        return true
      }
      if start < found.offset
        || (start == found.offset
          && (lengths[word] > lengths[found.word]
            || (lengths[word] == lengths[found.word] && word < found.word)))
      {
        best = (start, word)
      }
      return true
    }
    return best
  }

  /// Whether some word occurs in the text: the scan stops at the first.
  func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
    var found = false
    forEachEnd(in: text) { _, _ in
      found = true
      return false
    }
    return found
  }
}
