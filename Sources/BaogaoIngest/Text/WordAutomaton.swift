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
  /// The class of each byte value; class 0 is every byte no word uses.
  private let byteClass: [Int32]
  private let classCount: Int
  /// The next state, at `state * classCount + class`.
  private let next: [Int32]
  /// The words that end at each state (its own and its suffixes'), as
  /// `outputWords[outputStart[s]..<outputStart[s + 1]]`.
  private let outputStart: [Int32]
  private let outputWords: [Int32]

  init(_ words: [String]) {
    self.words = words
    let bytes = words.map { Array($0.utf8) }
    lengths = bytes.map(\.count)
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
    next = table
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
      var state = 0
      for i in 0..<bytes.count {
        state = Int(next[state * classCount + Int(byteClass[Int(bytes[i])])])
        var k = Int(outputStart[state])
        let end = Int(outputStart[state + 1])
        while k < end {
          let word = Int(outputWords[k])
          let start = i + 1 - lengths[word]
          if start >= free[word] {
            counts[word] += 1
            free[word] = i + 1
          }
          k += 1
        }
      }
    }
    if text.utf8.withContiguousStorageIfAvailable(scan) == nil {
      Array(text.utf8).withUnsafeBufferPointer(scan)
    }
    return counts
  }
}
