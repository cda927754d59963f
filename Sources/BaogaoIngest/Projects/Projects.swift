// Projects.swift: a recogniser of ingest step 4.
// Takes the outlined document and the places found before it; gives Project
// nodes (name, kind, status per part, mentions), `located_in` edges to the
// places their names contain, Organization nodes, and `context.projectIDs`
// for the targets recogniser to link.
import BaogaoGraph

public enum Projects {
  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder)
  {
    let document = context.document
    let places = PlaceLookup(context.placeIDs)
    let placeIndex = places.index
    var drafts = TextTable<ProjectDraft>()
    var order: [String] = []
    for (index, section) in document.sections.enumerated() {
      let part = document.part(ofSection: index)
      for (p, paragraph) in section.paragraphs.enumerated() {
        let text =
          context.paragraphScalars.indices.contains(index)
          ? context.paragraphScalars[index][p] : ScalarText.scalars(paragraph.text)
        // A row of an appendix's project table is one name, whole.
        let row = section.kind == .appendix ? ProjectShapes.tableLine(text) : nil
        // The place names in the paragraph, found once for both (each found
        // them itself: a hundredth of ingest, callgrind).
        let mentions =
          row.map { [$0] }
          ?? {
            let placeNames = placeIndex.matches(in: text)
            return ProjectNames.find(in: text, places: places, placeNames: placeNames)
              + developedPlaces(in: text, placeNames: placeNames, builder: builder)
          }()
        for mention in mentions {
          if drafts[mention.name] == nil {
            order.append(mention.name)
            drafts[mention.name] = ProjectDraft(kind: mention.kind)
          }
          drafts[mention.name]?.mentions += 1
          if let part, drafts[mention.name]?.statusByPart[part] == nil,
            let status = ProjectStatus.word(in: text, around: mention.range)
          {
            drafts[mention.name]?.statusByPart[part] = status
          }
        }
      }
    }
    for name in order {
      guard let draft = drafts[name], let full = ProjectShapes.fullName(of: name, among: drafts)
      else { continue }
      drafts[full]?.mentions += draft.mentions
      for (part, status) in draft.statusByPart where drafts[full]?.statusByPart[part] == nil {
        drafts[full]?.statusByPart[part] = status
      }
      drafts[name] = nil
    }
    for name in order {
      guard let draft = drafts[name] else { continue }
      let id = builder.newID(.project)
      var placeIDs: [String] = []
      for match in placeIndex.matches(in: name) where !placeIDs.contains(match.value) {
        placeIDs.append(match.value)
      }
      // The plan's word is the latest; the review's otherwise.
      let status =
        draft.statusByPart[.plan] ?? draft.statusByPart[.review]
      builder.projects.append(
        Project(
          id: id, report: document.reportID, name: name, kind: draft.kind, places: placeIDs,
          status: status, statusByPart: draft.statusByPart, mentions: draft.mentions))
      for place in placeIDs { builder.edges.append(Edge(from: id, to: place, rel: .locatedIn)) }
      context.projectIDs[name] = id
    }
    Organizations.recognise(context, places: places, into: &builder)
  }
}

extension Projects {
  /// Words after a place that make its development a project: 定海湾建设加速推进,
  /// 促进大浦口集装箱港区规模化发展 (dinghai-2018 lists both as places and projects).
  static let developmentWords: [[Unicode.Scalar]] = ["建设", "开发", "规模化发展"].map {
    Array($0.unicodeScalars)
  }

  /// Place types that can be developed as one project (a port area, a bay),
  /// and name endings of new zones (雄安新区), unlike a town, a district or a road.
  static let developedTypes: Set<PlaceType> = [.portArea, .water]
  static let developedEndings = ["新区", "试验区"]

  /// `placeNames`: the place names in `text` (`PlaceLookup.index`).
  static func developedPlaces(
    in text: [Unicode.Scalar], placeNames: [(range: Range<Int>, value: String)],
    builder: GraphBuilder
  ) -> [ProjectMention] {
    var found: [ProjectMention] = []
    for match in placeNames
    where developmentWords.contains(where: {
      ProjectNames.starts(text, with: $0, at: match.range.upperBound)
    }) {
      guard let place = builder.places.last(where: { $0.id == match.value }),
        developedTypes.contains(place.type)
          || developedEndings.contains(where: { place.name.endsWithWord($0) }),
        place.name.unicodeScalars.count >= 3
      else { continue }
      found.append(ProjectMention(name: place.name, kind: "平台", range: match.range))
    }
    return found
  }
}

/// What is known of a project while the document is read.
struct ProjectDraft {
  var kind: String
  var mentions = 0
  var statusByPart: [Part: String] = [:]
}

/// The status word of a project mention: the first one after the name in its
/// clause (金塘文化中心建成投用), else the last one before it (加快建设金塘螺杆小镇).
enum ProjectStatus {
  static let index = PhraseIndex(ProjectSuffixes.statusWords.map { ($0, ()) })

  static func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
    c == "，" || c == "," || c == "。" || c == "；" || c == ";" || c == "！" || c == "？"
  }

  static func word(in text: [Unicode.Scalar], around range: Range<Int>) -> String? {
    let from = min(range.upperBound, text.count)
    var end = from
    while end < text.count, !isClauseEnd(text[end]) { end += 1 }
    let after = Array(text[from..<end])
    if let first = index.matches(in: after).first { return ProjectNames.string(after[first.range]) }
    let upTo = min(range.lowerBound, text.count)
    var start = upTo
    while start > 0, !isClauseEnd(text[start - 1]) { start -= 1 }
    let before = Array(text[start..<upTo])
    guard let last = index.matches(in: before).last else { return nil }
    return ProjectNames.string(before[last.range])
  }
}
