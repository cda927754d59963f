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
    /// What a main-list item is about, and a worded item's wording.
    var name = ""
    var qualifiers: [String] = []
  }

  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder)
  {
    let document = context.document
    let places = context.placeLinks
    let projects = NameIndex(context.projectIDs)
    for (index, section) in document.sections.enumerated() {
      let isPlan = document.part(ofSection: index) == .plan
      guard context.sectionIDs.indices.contains(index), context.readings.indices.contains(index),
        isPlan || document.mainList?.section == index
      else { continue }
      let sectionID = context.sectionIDs[index]
      let area = section.area ?? Areas.overall
      // Once per section: comparing Chinese strings normalises both.
      let isOverall = area == Areas.overall
      for var reading in context.readings[index] {
        let text = reading.text
        var drafts: [Draft] = []
        for read in reading.clauses {
          let clause = read.clause
          let isMain = read.isMain
          let linked = read.figures.filter { $0.part == .plan }.map(\.id)
          if !linked.isEmpty {
            // 地区生产总值增长7.5%,达到309亿元: a clause that names nothing
            // states the previous target's figure again.
            if let last = drafts.last, !last.indicators.isEmpty, last.sentence == clause.sentence,
              last.isMain == isMain, namesNothing(text, read)
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
          // A main-list item in words: one target per indicator it names.
          if isMain {
            guard let item = MainItems.worded(text.text(of: clause)) else { continue }
            for name in item.names {
              drafts.append(
                Draft(
                  start: clause.start, end: clause.end, sentence: clause.sentence, indicators: [],
                  isMain: true, name: name, qualifiers: item.qualifiers))
            }
            continue
          }
          // Outside the main list, the plan's introduction states aims, not
          // checkable commitments; nor does a paragraph's lead sentence.
          guard isPlan, !isOverall, !isTopic(text, clause) else { continue }
          // A project or place named in the clause is a checkable object:
          // dinghai-2018 "全力打造南部滨海休闲定海湾".
          let names =
            !projects.find(in: text.scalars, from: clause.start, to: clause.end).isEmpty
            || !places.find(in: text.scalars, from: clause.start, to: clause.end).isEmpty
          // The clause's text only here: most clauses end before (a String each
          // was a hundredth of ingest, callgrind).
          guard Verbs.isCommitment(text.text(of: clause), namesSomething: names) else { continue }
          drafts.append(
            Draft(
              start: clause.start, end: clause.end, sentence: clause.sentence, indicators: [],
              isMain: false))
        }
        let names = Dictionary(
          reading.clauses.flatMap(\.figures).map { ($0.id, $0.figure.name) },
          uniquingKeysWith: { a, _ in a })
        for draft in drafts.flatMap({ oneIndicatorEach($0, names: names) }) {
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
              sentence: reading.sentence(draft.sentence), name: draft.name,
              qualifiers: draft.qualifiers))
          builder.edges.append(Edge(from: sectionID, to: id, rel: .contains))
          for figure in draft.indicators {
            builder.edges.append(Edge(from: id, to: figure, rel: .measures))
          }
          for hit in placeHits + projectHits {
            builder.edges.append(Edge(from: id, to: hit.id, rel: .mentions))
          }
        }
      }
    }
  }

  /// A main-list item naming several indicators (城镇…、农村…收入均增长8%) is
  /// one target per indicator; a growth rate and the level it reaches stay
  /// one target. Other targets are kept whole.
  static func oneIndicatorEach(_ draft: Draft, names: [String: String]) -> [Draft] {
    guard draft.isMain, !draft.indicators.isEmpty else { return [draft] }
    var order: [String] = []
    var byName: [String: [String]] = [:]
    for id in draft.indicators {
      let name = names[id] ?? ""
      if byName[name] == nil { order.append(name) }
      byName[name, default: []].append(id)
    }
    return order.map { name in
      var one = draft
      one.name = name
      one.indicators = byName[name] ?? []
      return one
    }
  }

  /// The clause's words before its first number name no thing: `达到309亿元`.
  static func namesNothing(_ text: ClauseText, _ read: ReadClause) -> Bool {
    guard let first = read.figures.first else { return false }
    return FigureNames.clean(text.text(read.clause.start, first.figure.start)).isEmpty
  }

  /// The clause is a paragraph's lead sentence on its own (着力推动国际农产品贸易
  /// 中心建设。): a heading of the paragraph, not a commitment.
  static func isTopic(_ text: ClauseText, _ clause: Clause) -> Bool {
    guard clause.sentence == 0 else { return false }
    return text.clauses.filter { $0.sentence == 0 }.count == 1
  }
}
