// FieldIndex.swift: per-field indexes, built once per graph on first use.
// For each (kind, field) a condition meets, the folded texts of every row and a
// hash index from folded text to rows, kept in the graph's memo. `area = 城市建设`
// is then a dictionary look-up instead of a scan; `~` scans bytes, not Strings.
import BaogaoGraph

/// The folded texts of one field over every row of its kind.
struct FieldColumn: Sendable {
  /// Per row, the folded texts a condition compares with.
  var texts: [[String]]
  /// Per row, the folded texts a condition compares with, as UTF-8.
  var bytes: [[[UInt8]]]
  /// Folded text to the rows that have it, rows ascending.
  var rowsByText: [String: [Int]]
}

enum FieldIndex {
  /// The column of `field`, built on first use.
  static func column(of field: FieldSpec, in kind: KindSpec, graph: Graph) -> FieldColumn {
    graph.memo.value("FieldIndex.column.\(kind.name).\(field.name)") { () -> FieldColumn in
      let count = kind.count(graph)
      var texts: [[String]] = []
      var bytes: [[[UInt8]]] = []
      texts.reserveCapacity(count)
      bytes.reserveCapacity(count)
      var rowsByText: [String: [Int]] = [:]
      for row in 0..<count {
        let folded = Schema.texts(of: field, row: row, in: graph).map(Fold.text)
        texts.append(folded)
        bytes.append(folded.map { Array($0.utf8) })
        for text in Set(folded) { rowsByText[text, default: []].append(row) }
      }
      return FieldColumn(texts: texts, bytes: bytes, rowsByText: rowsByText)
    }
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
