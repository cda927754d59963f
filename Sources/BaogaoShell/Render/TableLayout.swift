// TableLayout.swift: how wide each column of a boxed table is, for a screen
// of a given width. Takes the cells (already made visible) and the style;
// gives the columns to draw and their widths, or says the table must turn
// vertical (psql's `\x auto`) because not even its narrowest form fits.
//
// At a terminal, columns without a single value are left out (the footer
// names them), every column keeps at least its widest word (`growth` never
// wraps as grow/th) and the header, and the widest columns give up cells
// first, so that long text wraps while short columns keep their width.

/// Column widths of one boxed table.
struct TableLayout {
  /// Indices of the columns drawn, in order.
  var shown: [Int]
  /// Width in cells of each drawn column, without padding.
  var widths: [Int]
  /// Names of the columns left out because they hold no value.
  var empty: [String]
  /// True when not even the narrowest table fits: draw it record by record.
  var isVertical = false

  /// A text column is not squeezed below this many cells (6 Chinese
  /// characters) unless it is that narrow anyway: narrower, a span of the
  /// report wraps into a column of single characters.
  static let minTextWidth = 12
  /// A word longer than this may be cut to fit (a URL, a file path); any
  /// shorter word is kept whole.
  static let maxUnbreakable = 24

  /// Cells a table with these column widths takes, borders and padding included.
  static func total(_ widths: [Int]) -> Int { widths.reduce(3 * widths.count + 1, +) }

  init(header: [String], body: [[String]], style: TableStyle) {
    let w = style.width
    let count = header.count
    let cell = { (row: [String], i: Int) in i < row.count ? row[i] : "" }
    let headerCells =
      style.showsHeader ? header.map { w.of($0) } : Array(repeating: 0, count: count)
    var natural = headerCells
    for row in body {
      for i in 0..<count { natural[i] = max(natural[i], w.of(cell(row, i))) }
    }
    guard let limit = style.maxWidth else {
      shown = Array(0..<count)
      widths = natural
      empty = []
      return
    }
    // A column with no value in any row says nothing at the terminal.
    let isEmpty = (0..<count).map { i in
      !body.isEmpty && body.allSatisfy { cell($0, i).isEmpty }
    }
    shown = (0..<count).filter { !isEmpty[$0] }
    empty = (0..<count).filter { isEmpty[$0] }.map { header[$0] }
    let naturalShown = shown.map { natural[$0] }
    guard TableLayout.total(naturalShown) > limit else {
      widths = naturalShown
      return
    }
    let minimums = shown.map { i in
      let words = body.map { TextWrap.widestUnit(cell($0, i), width: w) }.max() ?? 0
      return max(
        headerCells[i], min(words, TableLayout.maxUnbreakable),
        min(natural[i], TableLayout.minTextWidth), 1)
    }
    guard TableLayout.total(minimums) <= limit else {
      widths = minimums
      isVertical = true
      return
    }
    widths = TableLayout.fit(naturalShown, minimums: minimums, into: limit)
  }

  /// Narrows the widest columns until the table fits in `limit` cells, never
  /// below a column's minimum (the minimums are known to fit).
  static func fit(_ widths: [Int], minimums: [Int], into limit: Int) -> [Int] {
    func capped(_ cap: Int) -> [Int] {
      zip(widths, minimums).map { min($0, max(cap, $1)) }
    }
    // The largest cap that fits; bounded by the widest column, so few steps.
    var low = 1
    var high = widths.max() ?? 1
    while low < high {
      let mid = (low + high + 1) / 2
      if total(capped(mid)) <= limit { low = mid } else { high = mid - 1 }
    }
    var result = capped(low)
    // Cells left over by the cap's rounding go to the widest wrapped columns.
    var spare = limit - total(result)
    for i in result.indices.sorted(by: { widths[$0] > widths[$1] }) where spare > 0 {
      let more = min(spare, widths[i] - result[i])
      result[i] += more
      spare -= more
    }
    return result
  }
}
