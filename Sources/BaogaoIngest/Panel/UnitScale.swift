// UnitScale.swift: a figure's value in base units, so that figures stated in
// 万元 and 亿元 order and compare: 18.1亿元 is 1.81×10⁹ 元, 14000元 is 1.4×10⁴ 元.
// Only the magnitude prefix is scaled (亿, 万, 千 …); the base unit stays as
// written (元, 人, 亩, 吨, 平方米, %), so amounts compare within one base unit.

public enum UnitScale {
  /// Magnitude prefixes and their factors, longest first.
  public static let prefixes: [(prefix: String, factor: Double)] = [
    ("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("十万", 1e5), ("亿", 1e8), ("万", 1e4),
    ("千", 1e3), ("百", 1e2), ("十", 1e1),
  ]

  /// Units that begin with a magnitude character but are base units
  /// themselves: 千瓦 is a unit, not a thousand 瓦.
  public static let baseUnitsWithPrefix: Set<String> = [
    "千瓦", "千瓦时", "千米", "千克", "百分点", "十", "百", "千", "万", "亿",
  ]

  /// The amount in base units and the base unit: (18.1, 亿元) → (1.81e9, 元).
  public static func amount(value: Double, unit: String) -> (amount: Double, base: String) {
    // Prefixes compared as UTF-8 bytes: String.hasPrefix normalised both
    // sides for every prefix of every figure (perf on Scripts/bench-ingest.sh).
    let trimmed = unit.utf8.starts(with: "个百分点".utf8) ? "百分点" : unit
    for (prefix, factor) in prefixes where trimmed.utf8.starts(with: prefix.utf8) {
      let base = String(decoding: trimmed.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
      // 千瓦 and 千米 are units of their own; so is a bare 万 (no base left).
      if base.isEmpty || baseUnitsWithPrefix.contains(trimmed) { break }
      return (value * factor, base)
    }
    return (value, trimmed)
  }
}
