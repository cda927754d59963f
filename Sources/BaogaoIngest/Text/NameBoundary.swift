// NameBoundary.swift: where a name that ends in a known suffix begins.
// Chinese has no spaces, so a name (环城南路, 金塘文化中心) is found from its suffix
// backwards: up to a punctuation mark, then cut after the last verb or function
// word in front of it (推进, 打造, 和, 及 …). Places and Projects share it.

enum NameBoundary {
  /// Words that never stand inside a name, so a name begins after them. Verbs
  /// of report prose and adverbs that precede them.
  static let verbs: [String] = [
    "推进", "建设", "实施", "打造", "加快", "启动", "开工", "谋划", "布局", "打通",  // plan verbs
    "争取", "促进", "突出", "创建", "探索", "加强", "完成", "着力", "集中", "精心",
    "稳步", "深化", "支持", "配合", "推动", "力促", "确保", "保障", "实现", "形成",
    "建成", "投用", "投产", "开展", "引进", "落户", "入驻", "融入", "对接", "培育",
    "整治", "入选", "获评", "成功", "提升", "改造", "新建", "扩建", "建立", "启用",
    "发展", "做好", "抓好", "围绕", "依托", "助推", "服务", "联动", "主动", "全力",
    "积极", "大力", "持续", "继续", "全面", "高标准", "高质量", "加速", "强化", "完善",
    "挂牌", "落地", "开放", "建立健全", "聚焦", "重点", "优化", "统筹", "提高", "加大",
    "就是", "以及", "其中", "包括", "位于", "作为", "成为", "通过", "利用", "保护",
    "开发", "运营", "引领", "带动", "申报", "争创", "评为", "列入", "纳入", "设立",
    "改善", "有力", "打响", "招引", "推介", "举办", "承办", "完工", "竣工", "动工", "贯通",
    "贯穿", "迎来", "对标", "推广", "坚持", "落实", "修建", "加快推进", "组团", "驰援",
    "推行", "挖掘", "引导", "引入", "紧盯", "培育引进", "发力", "借助", "深入", "参与",
    "联手", "承接", "优化", "进一步", "成立", "抓", "狠抓", "盯着", "做好", "明确", "策划",
    "运作", "是指", "抢抓", "抢占", "激活", "搞活", "扩大", "稳", "根治", "解决", "制定", "整合",
    "顺应", "维护", "带来", "同时", "目前", "计划", "先后", "力争", "引进", "申请",
    "拓展", "提振", "激发", "壮大", "聚集", "压缩", "鼓励", "兴办", "开拓", "占领", "规范",
    "建好", "办好", "用好", "管好", "扩容", "升级",
    // An office closes its unit's name: hailaer-2016 "建设街道办事处金星村".
    "办事处",
  ]

  /// Single characters that end the word before a name (和平路 keeps its 和:
  /// a name never starts with the cut, see `start`). Not 向 or 从: they stand
  /// inside names (北向疏港公路, dinghai-2018).
  static let functionCharacters = ScalarSet(
    JoiningWords.conjunctions + [
      "在", "对", "把", "将", "由", "以", "为", "的", "了",
      "等", "并", "或", "同", "让", "使", "被", "于", "是", "按", "给", "跟", "到",
    ] as [Unicode.Scalar])

  /// Function characters that also begin names (和平路, 与…, 于家村, 为民服务中心).
  static let nameInitials = ScalarSet(
    JoiningWords.conjunctions + ["于", "同", "为", "向", "从"] as [Unicode.Scalar])

  /// Verbs that stay in a project's name right before its facility word
  /// (定海公园改造提升工程, 城南学校新建工程, 世纪太平洋扩建提升项目).
  static let constructionVerbs: TextSet = [
    "改造", "提升", "扩建", "新建", "改建", "建设", "保护", "利用", "开放", "修复", "治理", "整治",
    "迁建", "重建", "改造提升", "提标", "开发", "服务", "扩容", "升级",
  ]

  /// Characters that stop the backward walk: punctuation and quotes.
  static func isStop(_ c: Unicode.Scalar) -> Bool {
    // CJK ideographs, most of the text, are never space or punctuation; skipping
    // the Unicode property lookups for them is the common, fast path.
    if ("\u{4E00}"..."\u{9FFF}").contains(c) { return false }
    if c.isWhiteSpace { return true }
    switch c {
    case "、", "，", ",", "。", "；", ";", "：", ":", "“", "”", "\"", "‘", "’", "'", "《", "》",
      "（", "）", "(", ")", "！", "!", "？", "?", "—", "…", "·", "【", "】", "[", "]", "*",
      "\u{FFFD}":
      return true
    default:
      return c.properties.generalCategory == .otherPunctuation
    }
  }

  static let verbIndex = PhraseIndex(verbs.map { ($0, ()) })

  /// The start of the name that ends at `suffixStart` (where its suffix begins).
  /// The stem (from the start to the suffix) keeps at least `minimumStem`
  /// scalars and at most `maximumStem`; nil when no such start exists.
  static func start(
    in text: [Unicode.Scalar], suffixStart: Int, minimumStem: Int, maximumStem: Int,
    nameEnd: Int? = nil, cutsAtRunStart: Bool = false, keepsVerbsBeforeSuffix: Bool = false,
    verbCanBeName: Bool = true,
    extraCuts: ScalarSet? = nil
  ) -> Int? {
    guard suffixStart > 0, suffixStart <= text.count else { return nil }
    // The run of name characters before the suffix, bounded so that a line
    // without punctuation costs no more than a short one.
    var runStart = suffixStart
    while runStart > 0, suffixStart - runStart < maximumRun, !isStop(text[runStart - 1]) {
      runStart -= 1
    }
    var start = runStart
    // The name starts after the last verb in front of it. A verb that fills
    // the whole stem of a name standing between punctuation is the name
    // (", 新建社区、", dinghai-2018), but not in 加强社区建设.
    let run = Array(text[runStart..<suffixStart])
    let standsAlone =
      verbCanBeName && (nameEnd.map { $0 >= text.count || isStop(text[$0]) } ?? false)
    // 经济技术开发区…食品产业园: 开发 of 开发区 is a zone's name, not a verb.
    let verbs = verbIndex.matches(in: run).filter {
      ($0.range.upperBound >= run.count || run[$0.range.upperBound] != "区"
        || !run[$0.range].elementsEqual("开发".unicodeScalars))
        && !startsNoun(text, at: runStart + $0.range.lowerBound)
    }
    // 定海公园改造提升工程, 城南学校新建工程: verbs right before a project's facility
    // word belong to its name.
    var kept = run.count
    if keepsVerbsBeforeSuffix {
      for match in verbs.reversed() where match.range.upperBound == kept {
        guard constructionVerbs.contains(ScalarText.string(run[match.range])) else {
          break
        }
        kept = match.range.lowerBound
      }
      // Verbs with no name in front of them are verbs (谋划建设大桥…, 着力提升园区).
      let cutBefore =
        verbs.filter { $0.range.upperBound <= kept }.map(\.range.upperBound).max() ?? 0
      if cutBefore >= kept { kept = run.count }
    }
    for match in verbs where match.range.upperBound <= kept {
      let after = runStart + match.range.upperBound
      if match.range.lowerBound == 0, after == suffixStart, standsAlone, !cutsAtRunStart {
        continue
      }
      start = max(start, after)
    }
    // A function character ends the word before the name, except as the
    // first character of the run when names can start with it (和平路, 于家村).
    var i = suffixStart - 1
    while i >= start {
      let cuts = functionCharacters.contains(text[i]) || extraCuts?.contains(text[i]) == true
      if cuts, i > runStart || cutsAtRunStart || !nameInitials.contains(text[i]) {
        start = i + 1
        break
      }
      i -= 1
    }
    let stem = suffixStart - start
    guard stem >= minimumStem, stem <= maximumStem else { return nil }
    return start
  }

  /// Nouns that begin with a verb of `verbs`: chongqing-2026 "浪潮服务器生产线"
  /// is a server plant, not 服务 (to serve) and 器生产线.
  static let nounsHoldingVerbs: [[Unicode.Scalar]] = ["服务器"].map { Array($0.unicodeScalars) }

  static func startsNoun(_ text: [Unicode.Scalar], at i: Int) -> Bool {
    nounsHoldingVerbs.contains { PhraseIndex<Int>.endsWith(text, $0, at: i + $0.count) }
  }

  /// Longest run looked at in front of a suffix.
  static let maximumRun = 24
}
