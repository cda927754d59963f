// Targets.swift: a recogniser of ingest step 4, the targets of the plan part.
// Reads every clause of the plan sections: a clause with figures is a
// quantitative target that `measures` them; a clause with a commitment verb
// and a checkable outcome (Verbs.swift) is a qualitative one. Items of the main
// expected targets list (MainList.swift) are `main`, with area 总体目标.
// Targets link the places and projects they name; their section `contains` them.
import BaogaoGraph

public enum Targets {
  /// A target before it gets an id: a run of clauses of one paragraph.
  struct Draft {
    var start: Int
    var end: Int
    var sentence: Int
    var indicators: [String]
    var isMain: Bool
  }

  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder)
  {
    let document = context.document
    let places = PlaceLinks.index(context, builder: builder)
    let projects = NameIndex(context.projectIDs)
    let mainList = MainList.locate(in: document)
    // Figures of this report by section and span, to link quantitative targets.
    var figures: [String: [String]] = [:]
    // This report's figures were appended last: walk back over them only, or
    // loading many reports together costs the square of their number.
    for indicator in builder.indicators.reversed() {
      guard indicator.report == document.reportID else { break }
      guard indicator.part == .plan else { continue }
      figures[indicator.section + "\u{0}" + indicator.span, default: []].insert(indicator.id, at: 0)
    }
    for (index, section) in document.sections.enumerated() {
      let isPlan = document.part(ofSection: index) == .plan
      guard context.sectionIDs.indices.contains(index), isPlan || mainList?.section == index
      else { continue }
      let sectionID = context.sectionIDs[index]
      let area = section.area ?? Areas.overall
      for (p, paragraph) in section.paragraphs.enumerated() {
        let text = ClauseText(paragraph.text)
        let mainRange = mainList?.range(section: index, paragraph: p)
        var drafts: [Draft] = []
        for whole in text.clauses {
          let (clause, isMain) = MainList.clip(whole, to: mainRange)
          let span = text.text(of: clause)
          let linked = figures[sectionID + "\u{0}" + span] ?? []
          if !linked.isEmpty {
            // 地区生产总值增长7.5%,达到309亿元: a clause that names nothing
            // states the previous target's figure again.
            if let last = drafts.last, !last.indicators.isEmpty, last.sentence == clause.sentence,
              last.isMain == isMain, namesNothing(text, clause)
            {
              drafts[drafts.count - 1].end = clause.end
              drafts[drafts.count - 1].indicators += linked
              continue
            }
            drafts.append(
              Draft(
                start: clause.start, end: clause.end, sentence: clause.sentence, indicators: linked,
                isMain: isMain))
            continue
          }
          // Outside the main list, the plan's introduction states aims, not
          // checkable commitments; nor does a paragraph's lead sentence.
          guard isPlan, !isMain, area != Areas.overall, !isTopic(text, clause) else { continue }
          // A project or place named in the clause is a checkable object:
          // dinghai-2018 "全力打造南部滨海休闲定海湾".
          let names =
            !projects.find(in: text.scalars, from: clause.start, to: clause.end).isEmpty
            || !places.find(in: text.scalars, from: clause.start, to: clause.end).isEmpty
          guard Verbs.isCommitment(span, namesSomething: names) else { continue }
          drafts.append(
            Draft(
              start: clause.start, end: clause.end, sentence: clause.sentence, indicators: [],
              isMain: false))
        }
        for draft in drafts {
          let span = text.text(draft.start, draft.end)
          let id = builder.newID(.target)
          let placeHits = places.find(in: text.scalars, from: draft.start, to: draft.end)
          let projectHits = projects.find(in: text.scalars, from: draft.start, to: draft.end)
          builder.targets.append(
            Target(
              id: id, report: document.reportID, section: sectionID,
              area: draft.isMain ? Areas.overall : area, span: span, main: draft.isMain,
              indicators: draft.indicators, verb: Verbs.verb(in: span),
              projects: projectHits.map(\.id), places: placeHits.map(\.id),
              sentence: text.text(ofSentence: draft.sentence)))
          builder.edges.append(Edge(from: sectionID, to: id, rel: "contains"))
          for figure in draft.indicators {
            builder.edges.append(Edge(from: id, to: figure, rel: "measures"))
          }
          for hit in placeHits + projectHits {
            builder.edges.append(Edge(from: id, to: hit.id, rel: "mentions"))
          }
        }
      }
    }
  }

  /// The clause's words before its first number name no thing: `达到309亿元`.
  static func namesNothing(_ text: ClauseText, _ clause: Clause) -> Bool {
    guard let first = FigureReader.figures(in: text, clause: clause).first else { return false }
    return FigureNames.clean(text.text(clause.start, first.start)).isEmpty
  }

  /// The clause is a paragraph's lead sentence on its own (着力推动国际农产品贸易
  /// 中心建设。): a heading of the paragraph, not a commitment.
  static func isTopic(_ text: ClauseText, _ clause: Clause) -> Bool {
    guard clause.sentence == 0 else { return false }
    return text.clauses.filter { $0.sentence == 0 }.count == 1
  }
}
