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
  /// Words of review text: what was done (过去的一年, 一年来, 完成了).
  static let reviewWords: [String] = [
    "过去", "一年来", "五年来", "去年", "上年", "了", "已经", "取得", "实现", "同比", "累计",
  ]
  /// Words of plan text: what will be done (今年, 将, 力争, 确保).
  static let planWords: [String] = [
    "今年", "明年", "将", "要", "力争", "确保", "预期", "目标", "计划", "着力", "继续", "加快",
  ]

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

  /// The part that a section's text speaks of: more plan words than review
  /// words per character makes it a plan section.
  static func part(ofText text: String) -> Part? {
    guard !text.isEmpty else { return nil }
    let review = reviewWords.reduce(0) { $0 + text.occurrences(of: $1) }
    let plan = planWords.reduce(0) { $0 + text.occurrences(of: $1) }
    if plan == 0 && review == 0 { return nil }
    return plan >= review ? .plan : .review
  }
}
