// JoiningWords.swift: the words that join the items of a list in report text,
// one table for every recogniser. 城镇和农渔村 (和), 人口与计划生育 (与), 教育及卫生
// (及), 规上工业总产值、增加值 (the list comma 、). Figures split 分别 lists at them
// (FigureNames.split), Places reads 小沙和长白、册子等地 as three places
// (PlaceLexicon.listItems), names end before them (NameBoundary, Organizations,
// ProjectSuffixes) and figure directions carry across them (FigureDirection).
// A rule that needs other marks as well (a space, a closing bracket) adds them
// where it stands; what joins is only here.

enum JoiningWords {
  /// The list comma (顿号), which joins any number of items.
  static let listComma: Unicode.Scalar = "、"
  /// The list comma as text, to split and join with.
  static let listCommaText = "、"

  /// The conjunctions, in the order a two-item list is tried: 和, 与, 及.
  static let conjunctions: [Unicode.Scalar] = ["和", "与", "及"]

  /// The list comma and the conjunctions.
  static let all: Set<Unicode.Scalar> = Set([listComma] + conjunctions)

  /// The conjunctions as words, for word lists (name stops, generic stems).
  static let conjunctionWords: [String] = conjunctions.map { String($0) }

  /// The list comma and the conjunctions as words.
  static let words: [String] = [String(listComma)] + conjunctionWords

  /// True for 和, 与 and 及.
  static func isConjunction(_ c: Unicode.Scalar) -> Bool {
    c == "和" || c == "与" || c == "及"
  }

  /// True for 、, 和, 与 and 及.
  static func joins(_ c: Unicode.Scalar) -> Bool {
    c == listComma || isConjunction(c)
  }
}
