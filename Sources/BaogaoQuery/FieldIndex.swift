// FieldIndex.swift: per-field indexes, built once per graph on first use.
// For each (kind, field) a condition, a group or a completion list meets: the
// field's distinct texts, each row's texts as integer codes into them, and per
// folded text the rows that have it, kept in the graph's memo. `area = 城市建设`
// is then one look-up, `~` tests each distinct text once instead of each row,
// and counting values is a pass over integers. The build reads each row's
// texts once and hashes their bytes (TextCodes): on 1,000 reports it must fit
// in the first query's 20 ms and a Tab's 10 ms (issue 15).
import BaogaoGraph
import Dispatch

/// The texts of one field over every row of its kind, as codes.
struct FieldColumn: Sendable {
  /// The distinct texts as the rows hold them (Schema.texts), in order of
  /// first appearance; a raw code is a position here.
  var raw: [String]
  /// Per raw code, the code of its folded text.
  var foldedCode: [Int32]
  /// The distinct folded texts a condition compares with, in order of first
  /// appearance; a folded code is a position here.
  var folded: [String]
  /// The folded texts as UTF-8, by folded code, for `~`.
  var foldedBytes: [[UInt8]]
  /// Folded text to its code.
  var codeByText: [String: Int32]
  /// Row r's raw codes are `codes[starts[r]..<starts[r + 1]]`, in the order
  /// Schema.texts gives them, repeats kept.
  var starts: [Int32]
  var codes: [Int32]
  /// Per folded code, the rows that have it (each once), ascending.
  var rowsByCode: [[Int]]

  var rowCount: Int { starts.count - 1 }

  /// The rows with this folded text; nil when no row has it.
  func rows(withText text: String) -> [Int]? {
    codeByText[text].map { rowsByCode[Int($0)] }
  }

  /// The folded codes of a row, repeats kept.
  func foldedCodes(ofRow row: Int) -> some Sequence<Int32> {
    codes[Int(starts[row])..<Int(starts[row + 1])].lazy.map { foldedCode[Int($0)] }
  }

  /// Per folded code, whether its text passes the test: a condition on text
  /// is decided once per distinct text, then read per row.
  func foldedMatches(_ test: (String, [UInt8]) -> Bool) -> [Bool] {
    folded.indices.map { test(folded[$0], foldedBytes[$0]) }
  }

  /// True when one of the row's folded codes passes.
  func row(_ row: Int, matches: [Bool]) -> Bool {
    for i in Int(starts[row])..<Int(starts[row + 1]) where matches[Int(foldedCode[Int(codes[i])])] {
      return true
    }
    return false
  }

  /// The rows of the folded codes that pass, ascending, each once.
  func rows(matching matches: [Bool]) -> [Int] {
    var marked = [Bool](repeating: false, count: rowCount)
    for (code, passes) in matches.enumerated() where passes {
      for row in rowsByCode[code] { marked[row] = true }
    }
    return marked.indices.filter { marked[$0] }
  }
}

enum FieldIndex {
  /// The column of `field`, built on first use.
  static func column(of field: FieldSpec, in kind: KindSpec, graph: Graph) -> FieldColumn {
    graph.memo.value("FieldIndex.column.\(kind.name).\(field.name)") { () -> FieldColumn in
      build(field, rows: kind.count(graph), graph: graph)
    }
  }

  /// Rows below which a column is read on one core: splitting costs a
  /// merge of the parts' distinct texts and a thread's start.
  static let rowsPerCore = 20_000

  /// The column, its rows read in parts on every core (a 1,000-report
  /// graph's 100,000 targets take ~10 ms on one) and the parts joined. Built
  /// ahead of need on an idle thread (the shell's start-up counting), it is
  /// read on that one core: the parts would run on the pool's threads, at
  /// the priority of what the user asks meanwhile.
  static func build(_ field: FieldSpec, rows count: Int, graph: Graph) -> FieldColumn {
    let cores = IdleThread.isCurrent ? 1 : Processors.online
    let pieces = max(1, min(cores, count / rowsPerCore))
    guard pieces > 1 else { return read(field, rows: 0..<count, graph: graph).finished() }
    let ranges = (0..<pieces).map { i in (count * i / pieces)..<(count * (i + 1) / pieces) }
    let parts = PartSlots<ColumnBuilder>(count: pieces)
    DispatchQueue.concurrentPerform(iterations: pieces) { i in
      parts.store(read(field, rows: ranges[i], graph: graph), at: i)
    }
    var builder = parts.take(0)
    let rest = (1..<pieces).map { parts.take($0) }
    // Room for every part made at once: grown part by part, the codes were
    // copied to a new buffer whose fresh pages the kernel zeroed, most of
    // the joining (perf: clear_page under Array.append).
    builder.column.codes.reserveCapacity(
      rest.reduce(builder.column.codes.count) { $0 + $1.column.codes.count })
    builder.column.starts.reserveCapacity(count + 1)
    for part in rest { builder.append(part) }
    return builder.finished()
  }

  /// The texts of `rows`, read into a builder of their own.
  static func read(_ field: FieldSpec, rows: Range<Int>, graph: Graph) -> ColumnBuilder {
    var builder = ColumnBuilder(rows: rows.count)
    let lookup = NodeLookup()
    if field.labelsLinks, let kind = field.link, let ids = field.linkIDs {
      builder.linkCodes = [[Int32]?](repeating: nil, count: graph.count(of: kind))
      for row in rows {
        IdleThread.checkpoint(at: row)
        for id in ids(graph, row) { builder.addLink(id, kind: kind, lookup: lookup, in: graph) }
        builder.column.starts.append(Int32(builder.column.codes.count))
      }
      return builder
    }
    for row in rows {
      IdleThread.checkpoint(at: row)
      Schema.forEachText(of: field, row: row, in: graph, lookup: lookup, into: &builder) {
        $0.add($1)
      }
      builder.column.starts.append(Int32(builder.column.codes.count))
    }
    return builder
  }

  /// The values of a number field over every row (nil for null), built on
  /// first use: ordering and comparing then read a flat array of doubles.
  static func numbers(of field: FieldSpec, in kind: KindSpec, graph: Graph) -> [Double?] {
    graph.memo.value("FieldIndex.numbers.\(kind.name).\(field.name)") { () -> [Double?] in
      (0..<kind.count(graph)).map { row in
        if case .number(let x) = field.value(graph, row) { return x }
        return nil
      }
    }
  }

  /// The numbers of a field with several per row (`indicators.value`),
  /// built on first use.
  static func numberLists(of field: FieldSpec, in kind: KindSpec, graph: Graph) -> [[Double]] {
    graph.memo.value("FieldIndex.numberLists.\(kind.name).\(field.name)") { () -> [[Double]] in
      (0..<kind.count(graph)).map { row in
        field.value(graph, row).numbers
      }
    }
  }

  /// Distinct texts of a field, most frequent first, ties in order of first
  /// appearance. Relations give the linked nodes' names.
  static func distinctValues(of field: FieldSpec, in kind: KindSpec, graph: Graph) -> [String] {
    graph.memo.value("FieldIndex.distinct.\(kind.name).\(field.name)") { () -> [String] in
      Schema.counts(of: field, in: kind, graph: graph).map(\.value)
    }
  }
}

/// A FieldColumn as its rows' texts come in, one at a time.
struct ColumnBuilder {
  var column: FieldColumn
  var byBytes = TextCodes()
  /// Per byte code its raw code: byte-different texts Swift calls equal
  /// share one, as they did when this index was keyed by String.
  var rawOfBytes: [Int32] = []
  var rawCodeByText: [String: Int32] = [:]

  init(rows count: Int) {
    column = FieldColumn(
      raw: [], foldedCode: [], folded: [], foldedBytes: [], codeByText: [:], starts: [0],
      codes: [], rowsByCode: [])
    column.starts.reserveCapacity(count + 1)
    column.codes.reserveCapacity(count)
  }

  /// Per linked node (by index in its kind), the raw codes of its names once
  /// found: a place linked from many rows is named once (Links.names).
  var linkCodes: [[Int32]?] = []

  /// The rows another builder read after this one's, as this one's next:
  /// its distinct texts take this builder's codes (new ones in the order
  /// they first appear there, which keeps the order of first appearance).
  mutating func append(_ other: ColumnBuilder) {
    let codes = other.column.raw.map { rawCode(of: $0) }
    let base = Int32(column.codes.count)
    // Appended through buffers: a lazy map appended element by element, each
    // checked for room, was a tenth of a first query's column build.
    Self.append(other.column.codes, into: &column.codes) { codes[Int($0)] }
    Self.append(other.column.starts.dropFirst(), into: &column.starts) { $0 + base }
  }

  /// `target` followed by `transform` of each of `source`.
  private static func append(
    _ source: some Collection<Int32>, into target: inout [Int32], _ transform: (Int32) -> Int32
  ) {
    let old = target.count
    target.append(contentsOf: repeatElement(0, count: source.count))
    target.withUnsafeMutableBufferPointer { buffer in
      var i = old
      for value in source {
        buffer[i] = transform(value)
        i += 1
      }
    }
  }

  /// The next text of the row being read.
  mutating func add(_ text: String) {
    column.codes.append(code(of: text))
  }

  mutating func code(of text: String) -> Int32 {
    let (code, isNew) = byBytes.code(of: text)
    if isNew { rawOfBytes.append(rawCode(of: text)) }
    return rawOfBytes[Int(code)]
  }

  /// The names of the node a relation's id links to, as the row's next
  /// texts (Schema.forEachName, with each node's names found once).
  mutating func addLink(_ id: String, kind: NodeKind, lookup: NodeLookup, in graph: Graph) {
    let ref = lookup.ref(of: id, kind: kind, in: graph)
    guard let ref, ref.kind == kind, ref.index < linkCodes.count else {
      for name in Links.names(of: id, at: ref, kind: kind, in: graph) { add(name) }
      return
    }
    if let known = linkCodes[ref.index] {
      column.codes.append(contentsOf: known)
      return
    }
    var codes: [Int32] = []
    for name in Links.names(of: id, at: ref, kind: kind, in: graph) {
      codes.append(code(of: name))
    }
    linkCodes[ref.index] = codes
    column.codes.append(contentsOf: codes)
  }

  mutating func rawCode(of text: String) -> Int32 {
    if let known = rawCodeByText[text] { return known }
    let code = Int32(column.raw.count)
    column.raw.append(text)
    rawCodeByText[text] = code
    let folded = Fold.text(text)
    if let known = column.codeByText[folded] {
      column.foldedCode.append(known)
    } else {
      let new = Int32(column.folded.count)
      column.folded.append(folded)
      column.foldedBytes.append(Array(folded.utf8))
      column.codeByText[folded] = new
      column.foldedCode.append(new)
    }
    return code
  }

  /// The column with its rows listed per folded text, each list made at its
  /// final size (counted first) rather than grown row by row.
  consuming func finished() -> FieldColumn {
    let folded = column.foldedCode
    let (starts, codes) = (column.starts, column.codes)
    let rowCount = starts.count - 1
    var sizes = [Int](repeating: 0, count: column.folded.count)
    var last = [Int](repeating: -1, count: column.folded.count)
    // A row is listed once per folded text, however often it holds it.
    for row in 0..<rowCount {
      IdleThread.checkpoint(at: row)
      let (start, end) = (Int(starts[row]), Int(starts[row + 1]))
      // Most rows hold one text: nothing to repeat.
      if end - start == 1 {
        sizes[Int(folded[Int(codes[start])])] += 1
        continue
      }
      for i in start..<end {
        let code = Int(folded[Int(codes[i])])
        if last[code] != row {
          last[code] = row
          sizes[code] += 1
        }
      }
    }
    var rowsByCode = sizes.map { size -> [Int] in
      var rows: [Int] = []
      rows.reserveCapacity(size)
      return rows
    }
    last = [Int](repeating: -1, count: column.folded.count)
    for row in 0..<rowCount {
      IdleThread.checkpoint(at: row)
      let (start, end) = (Int(starts[row]), Int(starts[row + 1]))
      if end - start == 1 {
        rowsByCode[Int(folded[Int(codes[start])])].append(row)
        continue
      }
      for i in start..<end {
        let code = Int(folded[Int(codes[i])])
        if last[code] != row {
          last[code] = row
          rowsByCode[code].append(row)
        }
      }
    }
    column.rowsByCode = rowsByCode
    return column
  }
}
