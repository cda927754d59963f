// TableStyle.swift: how the boxed table is laid out for the screen at hand.
// The runner keeps one; the shell fills it from the terminal (width, numbered
// rows, colour, ambiguous width). The default suits files and pipes: no limit,
// no numbers, no colour.

/// Layout options of the `table` and `line` formats.
public struct TableStyle: Sendable, Hashable {
  /// Total width in cells the table should fit; nil for no limit.
  public var maxWidth: Int?
  /// Number the rows (`#` column) so that `show #3` can name one.
  public var isNumbered: Bool
  /// Bold headers.
  public var usesColour: Bool
  /// Cell widths; with wide ambiguous characters the box-drawing characters
  /// would take 2 cells too, so the borders fall back to ASCII.
  public var width: CellWidth
  /// Lines a wrapped cell may take before it is cut with `…`.
  public var maxCellLines: Int
  /// Results go to a terminal: CSV, TSV and Markdown show controls visibly
  /// (TerminalText) instead of keeping the data exact.
  public var toTerminal = false
  /// Print the header line (`.headers on|off`, `--no-header`): table, CSV, TSV.
  public var showsHeader: Bool
  /// How a null value reads in table, line, CSV, TSV and Markdown (`.nullvalue`).
  public var nullText: String

  public init(
    maxWidth: Int? = nil, isNumbered: Bool = false, usesColour: Bool = false,
    width: CellWidth = CellWidth(), maxCellLines: Int = 6, showsHeader: Bool = true,
    nullText: String = ""
  ) {
    self.maxWidth = maxWidth
    self.isNumbered = isNumbered
    self.usesColour = usesColour
    self.width = width
    self.maxCellLines = maxCellLines
    self.showsHeader = showsHeader
    self.nullText = nullText
  }

  /// This style made for a person at this terminal (width, colour, and row
  /// numbers for `show #N` when `numbered`); nothing changes when standard
  /// output is not a terminal. The user's choices (headers, null text) stay.
  public func forTerminal(numbered: Bool = true) -> TableStyle {
    var style = self
    style.maxWidth = Terminal.isTerminal(1) ? Terminal.size()?.columns : nil
    style.isNumbered = numbered && Terminal.isTerminal(1)
    style.usesColour = Terminal.allowsColour()
    style.width = CellWidth(ambiguousIsWide: Terminal.prefersWideAmbiguous())
    style.toTerminal = Terminal.isTerminal(1)
    return style
  }

  /// This style made for a file (`.output FILE`, `.once FILE`): no width
  /// limit, no row numbers, no colour escapes; the user's choices stay.
  public func forFile() -> TableStyle {
    var style = self
    style.maxWidth = nil
    style.isNumbered = false
    style.usesColour = false
    style.toTerminal = false
    return style
  }
}
