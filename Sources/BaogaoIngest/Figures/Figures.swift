// Figures.swift: a recogniser of ingest step 4, the figures (indicators).
// Reads every clause of every section once with `FigureReader` and adds an
// `Indicator` per figure, with the section's part, the clause as its span and
// the place the clause names; each gets a `contains` edge from its section.
// What it read stays in `context.readings` for Targets.
import BaogaoGraph

public enum Figures {
  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder)
  {
    let document = context.document
    let places = context.placeLinks
    var readings: [[ParagraphReading]] = []
    for (index, section) in document.sections.enumerated() {
      guard context.sectionIDs.indices.contains(index) else { break }
      let sectionID = context.sectionIDs[index]
      let sectionPart = document.part(ofSection: index) ?? .review
      var sectionReadings: [ParagraphReading] = []
      for (p, paragraph) in section.paragraphs.enumerated() {
        let scalars =
          context.paragraphScalars.indices.contains(index)
          ? context.paragraphScalars[index][p] : ScalarText.scalars(paragraph.text)
        var reading = read(
          scalars: scalars, mainRange: document.mainList?.range(section: index, paragraph: p))
        let text = reading.text
        var lastName: (sentence: Int, name: String)?
        for c in reading.clauses.indices where !reading.clauses[c].figures.isEmpty {
          let clause = reading.clauses[c].clause
          let span = text.text(of: clause)
          let place = places.find(in: text.scalars, from: clause.start, to: clause.end).first
          // The main list plans the coming year wherever it stands.
          let part = reading.clauses[c].isMain ? .plan : sectionPart
          var previous: (end: Int, direction: Direction?)?
          for f in reading.clauses[c].figures.indices {
            var figure = reading.clauses[c].figures[f].figure
            // A figure repeated for each head of a list (城乡居民…, 均增长) is the
            // same number: it keeps the direction read for the first copy.
            let direction =
              previous.map { $0.end == figure.end } == true
              ? previous?.direction
              : FigureDirection.of(
                text.scalars, from: previous?.end ?? clause.start, start: figure.start,
                previous: previous)
            previous = (figure.end, direction)
            // 地区生产总值增长7.5%,达到309亿元: the second clause names nothing.
            if figure.name.isEmpty, let last = lastName, last.sentence == clause.sentence {
              figure.name = last.name
            }
            lastName = (clause.sentence, figure.name)
            let id = builder.newID(.indicator)
            reading.clauses[c].figures[f] = ReadFigure(figure: figure, id: id, part: part)
            builder.indicators.append(
              Indicator(
                id: id, report: document.reportID, section: sectionID, name: figure.name,
                value: figure.value, unit: figure.unit, kind: figure.kind,
                qualifiers: figure.qualifiers, part: part, span: span, place: place?.name,
                upper: figure.upper, sentence: reading.sentence(clause.sentence),
                measure: Measure(direction: direction)))
            builder.edges.append(Edge(from: sectionID, to: id, rel: .contains))
            if let place { builder.edges.append(Edge(from: id, to: place.id, rel: .mentions)) }
          }
        }
        sectionReadings.append(reading)
      }
      readings.append(sectionReadings)
    }
    context.readings = readings
  }

  /// A paragraph's clauses, cut to the main list where it opens inside one,
  /// and the figures of each; the figures have no indicator id yet.
  static func read(_ paragraph: String, mainRange: Range<Int>?) -> ParagraphReading {
    read(scalars: ScalarText.scalars(paragraph), mainRange: mainRange)
  }

  /// The same from the paragraph's scalars.
  static func read(scalars: [Unicode.Scalar], mainRange: Range<Int>?) -> ParagraphReading {
    let text = ClauseText(scalars: scalars)
    let clauses = text.clauses.map { whole in
      let (clause, isMain) = MainList.clip(whole, to: mainRange)
      let figures = FigureReader.figures(in: text, clause: clause).map {
        ReadFigure(figure: $0, id: "", part: .review)
      }
      return ReadClause(clause: clause, isMain: isMain, figures: figures)
    }
    return ParagraphReading(text: text, clauses: clauses)
  }
}
