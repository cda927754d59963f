// Document.swift: the intermediate form that the ingest stages pass along.
// Clean gives lines, Outline groups them into sections and paragraphs, and the
// recognisers (figures, targets, places, projects) read sentences from it.
import BaogaoGraph

/// A line of the report that survived cleaning, with its heading parsed once
/// (Clean and Outline both sort lines by it).
public struct Line: Sendable, Hashable {
  public private(set) var text: String
  /// 1-based line number in the decoded file.
  public var number: Int
  /// The line read as a heading, or nil for a line of text.
  var heading: Heading?

  public init(text: String, number: Int) {
    self.text = text
    self.number = number
    heading = Heading.parse(text)
  }

  /// The line with a fragment that a web page broke off joined on.
  mutating func append(_ fragment: String) {
    text += fragment
    heading = Heading.parse(text)
  }
}

/// A paragraph of body text under a heading.
public struct Paragraph: Sendable, Hashable {
  public var text: String
  public var line: Int
  /// The paragraph's lead sentence when it acts as a heading (突出抓好产业创新。).
  public var topic: String?

  public init(text: String, line: Int, topic: String? = nil) {
    self.text = text
    self.line = line
    self.topic = topic
  }
}

/// A section of the outline before it becomes a graph node.
public struct OutlineSection: Sendable, Hashable {
  /// The section's number as written with its ancestors': `二.(三)`.
  public var path: String
  public var title: String
  /// Index of the parent in `Document.sections`.
  public var parent: Int?
  public var level: Int
  public var part: Part?
  public var area: String?
  public var kind: SectionKind
  public var paragraphs: [Paragraph]
  public var line: Int

  public init(
    path: String, title: String, parent: Int?, level: Int, part: Part? = nil,
    area: String? = nil, kind: SectionKind = .body, paragraphs: [Paragraph] = [], line: Int
  ) {
    self.path = path
    self.title = title
    self.parent = parent
    self.level = level
    self.part = part
    self.area = area
    self.kind = kind
    self.paragraphs = paragraphs
    self.line = line
  }
}

/// A cleaned, outlined report, ready for the recognisers.
public struct Document: Sendable {
  public var reportID: String
  public var title: String
  public var place: String?
  public var year: Int?
  /// The places and years the front matter states, with their lines.
  public var clues = IdentityClues()
  /// Text before the first heading (title, date, 各位代表 …).
  public var preamble: [Paragraph]
  public var sections: [OutlineSection]
  public var junk: [CleanedJunk]
  /// Where the list of main expected targets stands, located once by
  /// `MainList.locate` for Figures and Targets.
  var mainList: MainListPlace?

  public init(
    reportID: String, title: String = "", place: String? = nil, year: Int? = nil,
    preamble: [Paragraph] = [], sections: [OutlineSection] = [], junk: [CleanedJunk] = []
  ) {
    self.reportID = reportID
    self.title = title
    self.place = place
    self.year = year
    self.preamble = preamble
    self.sections = sections
    self.junk = junk
  }

  /// The part a section belongs to: its own, or its nearest ancestor's.
  public func part(ofSection index: Int) -> Part? {
    var current: Int? = index
    while let i = current {
      if let part = sections[i].part { return part }
      current = sections[i].parent
    }
    return nil
  }
}
