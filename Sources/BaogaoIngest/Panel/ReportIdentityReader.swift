// ReportIdentityReader.swift: who a report is. Takes what the front matter
// says (the place and year of the title, congress and speaker lines, the year
// headings) and the file name, and gives the report's division (canonical
// name, code, level, province, prefecture), its plan and review years, and
// where each came from. The body is never read for a place word (区位 is not
// a 区); only when nothing else names a place does the report's own locality,
// counted over the whole text by Places, stand in, marked `text`.
import BaogaoGraph

/// What one line of the front matter (or a heading) says of the report: a
/// place as written, or a plan year, and which line said it.
public struct Clue<Value: Sendable & Hashable>: Sendable, Hashable {
  public var source: IdentitySource
  public var value: Value
  public init(_ source: IdentitySource, _ value: Value) {
    self.source = source
    self.value = value
  }
}

/// A place as one line of the front matter writes it.
public typealias PlaceClue = Clue<String>

/// A plan year as one line of the front matter, or a heading, gives it.
public typealias YearClue = Clue<Int>

/// What the front matter says, line by line, before anything is resolved.
public struct IdentityClues: Sendable, Hashable {
  /// Place texts in order of trust (title, congress line, speaker line).
  public var places: [PlaceClue] = []
  /// Plan years in order of trust.
  public var years: [YearClue] = []
  /// The year of the first review heading (一、2017年政府工作回顾).
  public var reviewHeadingYear: Int?

  public init(places: [PlaceClue] = [], years: [YearClue] = [], reviewHeadingYear: Int? = nil) {
    self.places = places
    self.years = years
    self.reviewHeadingYear = reviewHeadingYear
  }
}

/// A report's resolved place and years.
public struct ResolvedIdentity: Sendable, Hashable {
  /// Canonical name of the division, or the place as written when it did not resolve.
  public var place: String?
  public var year: Int?
  public var identity = ReportIdentity()
}

public enum ReportIdentityReader {
  /// Years a report can plan for.
  static let years = 1949...2200

  /// Resolves the clues in order of trust: title, congress line, speaker
  /// line, then the file name; `locality` (the text's own locality) last.
  public static func resolve(
    _ clues: IdentityClues, fileName: String, locality: String? = nil,
    divisions: Divisions = .bundled, support: (Division) -> Int = { _ in 0 }
  ) -> ResolvedIdentity {
    var result = ResolvedIdentity()
    var division: Division?
    for clue in clues.places {
      if let found = PlaceResolution.resolve(clue.value, in: divisions, support: support) {
        division = found
        result.identity.placeSource = clue.source
        break
      }
    }
    if division == nil, let found = PlaceResolution.resolve(fileName: fileName, in: divisions) {
      division = found
      result.identity.placeSource = .fileName
    }
    if division == nil, let locality,
      let found = PlaceResolution.resolve(locality, in: divisions, support: support)
    {
      division = found
      result.identity.placeSource = .text
    }
    if let division {
      result.place = division.name
      result.identity.code = division.code
      result.identity.level = division.level
      result.identity.province = divisions.province(of: division)?.name
      result.identity.prefecture = divisions.prefecture(of: division)?.name
    } else if let first = clues.places.first {
      // Unresolved: keep what the report says, with no code.
      result.place = first.value
      result.identity.placeSource = first.source
    }

    if let first = clues.years.first {
      result.year = first.value
      result.identity.yearSource = first.source
    } else if let year = PlaceResolution.year(fileName: fileName) {
      result.year = year
      result.identity.yearSource = .fileName
    }
    result.identity.reviewYear = clues.reviewHeadingYear ?? result.year.map { $0 - 1 }
    return result
  }
}
