// Ingest.swift: the ingest pipeline, bytes to graph nodes.
//   Decode → Clean → Outline → Recognise (places, projects, figures, targets) → Graph
// Each step lives in its own file; this one only wires them together and turns
// the document into nodes and edges in a `GraphBuilder`.
import BaogaoGraph

public enum Ingest {
  /// Reads one report into the builder. `reportID` is the file name without
  /// extension (`dinghai-2018` for the bundled report).
  /// Gives what the user should be told about a report read anyway.
  @discardableResult
  public static func read(
    bytes: [UInt8], reportID: String, source: String, into builder: inout GraphBuilder
  ) throws(IngestError) -> [IngestWarning] {
    let decoded = try Decode.decoded(from: bytes)
    var warnings: [IngestWarning] = []
    if decoded.brokenCharacters > 0 {
      warnings.append(.brokenCharacters(decoded.brokenCharacters, encoding: decoded.encoding))
    }
    let cleaned = Clean.lines(of: decoded.text)
    var document = Outline.document(reportID: reportID, lines: cleaned.lines, junk: cleaned.junk)
    Areas.assign(to: &document)
    let cleanText = cleaned.lines.map(\.text).joined(separator: "\n")
    let targetsBefore = builder.targets.count
    add(document, source: source, cleanText: cleanText, to: &builder)
    if document.sections.isEmpty && builder.targets.count == targetsBefore {
      warnings.append(.nothingFound)
    }
    return warnings
  }

  /// Reads a whole graph from several reports at once.
  public static func graph(of inputs: [(bytes: [UInt8], reportID: String, source: String)])
    throws(IngestError) -> Graph
  {
    var builder = GraphBuilder()
    for input in inputs {
      try read(bytes: input.bytes, reportID: input.reportID, source: input.source, into: &builder)
    }
    finish(&builder)
    return builder.build()
  }

  /// The steps that need every report at once (reconciling one year's targets
  /// with the next year's review). Call after the last `read`.
  public static func finish(_ builder: inout GraphBuilder) {
    Reconcile.add(to: &builder)
  }

  static func add(
    _ document: Document, source: String, cleanText: String, to builder: inout GraphBuilder
  ) {
    let report = document.reportID
    builder.reports.append(
      Report(
        id: report, title: document.title.isEmpty ? report : document.title,
        place: document.place, year: document.year, source: source, text: cleanText))

    var sectionIDs: [String] = []
    for (index, section) in document.sections.enumerated() {
      let id = builder.newID(.section)
      sectionIDs.append(id)
      let parentID = section.parent.map { sectionIDs[$0] }
      builder.sections.append(
        Section(
          id: id, report: report, path: section.path, title: section.title, parent: parentID,
          area: section.area, part: document.part(ofSection: index), kind: section.kind,
          level: section.level, text: section.paragraphs.map(\.text).joined(separator: "\n"),
          topics: section.paragraphs.compactMap(\.topic)))
      if let parentID { builder.edges.append(Edge(from: parentID, to: id, rel: "contains")) }
    }
    for piece in document.junk {
      builder.junk.append(
        Junk(
          id: builder.newID(.junk), report: report, text: piece.text, reason: piece.reason,
          line: piece.line))
    }
    var context = RecogniseContext(document: document, sectionIDs: sectionIDs)
    Places.recognise(&context, into: &builder)
    Projects.recognise(&context, into: &builder)
    Figures.recognise(&context, into: &builder)
    Targets.recognise(&context, into: &builder)
    // A report without a title line (dinghai-2018) is named once Places has
    // found its locality: 2018年定海区政府工作报告.
    if document.title.isEmpty, let last = builder.reports.indices.last,
      builder.reports[last].id == report, let year = builder.reports[last].year,
      let place = builder.reports[last].place
    {
      builder.reports[last].title = ReportTitle.composed(year: year, place: place)
    }
  }
}

/// Something about a report that was read anyway, for a warning.
public enum IngestWarning: Sendable, Hashable, CustomStringConvertible {
  /// Bytes that are not valid in the encoding, shown as U+FFFD.
  case brokenCharacters(Int, encoding: String)
  /// A file that gave no sections and no targets: a web page, a whitespace
  /// file, some other text.
  case nothingFound

  public var description: String {
    switch self {
    case .brokenCharacters(let count, let encoding):
      "\(count) character\(count == 1 ? "" : "s") could not be decoded as \(encoding) "
        + "and show as U+FFFD"
    case .nothingFound: "no sections or targets found: is this a work report?"
    }
  }
}

/// What the recognisers share while they read one document: the document, the
/// ids of its sections, and the nodes found so far, so that a target can link
/// the places and projects it names.
public struct RecogniseContext: Sendable {
  public var document: Document
  /// Graph id of `document.sections[i]`.
  public var sectionIDs: [String]
  /// Place ids by name, filled by `Places`.
  public var placeIDs: [String: String] = [:]
  /// Project ids by name, filled by `Projects`.
  public var projectIDs: [String: String] = [:]

  public init(document: Document, sectionIDs: [String]) {
    self.document = document
    self.sectionIDs = sectionIDs
  }
}
