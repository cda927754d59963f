// NumberedTexts.swift: which texts of the form HEAD + a decimal number pass a
// word's test, for a whole range of numbers at once. Node ids are such texts
// (`dinghai-2018:T7`, NodeIndex's runs), and `show T1` on 1,000 reports read
// half a million of them from their nodes, one cache line or two each (the
// pass was bound by memory: 8-13 ms, over a Tab's 10, issue 15). Most words
// are decided by the head alone, or ask the number to begin with digits,
// which is a range of numbers per length; only a word of digits alone, or one
// whose characters run on into the number in order, tests number by number,
// on bytes made in a buffer rather than read from memory.

extension FoldedNeedle {
  /// Calls `found` with each number n of `numbers` (none below 0) for which
  /// `head` followed by n in decimal, with no leading zero, passes `test`:
  /// exactly the n for which `passes` says so of that text. In no set order.
  public func numbers(
    after head: some Collection<UInt8>, in numbers: Range<Int>, passing test: Test,
    _ found: (Int) -> Void
  ) {
    guard !numbers.isEmpty, numbers.lowerBound >= 0 else { return }
    let head = head.map(FoldedNeedle.fold)
    func all() { for n in numbers { found(n) } }
    func eachPassing() { Self.eachNumber(after: head, in: numbers, found) { passes($0, test) } }
    switch test {
    case .prefix:
      // A word no longer than the head is decided by it.
      guard bytes.count > head.count else {
        if head.starts(with: bytes) { all() }
        return
      }
      guard bytes.starts(with: head) else { return }
      Self.numbers(beginning: bytes[head.count...], in: numbers, found)
    case .substring:
      if head.withUnsafeBufferPointer({ passes($0, .substring) }) { return all() }
      // Digits alone may stand anywhere in the number.
      if bytes.allSatisfy(Self.isDigit) { return eachPassing() }
      // Otherwise the word begins in the head, at p, and runs on into the
      // number, which then begins with the rest of the word: one range of
      // numbers per such p, the shortest rest of any that begin others kept
      // so that no number is found twice.
      var rests: [ArraySlice<UInt8>] = []
      for p in stride(from: max(1, head.count - bytes.count + 1), to: head.count, by: 1) {
        let inHead = head.count - p
        guard head[p...].elementsEqual(bytes[..<inHead]) else { continue }
        let rest = bytes[inHead...]
        if rest.allSatisfy(Self.isDigit) { rests.append(rest) }
      }
      for rest in rests
      where !rests.contains(where: { $0.count < rest.count && rest.starts(with: $0) }) {
        Self.numbers(beginning: rest, in: numbers, found)
      }
    case .subsequence:
      // The characters found in order in the head, as far as they go; a
      // character cannot straddle the head and the number's ASCII digits.
      var at = 0
      var matched = 0
      head.withUnsafeBufferPointer { head in
        for piece in pieces {
          guard let position = FoldedNeedle.find(piece, in: head, from: at, anchored: false) else {
            break
          }
          at = position + piece.count
          matched += 1
        }
      }
      if matched == pieces.count { return all() }
      if pieces[matched...].allSatisfy({ $0.count == 1 && Self.isDigit($0[0]) }) { eachPassing() }
    }
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// The numbers of `numbers` whose decimal begins with `digits` (not empty):
  /// those of each length from the digits' own, a range per length.
  static func numbers(
    beginning digits: ArraySlice<UInt8>, in numbers: Range<Int>, _ found: (Int) -> Void
  ) {
    guard digits.allSatisfy(isDigit) else { return }
    // No number but 0 itself begins with 0.
    if digits.first == 0x30 {
      if digits.count == 1, numbers.contains(0) { found(0) }
      return
    }
    guard digits.count <= 18 else { return }
    var low = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    var high = low + 1
    while low < numbers.upperBound {
      let (from, to) = (max(low, numbers.lowerBound), min(high, numbers.upperBound))
      if from < to { for n in from..<to { found(n) } }
      guard low <= Int.max / 10, high <= Int.max / 10 else { return }
      (low, high) = (low * 10, high * 10)
    }
  }

  /// Tests head + n for each n of `numbers`, the number's digits counted up
  /// in place in one buffer.
  static func eachNumber(
    after head: [UInt8], in numbers: Range<Int>, _ found: (Int) -> Void,
    where passes: (UnsafeBufferPointer<UInt8>) -> Bool
  ) {
    var text = head + Array(String(numbers.lowerBound).utf8)
    for n in numbers {
      if text.withUnsafeBufferPointer(passes) { found(n) }
      // n + 1: the last digit up, carrying; 9…9 grows by one digit.
      var i = text.count - 1
      while i >= head.count, text[i] == 0x39 {
        text[i] = 0x30
        i -= 1
      }
      if i >= head.count {
        text[i] += 1
      } else {
        text.insert(0x31, at: head.count)
      }
    }
  }
}
