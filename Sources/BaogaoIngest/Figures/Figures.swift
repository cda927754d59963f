// Figures.swift: a recogniser of ingest step 4, the figures (indicators).
// Reads every clause of every section with `FigureReader` and adds an
// `Indicator` per figure, with the section's part, the clause as its span and
// the place the clause names; each gets a `contains` edge from its section.
import BaogaoGraph

public enum Figures {
  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder)
  {
    let document = context.document
    let places = PlaceLinks.index(context, builder: builder)
    let mainList = MainList.locate(in: document)
    for (index, section) in document.sections.enumerated() {
      guard context.sectionIDs.indices.contains(index) else { break }
      let sectionID = context.sectionIDs[index]
      let sectionPart = document.part(ofSection: index) ?? .review
      for (p, paragraph) in section.paragraphs.enumerated() {
        let text = ClauseText(paragraph.text)
        let mainRange = mainList?.range(section: index, paragraph: p)
        var lastName: (sentence: Int, name: String)?
        for whole in text.clauses {
          let (clause, isMain) = MainList.clip(whole, to: mainRange)
          let found = FigureReader.figures(in: text, clause: clause)
          guard !found.isEmpty else { continue }
          let span = text.text(of: clause)
          let place = places.find(in: text.scalars, from: clause.start, to: clause.end).first
          // The main list plans the coming year wherever it stands.
          let part = isMain ? .plan : sectionPart
          var previous: (end: Int, direction: Direction?)?
          for figure in found {
            let direction = FigureDirection.of(
              text.scalars, from: previous?.end ?? clause.start, start: figure.start,
              previous: previous)
            previous = (figure.end, direction)
            var name = figure.name
            // 地区生产总值增长7.5%,达到309亿元: the second clause names nothing.
            if name.isEmpty, let last = lastName, last.sentence == clause.sentence {
              name = last.name
            }
            lastName = (clause.sentence, name)
            let id = builder.newID(.indicator)
            builder.indicators.append(
              Indicator(
                id: id, report: document.reportID, section: sectionID, name: name,
                value: figure.value, unit: figure.unit, kind: figure.kind,
                qualifiers: figure.qualifiers, part: part, span: span, place: place?.name,
                upper: figure.upper, sentence: text.text(ofSentence: clause.sentence),
                measure: Measure(direction: direction)))
            builder.edges.append(Edge(from: sectionID, to: id, rel: "contains"))
            if let place { builder.edges.append(Edge(from: id, to: place.id, rel: "mentions")) }
          }
        }
      }
    }
  }
}
