// Places.swift: a recogniser of ingest step 4.
// Takes the cleaned, outlined document (never its junk); gives Place nodes
// with type, parent and mention count, and fills `context.placeIDs` with every
// written form of each place (定海, 定海区) so later recognisers can link them.
// Names come from the gazetteer around the report's locality, from regions,
// and from suffix rules (PlaceSuffixes) for roads, blocks, villages, islands.
import BaogaoGraph

public enum Places {
  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder)
  {
    let document = context.document
    let pieces = TextPieces.of(document, paragraphs: context.paragraphScalars)
    let gazetteer = Gazetteer.bundled
    let names = Gazetteer.bundledNameIndex
    // The gazetteer's names in each piece, found once for the locality and the
    // lexicon (each found them itself: a sixtieth of ingest, callgrind).
    let named = pieces.map { names.allMatches(in: $0) }
    let locality = Locality.find(
      title: document.title, pieces: pieces, named: named, gazetteer: gazetteer, names: names)
    var lexicon = PlaceLexicon()
    lexicon.addGazetteer(gazetteer, around: locality, pieces: pieces, named: named)
    lexicon.addRegions()
    // Where each piece holds what the rules look for, found once for all of them.
    let marks = pieces.map(PlaceLexicon.marks(in:))
    lexicon.addPatternNames(in: pieces, marks: marks)
    // Lists first: a place they name (册子) can then be split off a suffix
    // name (册子大皇山 → 大皇山), and a suffix name joins the list's item (小洋岙工业区).
    for (piece, marks) in zip(pieces, marks) { lexicon.addListItems(in: piece, marks: marks) }
    for (piece, marks) in zip(pieces, marks) { lexicon.addSuffixNames(in: piece, marks: marks) }
    let places = lexicon.count(in: pieces)

    // The report's own place, when the outline did not find one.
    if let locality, let last = builder.reports.indices.last,
      builder.reports[last].id == document.reportID, builder.reports[last].place == nil
    {
      builder.reports[last].place = gazetteer.units[locality].name
    }
    for place in places {
      let id = builder.newID(.place)
      builder.places.append(
        Place(
          id: id, report: document.reportID, name: place.name, type: place.type,
          mentions: place.mentions, parent: place.parent))
      for form in place.forms { context.placeIDs[form] = id }
    }
  }
}

/// The report's text as scalar arrays: title, preamble, headings, paragraphs.
enum TextPieces {
  static func of(_ document: Document) -> [[Unicode.Scalar]] {
    of(
      document,
      paragraphs: document.sections.map { $0.paragraphs.map { ScalarText.scalars($0.text) } })
  }

  /// The same with the sections' paragraphs already decoded
  /// (`RecogniseContext.paragraphScalars`).
  static func of(_ document: Document, paragraphs: [[[Unicode.Scalar]]]) -> [[Unicode.Scalar]] {
    var pieces: [[Unicode.Scalar]] = []
    if !document.title.isEmpty { pieces.append(Array(document.title.unicodeScalars)) }
    for paragraph in document.preamble { pieces.append(ScalarText.scalars(paragraph.text)) }
    for (index, section) in document.sections.enumerated() {
      pieces.append(ScalarText.scalars(section.title))
      if paragraphs.indices.contains(index) {
        pieces += paragraphs[index]
      } else {
        for paragraph in section.paragraphs { pieces.append(ScalarText.scalars(paragraph.text)) }
      }
    }
    return pieces
  }
}
