// Ingest.swift: the ingest pipeline, bytes to graph nodes.
//   Decode → Clean → Outline → Recognise (places, projects, figures, targets) → Graph
// Each step lives in its own file; this one only wires them together and turns
// the document into nodes and edges in a `GraphBuilder`.
import BaogaoGraph

public enum Ingest {
  /// Reads one report into the builder. `reportID` is the file name without
  /// extension (`dinghai-2018` for the bundled report).
  /// `names` is the synonym table that gives figures their canonical names.
  /// Gives what the user should be told about a report read anyway.
  @discardableResult
  public static func read(
    bytes: [UInt8], reportID: String, source: String, into builder: inout GraphBuilder,
    names: IndicatorNames = .standard
  ) throws(IngestError) -> [IngestWarning] {
    let decoded = try Decode.decoded(from: bytes)
    var warnings: [IngestWarning] = []
    if decoded.brokenCharacters > 0 {
      warnings.append(.brokenCharacters(decoded.brokenCharacters, encoding: decoded.encoding))
    }
    return warnings
      + read(text: decoded.text, reportID: reportID, source: source, into: &builder, names: names)
  }

  /// Reads one decoded report (Decode.text) into the builder; gives what the
  /// user should be told about it.
  @discardableResult
  public static func read(
    text: String, reportID: String, source: String, into builder: inout GraphBuilder,
    names: IndicatorNames = .standard
  ) -> [IngestWarning] {
    builder.scope = reportID
    var warnings: [IngestWarning] = []
    // A whole web page, or a report flattened to one line, is first made
    // the lines of text a report is (HTMLText.swift, LongLines.swift).
    let text = HTMLText.isPage(text) ? HTMLText.text(ofPage: text) : text
    let cleaned = Clean.lines(of: LongLines.split(text))
    var document = Outline.document(reportID: reportID, lines: cleaned.lines, junk: cleaned.junk)
    Areas.assign(to: &document)
    document.mainList = MainList.locate(in: document)
    let cleanText = cleaned.lines.map(\.text).joined(separator: "\n")
    let targetsBefore = builder.targets.count
    add(document, source: source, cleanText: cleanText, to: &builder, names: names)
    if document.sections.isEmpty && builder.targets.count == targetsBefore {
      warnings.append(.nothingFound)
    }
    return warnings
  }

  /// Reads a whole graph from several reports at once.
  public static func graph(
    of inputs: [(bytes: [UInt8], reportID: String, source: String)],
    names: IndicatorNames = .standard
  ) throws(IngestError) -> Graph {
    var builder = GraphBuilder()
    for input in inputs {
      try read(
        bytes: input.bytes, reportID: input.reportID, source: input.source, into: &builder,
        names: names)
    }
    finish(&builder)
    return builder.build()
  }

  /// The steps that need every report at once (reconciling one year's targets
  /// with the next year's review). Call after the last `read`.
  /// Gives notes for the user (reports that look like a pair but are not one).
  @discardableResult
  public static func finish(
    _ builder: inout GraphBuilder, names: IndicatorNames = .standard
  ) -> [String] {
    Reconcile.add(to: &builder, names: names)
  }

  static func add(
    _ document: Document, source: String, cleanText: String, to builder: inout GraphBuilder,
    names: IndicatorNames = .standard
  ) {
    let firstIndicator = builder.indicators.count
    let report = document.reportID
    builder.reports.append(
      Report(
        id: report, title: document.title.isEmpty ? report : document.title,
        place: document.place, year: document.year, source: source))

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
      if let parentID { builder.edges.append(Edge(from: parentID, to: id, rel: .contains)) }
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
    context.placeLinks = PlaceLinks.index(context, builder: builder)
    Figures.recognise(&context, into: &builder)
    Targets.recognise(&context, into: &builder)
    Measures.annotate(&builder, from: firstIndicator, names: names)
    guard let last = builder.reports.indices.last, builder.reports[last].id == report else {
      return
    }
    identify(&builder.reports[last], document: document, cleanText: cleanText)
  }

  /// The report's division and years (Panel/ReportIdentityReader.swift). The
  /// locality Places found from the whole text stands in only when no line
  /// of the front matter and not the file name names a place.
  static func identify(_ report: inout Report, document: Document, cleanText: String) {
    let divisions = Divisions.bundled
    let resolved = ReportIdentityReader.resolve(
      document.clues, fileName: report.id, locality: document.place == nil ? report.place : nil,
      divisions: divisions,
      support: { division in
        divisions.ancestors(of: division).filter {
          cleanText.contains($0.name) || cleanText.contains($0.short)
        }.count
      })
    report.place = resolved.place ?? report.place
    report.year = resolved.year ?? report.year
    report.identity = resolved.identity
    // A report without a title line (dinghai-2018) is named from its place
    // and year: 2018年定海区政府工作报告.
    if document.title.isEmpty, let year = report.year, let place = report.place {
      report.title = ReportTitle.composed(year: year, place: place)
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
  /// The places a figure or target may link, once Places and Projects are done.
  var placeLinks = NameIndex([:])
  /// Every paragraph's clauses and figures, by section then paragraph: read
  /// once by `Figures`, used by `Targets`.
  var readings: [[ParagraphReading]] = []
  /// Every section paragraph's scalars, by section then paragraph: decoded
  /// once for all the recognisers (each decoded them again, five times a
  /// paragraph in all, perf on Scripts/bench-ingest.sh).
  let paragraphScalars: [[[Unicode.Scalar]]]

  public init(document: Document, sectionIDs: [String]) {
    self.document = document
    self.sectionIDs = sectionIDs
    paragraphScalars = document.sections.map { $0.paragraphs.map { ScalarText.scalars($0.text) } }
  }
}
