// PartCues.swift: which part of a report a top-level section belongs to.
// Takes a section's heading (and, when the heading says nothing, its text) and
// gives `review` (results of the past period) or `plan` (intentions for the
// coming one). Decided by words, never by position: reports put a 十四五 plan
// between review and year plan, or a 政府自身建设 section after the plan.
import BaogaoGraph

enum PartCues {
  /// Heading words of a review section.
  static let reviewTitleWords: [String] = [
    "回顾",  // 一、2017年政府工作回顾 (dinghai-2018)
    "总结", "过去", "成绩", "工作情况", "主要成就", "取得的成效",
  ]
  /// Heading words of a plan section.
  static let planTitleWords: [String] = [
    "安排",  // 二、2018年政府工作主要安排 (dinghai-2018)
    "任务",  // 三、2019年重点任务 (hebei-2019)
    "计划", "目标", "思路", "重点工作", "工作重点", "要点", "打算", "部署",
    "总体要求",  // 二、2019年工作总体要求 (hebei-2019)
    "展望", "建议", "今年", "明年",
  ]
  /// Words that say the text reports on the period past: 一年来, 过去的一年.
  static let strongReviewWords: [String] = [
    "一年来", "五年来", "过去一年", "过去的一年", "过去五年", "过去的五年", "这五年", "去年", "上年",
    "取得了", "成绩", "成效显著",
  ]
  /// Words that say the text plans the coming period: 今年, 主要任务.
  static let strongPlanWords: [String] = [
    "今年", "明年", "主要任务", "重点任务", "预期目标", "重点抓好", "工作安排", "未来五年", "今后五年",
  ]
  /// Weaker words of review text: what was done (完成了, 同比).
  static let reviewWords: [String] = [
    "过去", "了", "已经", "取得", "实现", "同比", "累计",
  ]
  /// Weaker words of plan text: what will be done (将, 力争, 确保).
  static let planWords: [String] = [
    "将", "要", "力争", "确保", "预期", "目标", "计划", "着力", "继续", "加快",
  ]
  /// The four word lists of `part(ofText:)`, one after another, in one
  /// automaton; a word on two lists is on it twice and counts for both.
  static let textWords = WordAutomaton(
    reviewWords + planWords + strongReviewWords + strongPlanWords)
  /// Where each list lies in `textWords.words`.
  static let textWordLists:
    (review: Range<Int>, plan: Range<Int>, strongReview: Range<Int>, strongPlan: Range<Int>) = {
      let a = reviewWords.count
      let b = a + planWords.count
      let c = b + strongReviewWords.count
      return (0..<a, a..<b, b..<c, c..<(c + strongPlanWords.count))
    }()
  /// A strong word or a year weighs this many weak words.
  static let strongWeight = 8

  /// The part a top-level heading names: from its words, or from a year in it
  /// (the plan year names the plan, the year before names the review).
  static func part(ofTitle title: String, planYear: Int?) -> Part? {
    let review = reviewTitleWords.contains(where: { title.containsWord($0) })
    let plan = planTitleWords.contains(where: { title.containsWord($0) })
    if review && !plan { return .review }
    if plan && !review { return .plan }
    if let planYear, let year = ReportTitle.firstYear(in: title) {
      if year == planYear { return .plan }
      if year < planYear { return .review }
    }
    if review && plan {
      // 2023年工作回顾和2024年工作安排: whichever word comes last is the
      // section's subject; most such headings end with the plan.
      return .plan
    }
    return nil
  }

  /// The part that a section's text speaks of, from its wording and its
  /// years: years before the plan year and words such as 一年来 make it a
  /// review (fujian-2026 一、一年接着一年干… names no part in its heading);
  /// the plan year, later years and 今年 a plan. Weak words (了, 将) only
  /// decide when nothing strong is there.
  static func part(ofText text: String, planYear: Int? = nil) -> Part? {
    guard !text.isEmpty else { return nil }
    // One pass for all four lists: the counts come in the lists' order.
    let counts = textWords.counts(in: text)
    func total(_ list: Range<Int>) -> Int { counts[list].reduce(0, +) }
    let lists = textWordLists
    var review = total(lists.review) + strongWeight * total(lists.strongReview)
    var plan = total(lists.plan) + strongWeight * total(lists.strongPlan)
    if let planYear {
      for year in years(in: text) {
        if year < planYear { review += strongWeight } else { plan += strongWeight }
      }
    }
    if plan == 0 && review == 0 { return nil }
    return plan >= review ? .plan : .review
  }

  /// Every year written as four digits and 年 (2025年), in text order.
  static func years(in text: String) -> [Int] {
    var result: [Int] = []
    var digits = 0
    var value = 0
    var previousIsDigit = false
    for u in text.unicodeScalars {
      // The ASCII decimal digits are 0 to 9: no Unicode property look-up.
      if let d = u.value >= 0x30 && u.value <= 0x39 ? Int(u.value - 48) : nil {
        digits = previousIsDigit ? digits + 1 : 1
        // Only a run of four digits is a year; a longer one (a page of
        // digits, found by the ingest fuzzer) overflowed and trapped.
        if digits <= 4 { value = digits == 1 ? d : value * 10 + d }
        previousIsDigit = true
        continue
      }
      if u == "年", previousIsDigit, digits == 4, (1949...2200).contains(value) {
        result.append(value)
      }
      previousIsDigit = false
    }
    return result
  }
}
