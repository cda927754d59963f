// Numbers.swift: the numbers of a clause, as written.
// Takes a clause's scalars and gives each number token: Arabic (8.6, 1,779,
// full-width ８．６) or Chinese (两, 十二, 三千), its value and where it stands.
// Whether a number is a figure (has a unit, is not a year or a name) is for
// `FigureReader` to decide.

/// A number as written in the text.
public struct NumberToken: Sendable, Hashable {
  public var value: Double
  /// Scalar offsets of the number, end exclusive.
  public var start: Int
  public var end: Int
  /// Written in Chinese numerals.
  public var isChinese: Bool
  /// The Chinese run had a magnitude (十二, 三千), not a lone digit (三).
  public var isCompound: Bool
}

public enum Numbers {
  /// Longest run of digits read as one number; beyond it the text is a code,
  /// not an amount, and `Double` would lose digits anyway.
  static let maxDigits = 15

  /// ASCII or full-width digit.
  public static func isDigit(_ c: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(c) || ("０"..."９").contains(c)
  }

  static func digitValue(_ c: Unicode.Scalar) -> Int? {
    if ("0"..."9").contains(c) { return Int(c.value - 48) }
    if ("０"..."９").contains(c) { return Int(c.value - 0xFF10) }
    return nil
  }

  static func isDecimalPoint(_ c: Unicode.Scalar) -> Bool { c == "." || c == "．" }

  /// The number that starts at `i`, if one does.
  public static func token(in s: [Unicode.Scalar], at i: Int) -> NumberToken? {
    guard i >= 0, i < s.count else { return nil }
    if isDigit(s[i]) { return arabic(in: s, at: i) }
    if ChineseNumerals.isNumeral(s[i]) { return chinese(in: s, at: i) }
    return nil
  }

  static func arabic(in s: [Unicode.Scalar], at start: Int) -> NumberToken? {
    var text = ""
    var j = start
    var digits = 0
    while j < s.count {
      if let d = digitValue(s[j]) {
        text.append(Character(Unicode.Scalar(UInt8(48 + d))))
        digits += 1
        j += 1
      } else if s[j] == ",", isThousands(s, j) {
        j += 1
      } else {
        break
      }
    }
    if j + 1 < s.count, isDecimalPoint(s[j]), isDigit(s[j + 1]) {
      text.append(".")
      j += 1
      while j < s.count, let d = digitValue(s[j]) {
        text.append(Character(Unicode.Scalar(UInt8(48 + d))))
        digits += 1
        j += 1
      }
    }
    guard digits <= maxDigits, let value = Double(text) else { return nil }
    return NumberToken(value: value, start: start, end: j, isChinese: false, isCompound: false)
  }

  /// `1,779`: a comma followed by exactly three digits.
  static func isThousands(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
    guard j + 3 < s.count, (1...3).allSatisfy({ isDigit(s[j + $0]) }) else { return false }
    return j + 4 >= s.count || !isDigit(s[j + 4])
  }

  static func chinese(in s: [Unicode.Scalar], at start: Int) -> NumberToken? {
    var j = start
    while j < s.count, ChineseNumerals.isNumeral(s[j]), j - start < ChineseNumerals.maxRun {
      j += 1
    }
    // A run may end in 万 or 亿 that belongs to the unit (两万亩 is 2 万亩, as
    // 2万亩 is): give the magnitude back when a unit follows it.
    var end = j
    while end > start + 1, ChineseNumerals.bigUnits[s[end - 1]] != nil,
      Units.match(s, at: end - 1) != nil
    {
      end -= 1
    }
    let run = s[start..<end]
    guard let value = ChineseNumerals.value(of: run) else { return nil }
    let compound = run.count > 1 && run.contains(where: ChineseNumerals.isMagnitude)
    return NumberToken(value: value, start: start, end: end, isChinese: true, isCompound: compound)
  }
}
