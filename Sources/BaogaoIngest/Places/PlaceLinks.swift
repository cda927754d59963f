// PlaceLinks.swift: which places a figure or a target may link.
// Takes the context's place ids and the places found so far, and gives a
// `NameIndex` without the report's own locality, its ancestors and countries:
// 舟山 in 舟山船舶装备高新技术产业园区 and 定海 in 定海工业园区 name the report's
// own ground (dinghai-2018), not where one target stands.
import BaogaoGraph

enum PlaceLinks {
  /// Suffixes dropped from the report's place to find its short name: 定海区 → 定海.
  static let suffixes = ["街道", "自治县", "自治州", "区", "县", "市", "省", "镇", "乡", "旗", "盟"]

  /// Place types never linked: the whole country is no target's location.
  static let unlinkedTypes: Set<PlaceType> = [.country, .region]

  /// Longest chain of parents followed; place parents come from a gazetteer
  /// and a loop in them must not hang ingest.
  static let maxDepth = 10

  static func index(_ context: RecogniseContext, builder: GraphBuilder) -> NameIndex {
    let report = context.document.reportID
    var parents: [String: String] = [:]
    var excluded: Set<String> = []
    // This report's places were appended last; earlier reports' are not read.
    for place in builder.places.reversed() {
      guard place.report == report else { break }
      if let parent = place.parent { parents[place.name] = parent }
      if unlinkedTypes.contains(place.type) { excluded.insert(place.name) }
    }
    let own =
      builder.reports.last.flatMap { $0.id == report ? $0.place : nil } ?? context.document.place
    if let own, !own.isEmpty {
      var current: String? = own
      var depth = 0
      while let name = current, depth < maxDepth {
        excluded.insert(name)
        excluded.insert(short(name))
        current = parents[name] ?? parents[short(name)]
        depth += 1
      }
    }
    return NameIndex(context.placeIDs.filter { !excluded.contains($0.key) })
  }

  /// The name without its administrative suffix, when something is left.
  static func short(_ name: String) -> String {
    for suffix in suffixes where name.endsWithWord(suffix) && name.count > suffix.count + 1 {
      return String(name.dropLast(suffix.count))
    }
    return name
  }
}
