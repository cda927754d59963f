// ChineseNumerals.swift: Chinese numerals to numbers.
// Takes a run of numeral characters (两, 十二, 一百二十, 三千, 一百零五) and gives
// its value, or nil for runs that are not one number (七五, 十三五 are names of
// five-year plans, not numbers). The formal numerals 陆 and 伍 are left out on
// purpose: in reports they are nearly always 陆地 and 队伍, not 6 and 5.

public enum ChineseNumerals {
  /// Digit characters and their values.
  static let digits: [Unicode.Scalar: Int] = [
    "零": 0,  // 一百零五
    "〇": 0,  // 二〇一八 (only in digit-by-digit years, rejected below)
    "一": 1,
    "二": 2,
    "两": 2,  // 两所学校
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
  ]

  /// Magnitudes inside a section of four digits.
  static let smallUnits: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

  /// Magnitudes that close a section: 三万五千, 一亿.
  static let bigUnits: [Unicode.Scalar: Double] = ["万": 10_000, "亿": 100_000_000]

  /// Whether a character can be part of a Chinese numeral. A switch, not a
  /// dictionary look-up: it runs on every character of the report.
  public static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿":
      return true
    default:
      return false
    }
  }

  /// Whether a character is a magnitude (十 百 千 万 亿).
  public static func isMagnitude(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "十", "百", "千", "万", "亿": return true
    default: return false
    }
  }

  /// The longest run of numerals read as one number. 一千二百三十四万五千六百七十八
  /// is 15; a longer run is no number a report writes, and a limit keeps the
  /// scan of a line of numerals short.
  static let maxRun = 20

  /// The value of a whole run: `十二` → 12, `一百二十` → 120, `三千` → 3000,
  /// `两` → 2. Nil when the run is not one well-formed number (`七五`, `十三五`).
  public static func value(of run: some Collection<Unicode.Scalar>) -> Double? {
    guard !run.isEmpty, run.count <= maxRun else { return nil }
    var total = 0.0
    var section = 0
    var digit: Int?
    // A digit must be followed by a magnitude unless it is the last one or
    // follows 零; two digits in a row (七五) are not one number.
    var lastWasDigit = false
    for c in run {
      if let d = digits[c] {
        if lastWasDigit { return nil }
        if d == 0 {
          lastWasDigit = false
          digit = nil
          continue
        }
        digit = d
        lastWasDigit = true
      } else if let unit = smallUnits[c] {
        // 十二: a bare 十 means one ten.
        let d = digit ?? (section == 0 && unit == 10 ? 1 : 0)
        if digit == nil && !(section == 0 && unit == 10) { return nil }
        section += d * unit
        digit = nil
        lastWasDigit = false
      } else if let big = bigUnits[c] {
        section += digit ?? 0
        if section == 0 && total == 0 { return nil }
        total = (total + Double(section)) * big
        section = 0
        digit = nil
        lastWasDigit = false
      } else {
        return nil
      }
    }
    return total + Double(section + (digit ?? 0))
  }
}
