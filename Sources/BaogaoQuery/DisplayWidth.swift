// DisplayWidth.swift: how many terminal cells text takes.
// Wide (W) and full-width (F) characters take 2 cells, combining marks and
// zero-width characters 0, everything else 1. The one measure that the caret,
// the table renderer and completion all use.

public enum DisplayWidth {
  /// Cells taken by `text` in a terminal.
  public static func of(_ text: some StringProtocol) -> Int {
    var width = 0
    for scalar in text.unicodeScalars { width += cells(scalar) }
    return width
  }

  public static func cells(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x1100 { return isCombining(v) ? 0 : 1 }
    if isCombining(v) || v == 0x200B || (v >= 0xFE00 && v <= 0xFE0F) { return 0 }
    if (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
      || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
      || (v >= 0xA000 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3)
      || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
      || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6)
      || (v >= 0x1F300 && v <= 0x1F64F) || (v >= 0x1F900 && v <= 0x1F9FF)
      || (v >= 0x20000 && v <= 0x3FFFD)
    {
      return 2
    }
    return 1
  }

  static func isCombining(_ v: UInt32) -> Bool {
    (v >= 0x0300 && v <= 0x036F) || (v >= 0x1AB0 && v <= 0x1AFF) || (v >= 0x1DC0 && v <= 0x1DFF)
      || (v >= 0x20D0 && v <= 0x20FF) || (v >= 0xFE20 && v <= 0xFE2F)
  }
}
