// Targets.swift: a recogniser of ingest step 4, the targets of the plan part.
// Reads every clause of the plan sections: a clause with figures is a
// quantitative target that `measures` them; a clause with a commitment verb
// and a checkable outcome (Verbs.swift) is a qualitative one. Items of the main
// expected targets list are `main`. Targets link the places and projects they
// name, and their section `contains` them.
import BaogaoGraph

public enum Targets {
  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder)
  {
    let document = context.document
    let places = NameIndex(context.placeIDs)
    let projects = NameIndex(context.projectIDs)
    // Figures of this report by section and span, to link quantitative targets.
    var figures: [String: [String]] = [:]
    for indicator in builder.indicators
    where indicator.report == document.reportID && indicator.part == .plan {
      figures[indicator.section + "\u{0}" + indicator.span, default: []].append(indicator.id)
    }
    var foundMainList = false
    for (index, section) in document.sections.enumerated() {
      guard context.sectionIDs.indices.contains(index),
        document.part(ofSection: index) == .plan
      else { continue }
      let sectionID = context.sectionIDs[index]
      let area = section.area ?? Areas.overall
      for paragraph in section.paragraphs {
        let text = ClauseText(paragraph.text)
        // hebei-2019 carries a second copy of its list; the first one counts.
        let mainRange = foundMainList ? nil : MainList.range(in: text)
        if mainRange != nil { foundMainList = true }
        for clause in text.clauses {
          let span = text.text(of: clause)
          let linked = figures[sectionID + "\u{0}" + span] ?? []
          let isMain = mainRange.map { $0.contains(clause.start) } ?? false
          guard !linked.isEmpty || !isMain && Verbs.isCommitment(span) else { continue }
          let id = builder.newID(.target)
          let placeHits = places.find(in: text.scalars, from: clause.start, to: clause.end)
          let projectHits = projects.find(in: text.scalars, from: clause.start, to: clause.end)
          builder.targets.append(
            Target(
              id: id, report: document.reportID, section: sectionID,
              area: isMain ? Areas.overall : area, span: span, main: isMain, indicators: linked,
              verb: Verbs.verb(in: span), projects: projectHits.map(\.id),
              places: placeHits.map(\.id), sentence: text.text(ofSentence: clause.sentence)))
          builder.edges.append(Edge(from: sectionID, to: id, rel: "contains"))
          for figure in linked { builder.edges.append(Edge(from: id, to: figure, rel: "measures")) }
          for hit in placeHits + projectHits {
            builder.edges.append(Edge(from: id, to: hit.id, rel: "mentions"))
          }
        }
      }
    }
  }
}
