// ValueScan.swift: a field's values counted straight off its rows, only those
// that pass a test: what a Tab lists before the field's counts are built.
// Counting goes through the field's index (FieldIndex), which hashes every
// row's text: 8-20 ms on 1,000 reports for a unit or an indicator's name, over
// a Tab's 10 ms (issue 15, bench-completion "cold"). Here each text's bytes
// are tested first and only those that pass are hashed and counted.
import BaogaoGraph
import Dispatch

extension Schema {
  /// Whether the field's valueCounts are built, so that asking is a look-up.
  public static func hasValueCounts(ofField field: String, kind: String, in graph: Graph) -> Bool {
    guard let kindSpec = Schema.kind(named: kind), let spec = kindSpec.field(named: field) else {
      return true
    }
    return graph.memo.existing(countsKey(spec, kindSpec), as: [ValueCount].self) != nil
  }

  /// Builds the field's valueCounts on an idle thread, unless begun: for the
  /// Tabs after one answered by a scan.
  public static func prepareValueCounts(ofField field: String, kind: String, in graph: Graph) {
    guard let kindSpec = Schema.kind(named: kind), let spec = kindSpec.field(named: field) else {
      return
    }
    graph.memo.prepare(countsKey(spec, kindSpec)) {
      counts(of: spec, in: kindSpec, graph: graph)
    }
  }

  /// The field's values that `word` matches best, as valueCounts(ofField:
  /// kind:in:) filtered to them, in the same order: those it begins, else
  /// those that contain it, else those that contain its characters in
  /// order (FoldedNeedle.Test). One pass grades each text by the first test
  /// it passes; once a text of some grade is found, later ones are tested
  /// only up to it, so that a word many values begin with costs little more
  /// than a prefix test. Texts are told apart by bytes before String
  /// equality: a text whose bytes differ from an equal one's (another
  /// normal form; cleaned text is NFC) takes the first one's grade.
  public static func bestValueCounts(
    ofField field: String, kind: String, in graph: Graph, matching word: FoldedNeedle
  ) -> [(value: String, count: Int)] {
    guard let kindSpec = Schema.kind(named: kind), let spec = kindSpec.field(named: field) else {
      return []
    }
    // In parts on every core, as FieldIndex.build reads a column, and the
    // parts' texts joined in order: the order of first appearance holds.
    let count = kindSpec.count(graph)
    let cores = IdleThread.isCurrent ? 1 : Processors.online
    let pieces = max(1, min(cores, count / FieldIndex.rowsPerCore))
    let parts = PartSlots<[ValueTally.Entry]>(count: pieces)
    DispatchQueue.concurrentPerform(iterations: pieces) { i in
      var tally = ValueTally(word: word)
      tally.read(spec, rows: (count * i / pieces)..<(count * (i + 1) / pieces), graph: graph)
      parts.store(tally.entries, at: i)
    }
    let ranked = ValueTally.ranked((0..<pieces).flatMap { parts.take($0) })
    guard let best = ranked.map(\.grade).min() else { return [] }
    return ranked.filter { $0.grade == best }.map { ($0.text, $0.count) }
  }

  /// The memo's key of a field's counts.
  static func countsKey(_ spec: FieldSpec, _ kindSpec: KindSpec) -> String {
    "ValueCounts.\(kindSpec.name).\(spec.name)"
  }
}

/// The texts of a field that pass a grading, each with how often it occurs.
private struct ValueTally {
  /// A text that passed, with its grade and how often it occurs.
  typealias Entry = (text: String, grade: FoldedNeedle.Test, count: Int)

  let word: FoldedNeedle
  /// The worst grade still wanted: the best found so far.
  private var worst = FoldedNeedle.Test.subsequence
  private var codes = TextCodes()
  /// By byte code, in order of first appearance.
  private(set) var entries: [Entry] = []
  /// Per linked node (by index in its kind), the byte codes of its names
  /// that passed: a place linked from many rows is graded once.
  private var linked: [[Int32]?] = []

  init(word: FoldedNeedle) {
    self.word = word
  }

  /// Every text of the field on `rows` of its kind, as FieldIndex.read
  /// reads them.
  mutating func read(_ field: FieldSpec, rows: Range<Int>, graph: Graph) {
    let lookup = NodeLookup()
    if field.labelsLinks, let kind = field.link, let ids = field.linkIDs {
      linked = [[Int32]?](repeating: nil, count: graph.count(of: kind))
      for row in rows {
        for id in ids(graph, row) { addLink(id, kind: kind, lookup: lookup, in: graph) }
      }
      return
    }
    for row in rows {
      Schema.forEachText(of: field, row: row, in: graph, lookup: lookup, into: &self) {
        $0.add($1)
      }
    }
  }

  mutating func add(_ text: String) {
    if let code = code(of: text) { entries[Int(code)].count += 1 }
  }

  /// The byte code of a text that passes, nil for one that does not.
  private mutating func code(of text: String) -> Int32? {
    let (word, worst) = (self.word, self.worst)
    let graded = text.utf8.withContiguousStorageIfAvailable { word.grade($0, worst: worst) }
    guard
      let passed = graded
        ?? Array(text.utf8).withUnsafeBufferPointer({ word.grade($0, worst: worst) })
    else { return nil }
    let (code, isNew) = codes.code(of: text)
    if isNew {
      entries.append((text, passed, 0))
      self.worst = min(worst, passed)
    }
    return code
  }

  private mutating func addLink(_ id: String, kind: NodeKind, lookup: NodeLookup, in graph: Graph) {
    let ref = lookup.ref(of: id, kind: kind, in: graph)
    guard let ref, ref.kind == kind, ref.index < linked.count else {
      for name in Links.names(of: id, at: ref, kind: kind, in: graph) { add(name) }
      return
    }
    let known: [Int32]
    if let found = linked[ref.index] {
      known = found
    } else {
      known = Links.names(of: id, at: ref, kind: kind, in: graph).compactMap { code(of: $0) }
      linked[ref.index] = known
    }
    for code in known { entries[Int(code)].count += 1 }
  }

  /// The distinct texts of `entries` (in order of first appearance) by
  /// String equality, as valueCounts tells them apart, empty ones left out,
  /// most frequent first, ties in order of first appearance: valueCounts'
  /// order.
  static func ranked(_ entries: [Entry]) -> [Entry] {
    var position: [String: Int] = [:]
    var values: [Entry] = []
    for entry in entries where !entry.text.isEmpty {
      if let at = position[entry.text] {
        values[at].count += entry.count
      } else {
        position[entry.text] = values.count
        values.append(entry)
      }
    }
    let order = values.indices.sorted { a, b in
      values[a].count != values[b].count ? values[a].count > values[b].count : a < b
    }
    return order.map { values[$0] }
  }
}
