// Areas.swift: the policy area of each plan section, from its heading.
// Takes an outlined document and sets `OutlineSection.area` on the sections
// of the plan part: the top plan section (its introduction holds the main
// targets) gets 总体目标, the others the label whose keywords their heading
// names most. Review sections keep no area.

public enum Areas {
  /// The label of the plan part's introduction and its main targets.
  public static let overall = "总体目标"

  /// The taxonomy: each label with the heading words that select it. A heading
  /// takes the label with the most keyword hits; ties go to the earlier row, so
  /// specific areas come before the broad 经济发展.
  public static let taxonomy: [(label: String, keywords: [String])] = [
    // dinghai-2018 二.(五) "着力提升行政能力,努力建设人民满意政府"
    ("政府建设", ["政府", "行政", "政务", "作风", "廉政", "依法", "法治政府", "自身建设", "效能"]),
    // dinghai-2018 二.(三) "攻坚推进品质城市建设,切实提升城市化水平"
    ("城市建设", ["城市", "城镇化", "城乡建设", "新型城镇", "基础设施", "交通", "城建", "品质城市"]),
    ("乡村振兴", ["乡村", "农村", "农业", "三农", "脱贫", "扶贫", "牧区"]),
    // 环境 alone is not enough: 营商环境 and 发展环境 are about business.
    ("生态环境", ["生态", "人居环境", "环境保护", "环境质量", "环境治理", "绿色", "污染", "环保", "蓝天", "碧水", "净土", "美丽"]),
    // dinghai-2018 二.(二) "全面提速开发开放合作,不断激发区域发展活力"
    ("开发开放", ["开放", "开发", "招商", "对外", "合作", "自贸", "口岸", "协同", "一体化"]),
    // dinghai-2018 二.(四) "全面实施富民惠民安民工程,不断提升群众获得感幸福感安全感"
    (
      "民生",
      ["民生", "富民", "惠民", "群众", "人民", "就业", "教育", "医疗", "健康", "社会保障", "社会事业", "幸福", "获得感", "公共服务"]
    ),
    ("社会治理", ["治理", "平安", "安全", "稳定", "社会管理", "法治"]),
    ("文化", ["文化", "文明", "旅游", "体育"]),
    // dinghai-2018 二.(一) "实施创新驱动战略,着力推动经济高质量发展"
    ("经济发展", ["经济", "产业", "工业", "制造", "高质量发展", "实体", "项目", "投资", "消费", "服务业", "内需"]),
    ("改革创新", ["改革", "创新", "科技", "人才", "动能"]),
  ]

  /// The label of a plan section whose heading names no area of the table.
  public static let other = "其他"

  /// Marks that end a heading's first clause.
  static let clauseMarks: Set<Character> = ["，", ",", "；", ";", "。"]

  /// Keywords that count half: they name what every area invests in
  /// (boye-2024 "聚焦兴产业、塑风貌，绘就和美乡村新图景" is about villages).
  static let weakKeywords: TextSet = ["产业", "项目", "投资", "消费", "服务业"]

  /// `taxonomy` with each keyword's weight (1 weak, 2 other), made once per
  /// process rather than hashing every keyword at every heading.
  static let weightedTaxonomy: [(label: String, keywords: [(word: String, weight: Int)])] =
    taxonomy.map { row in
      (row.label, row.keywords.map { ($0, weakKeywords.contains($0) ? 1 : 2) })
    }

  /// The area a plan heading names, or nil when no keyword matches. Words of
  /// the first clause count twice: it states the area, the rest its purpose
  /// (hailaer-2017 "全面深化改革开放,不断增强经济社会发展活力和动力").
  public static func area(ofHeading title: String) -> String? {
    // A plain title (PlainText.swift) has a Character per scalar, but CR:
    // its first clause ends at the first mark's bytes, and one byte search a
    // keyword says where it first stands (in the first clause when it ends
    // there; a later one stands later). Two searches a keyword and a
    // Character pass were a hundredth of ingest (callgrind on
    // Scripts/bench-ingest.sh).
    if title.isPlain, !title.utf8.contains(0x0D) {
      let bytes = Array(title.utf8)
      let firstEnd =
        title.unicodeScalars.firstIndex(where: clauseMarkScalars.contains).map {
          title.utf8.distance(from: title.startIndex, to: $0)
        } ?? bytes.count
      var best: (label: String, hits: Int)?
      for (label, keywords) in weightedTaxonomyBytes {
        let hits = keywords.reduce(0) {
          guard let at = Bytes.find($1.word, in: bytes) else { return $0 }
          return $0 + (at + $1.word.count <= firstEnd ? 2 * $1.weight : $1.weight)
        }
        if hits > 0, hits > (best?.hits ?? 0) { best = (label, hits) }
      }
      return best?.label
    }
    let first = title.prefix(while: { !clauseMarks.contains($0) })
    var best: (label: String, hits: Int)?
    for (label, keywords) in weightedTaxonomy {
      // Hits in quarters: 4 in the first clause, 2 after it, halved if weak.
      let hits = keywords.reduce(0) {
        $0 + (first.contains($1.word) ? 2 * $1.weight : title.contains($1.word) ? $1.weight : 0)
      }
      if hits > 0, hits > (best?.hits ?? 0) { best = (label, hits) }
    }
    return best?.label
  }

  /// `weightedTaxonomy` with the keywords as UTF-8.
  static let weightedTaxonomyBytes: [(label: String, keywords: [(word: [UInt8], weight: Int)])] =
    weightedTaxonomy.map { row in
      (row.label, row.keywords.map { (word: Array($0.word.utf8), weight: $0.weight) })
    }

  /// `clauseMarks` as scalars (each mark is one).
  static let clauseMarkScalars = ScalarSet(clauseMarks.flatMap(\.unicodeScalars))

  /// Words of a heading that opens the plan part as a whole (二、2018年政府工作
  /// 主要安排) rather than one area of it.
  static let partWords = ["安排", "任务", "计划", "目标", "工作", "总体要求"]

  /// Sets the area of every plan section: 总体目标 for the section that opens
  /// the plan part, the heading's label (or its parent's) for the others.
  public static func assign(to document: inout Document) {
    for index in document.sections.indices {
      guard document.part(ofSection: index) == .plan else { continue }
      let section = document.sections[index]
      let parent = section.parent.flatMap {
        document.sections.indices.contains($0) ? document.sections[$0] : nil
      }
      let isRoot = parent == nil || document.part(ofSection: section.parent ?? index) != .plan
      if isRoot {
        let opensPart = partWords.contains(where: section.title.contains)
        document.sections[index].area =
          opensPart ? overall : area(ofHeading: section.title) ?? overall
        continue
      }
      let parentArea = parent?.area == overall ? nil : parent?.area
      document.sections[index].area = area(ofHeading: section.title) ?? parentArea ?? other
    }
  }
}
