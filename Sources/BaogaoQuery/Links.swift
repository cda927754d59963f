// Links.swift: what a relation field compares with, and the reverse links.
// A condition on a relation compares with the linked node's name: a place's or
// project's name, a section's path or title (or an enclosing section's, so
// that `section = 二` also finds what stands in 二.(三)). Reverse links (a
// place's projects and targets) are indexed once per graph in its memo.
import BaogaoGraph

enum Links {
  /// Deepest outline a section walk follows; a malformed graph with a parent
  /// cycle must not loop forever.
  static let maxSectionDepth = 64

  /// Place types that are also the suffix of the full name: a place stored as
  /// 金塘 of type 镇 is also found as 金塘镇 (dinghai-2018: "金塘镇", "金塘").
  /// A switch, not a Set: a Set of a String-backed enum hashed the raw
  /// value's NFC form once per linked place (perf of a first `projects
  /// where place = …` on 1,000 reports).
  static func isAdminSuffix(_ type: PlaceType) -> Bool {
    switch type {
    case .province,  // 浙江省
      .city,  // 舟山市
      .district,  // 定海区
      .county,  // 岱山县
      .town,  // 金塘镇
      .township,
      .subdistrict,  // 岑港街道
      .village,
      .community:
      true
    default: false
    }
  }

  /// The names a condition on a link to node `id` compares with.
  static func names(of id: String, kind: NodeKind, in graph: Graph) -> [String] {
    names(of: id, at: graph.byID[id], kind: kind, in: graph)
  }

  /// `names(of:kind:in:)` for an id already looked up (at `ref`; nil: unknown).
  static func names(of id: String, at ref: NodeRef?, kind: NodeKind, in graph: Graph)
    -> [String]
  {
    guard let ref, ref.kind == kind else { return [id] }
    switch kind {
    case .section:
      // Read in place: a copy of each Section retained its text and the
      // rest of its strings, for two of them.
      var names: [String] = []
      var index = ref.index
      for _ in 0..<maxSectionDepth {
        names.append(graph.sections[index].path)
        names.append(graph.sections[index].title)
        guard let parent = graph.sections[index].parent,
          let next = graph.index(of: parent, kind: .section)
        else { break }
        index = next
      }
      return names
    case .report: return [id, graph.reports[ref.index].title]
    case .place:
      // A town is named with and without its type: 金塘镇 and 金塘, 定海区 and 定海.
      // The two fields read in place: a copy of the Place retained all of
      // its strings.
      let name = graph.places[ref.index].name
      let type = graph.places[ref.index].type
      let word = type.rawValue
      // The bytes first: String's hasSuffix compares Characters, a tenth of
      // a first `projects where place = …` on 1,000 reports (callgrind). The
      // type words are ideographs, whose bytes are the same in any normal form.
      let typed = endsWith(name, word) && endsWithCharacters(name, word)
      // The stem is cut and measured by its bytes as well: counting and
      // dropping Characters was a third of that first query again.
      if typed, let stem = stem(of: name, dropping: word) {
        return [name, stem]
      }
      if !typed, isAdminSuffix(type) {
        return [name, name + word]
      }
      return [name]
    default: return graph.displayName(id: id).map { [$0] } ?? [id]
    }
  }

  /// `name` without its last `word` when at least two scalars stand before
  /// it (金塘 of 金塘镇; not the lone 镇 of 新镇); nil otherwise. The caller
  /// has checked that `name` ends with `word`, also as Characters.
  static func stem(of name: String, dropping word: String) -> String? {
    let length = name.utf8.count - word.utf8.count
    // A scalar starts at each byte that is not a UTF-8 continuation byte.
    var scalars = 0
    for byte in name.utf8.prefix(length) where byte & 0xC0 != 0x80 {
      scalars += 1
      if scalars == 2 { break }
    }
    guard scalars >= 2 else { return nil }
    return String(decoding: name.utf8.prefix(length), as: UTF8.self)
  }

  /// True when the UTF-8 of `text` ends with that of `suffix`. Compared in
  /// place: reversed views compared byte by byte through generic iterators
  /// were an eighth of the names of 48,700 places.
  static func endsWith(_ text: String, _ suffix: String) -> Bool {
    var (text, suffix) = (text, suffix)
    return text.withUTF8 { t in
      suffix.withUTF8 { s in
        guard s.count <= t.count else { return false }
        let start = t.count - s.count
        for i in 0..<s.count where t[start + i] != s[i] { return false }
        return true
      }
    }
  }

  /// `text.hasSuffix(suffix)` for a `text` whose UTF-8 ends with that of
  /// `suffix`: whether a Character ends where the suffix begins. Between two
  /// plain scalars (PlainScalars: ASCII, CJK, the punctuation reports use)
  /// one always does, so for 金塘|镇 the bytes decide; String's Character
  /// comparison is asked only otherwise (a Prepend before the word joins it:
  /// UAX #29, GB9b).
  static func endsWithCharacters(_ text: String, _ suffix: String) -> Bool {
    var (text, suffix) = (text, suffix)
    let plain = text.withUTF8 { t in
      suffix.withUTF8 { s in
        let start = t.count - s.count
        guard start > 0, !s.isEmpty else { return true }
        let before = PlainScalars.decode(t, at: PlainScalars.start(before: start, in: t)).0
        return PlainScalars.isPlain(before) && PlainScalars.isPlain(PlainScalars.decode(s, at: 0).0)
      }
    }
    return plain || text.hasSuffix(suffix)
  }

  /// Ids of the projects located in a place.
  static func projects(ofPlace id: String, in graph: Graph) -> [String] {
    reverse("Links.projectsByPlace", of: id, in: graph) { g in
      g.projects.map { ($0.id, $0.places) }
    }
  }

  /// Ids of the targets that name a place.
  static func targets(ofPlace id: String, in graph: Graph) -> [String] {
    reverse("Links.targetsByPlace", of: id, in: graph) { g in
      g.targets.map { ($0.id, $0.places) }
    }
  }

  /// Ids of the targets that name a project.
  static func targets(ofProject id: String, in graph: Graph) -> [String] {
    reverse("Links.targetsByProject", of: id, in: graph) { g in
      g.targets.map { ($0.id, $0.projects) }
    }
  }

  /// The nodes whose link field holds `id`: the link read backwards, from an
  /// index (linked id → ids of the nodes that link to it) built once per graph
  /// under `key` from each node's id and linked ids.
  static func reverse(
    _ key: String, of id: String, in graph: Graph,
    links: (Graph) -> [(node: String, linked: [String])]
  ) -> [String] {
    let index = graph.memo.value(key) { () -> [String: [String]] in
      var index: [String: [String]] = [:]
      for (node, linked) in links(graph) {
        for other in linked { index[other, default: []].append(node) }
      }
      return index
    }
    return index[id] ?? []
  }
}

extension Schema {
  /// Ids of the indicators that items of a main-targets list measure.
  static func mainIndicators(in graph: Graph) -> Set<String> {
    graph.memo.value("Schema.mainIndicators") { () -> Set<String> in
      Set(graph.targets.lazy.filter(\.main).flatMap(\.indicators))
    }
  }
}
