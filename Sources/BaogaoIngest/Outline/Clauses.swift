// Clauses.swift: sentences and clauses of a paragraph, for the recognisers.
// Takes a paragraph's text and gives its sentences (ended by 。！？) and their
// clauses (split at ，；： and their ASCII forms) as ranges of Unicode scalars,
// so that figures and targets read the same pieces and quote them verbatim.

/// A clause of a sentence: the run of text between two clause marks.
public struct Clause: Sendable, Hashable {
  /// Scalar offsets into `ClauseText.scalars`, end exclusive, marks excluded.
  public var start: Int
  public var end: Int
  /// Index of the sentence the clause stands in.
  public var sentence: Int
}

/// A paragraph cut into sentences and clauses.
public struct ClauseText: Sendable {
  public let scalars: [Unicode.Scalar]
  /// Scalar ranges of the sentences, end marks included.
  public private(set) var sentences: [Range<Int>] = []
  public private(set) var clauses: [Clause] = []

  /// Marks that end a sentence.
  static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
  /// Marks that end a clause inside a sentence.
  static let clauseEnds: Set<Unicode.Scalar> = ["，", ",", "；", ";", "：", ":"]

  /// `sentenceEnds` as a switch: it runs on every character.
  static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "。", "！", "？", "!", "?": return true
    default: return false
    }
  }

  /// `clauseEnds` as a switch.
  static func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "，", ",", "；", ";", "：", ":": return true
    default: return false
    }
  }

  public init(_ text: String) {
    self.init(scalars: ScalarText.scalars(text))
  }

  /// A paragraph already decoded to scalars.
  public init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var sentenceStart = 0
    var clauseStart = 0
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if Self.isSentenceEnd(c) {
        addClause(clauseStart, i)
        sentences.append(sentenceStart..<(i + 1))
        sentenceStart = i + 1
        clauseStart = i + 1
      } else if Self.isClauseEnd(c), !isInsideNumber(i),
        !isInsideQuote(i, from: clauseStart)
      {
        addClause(clauseStart, i)
        clauseStart = i + 1
      }
      i += 1
    }
    addClause(clauseStart, scalars.count)
    if sentenceStart < scalars.count { sentences.append(sentenceStart..<scalars.count) }
  }

  private mutating func addClause(_ start: Int, _ end: Int) {
    var s = start
    var e = end
    while s < e, Self.isSpace(scalars[s]) { s += 1 }
    while e > s, Self.isSpace(scalars[e - 1]) { e -= 1 }
    guard s < e else { return }
    clauses.append(Clause(start: s, end: e, sentence: sentences.count))
  }

  /// `1,000` and `10:30` keep their comma and colon: a mark between digits,
  /// followed by exactly three digits for a comma, is part of the number.
  private func isInsideNumber(_ i: Int) -> Bool {
    guard i > 0, i + 1 < scalars.count, Numbers.isDigit(scalars[i - 1]),
      Numbers.isDigit(scalars[i + 1])
    else { return false }
    if scalars[i] == ":" { return true }
    guard scalars[i] == "," else { return false }
    var n = 0
    var j = i + 1
    while j < scalars.count, Numbers.isDigit(scalars[j]) {
      n += 1
      j += 1
    }
    return n == 3
  }

  /// Longest quotation kept whole across a comma: “文化惠民，践行使命”.
  static let quoteReach = 20

  /// A comma inside a short quotation opened in this clause does not end it.
  private func isInsideQuote(_ i: Int, from start: Int) -> Bool {
    var open = false
    for j in start..<i {
      if scalars[j] == "“" { open = true } else if scalars[j] == "”" { open = false }
    }
    guard open else { return false }
    var k = i + 1
    while k < min(scalars.count, i + Self.quoteReach) {
      if scalars[k] == "”" { return true }
      if Self.sentenceEnds.contains(scalars[k]) { return false }
      k += 1
    }
    return false
  }

  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\u{3000}" || c == "\t" || c == "\u{A0}"
  }

  /// The text of a scalar range.
  public func text(_ start: Int, _ end: Int) -> String {
    let lo = max(0, min(start, scalars.count))
    let hi = max(lo, min(end, scalars.count))
    return ScalarText.string(scalars[lo..<hi])
  }

  /// The text of a clause.
  public func text(of clause: Clause) -> String { text(clause.start, clause.end) }

  /// The text of a sentence.
  public func text(ofSentence index: Int) -> String {
    guard sentences.indices.contains(index) else { return "" }
    return text(sentences[index].lowerBound, sentences[index].upperBound)
  }

  /// Whether the scalars starting at `i` spell `word`.
  public func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= scalars.count else { return false }
    for (k, c) in word.enumerated() where scalars[i + k] != c { return false }
    return true
  }

  /// The first offset in `start..<end` where `word` begins, if any.
  public func find(_ word: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
    guard !word.isEmpty else { return nil }
    var i = max(0, start)
    let last = min(end, scalars.count) - word.count
    while i <= last {
      if has(word, at: i) { return i }
      i += 1
    }
    return nil
  }
}
