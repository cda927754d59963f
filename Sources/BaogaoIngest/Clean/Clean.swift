// Clean.swift: step 2 of ingest.
// Takes decoded text and gives the report's lines and the junk it dropped, so
// the `junk` kind can show users what the cleaner removed. Single-line rules are
// in Junk.swift, second copies in Duplicates.swift; here are the rules that look
// at neighbours (related-link blocks, the abstract, breadcrumbs), the repair of
// lines that a web page broke apart at its links, and tails glued onto a
// paragraph. The censor marks `*` and U+FFFD are lost characters, never junk.
import BaogaoGraph

/// A piece of the raw text that the cleaner dropped.
public struct CleanedJunk: Sendable, Hashable {
  public var text: String
  public var reason: JunkReason
  public var line: Int

  public init(text: String, reason: JunkReason, line: Int) {
    self.text = text
    self.reason = reason
    self.line = line
  }
}

public enum Clean {
  /// A line this short with no sentence end mark is a fragment when it follows
  /// an unfinished paragraph (hebei-2019 line 17: 整治, the text of a link).
  static let maxFragment = 16
  /// Before the first heading only a paragraph at least this long is
  /// continued by fragments, so title, date and speaker lines stay apart.
  static let minContinued = 40
  /// A glued tail is at most this long (dinghai-2018 line 6: 侯卫东官场笔记).
  static let maxGluedTail = 15
  /// And the paragraph it is glued to at least this long.
  static let minGluedParagraph = 60
  /// Marks that cannot begin a paragraph: a line starting with one continues
  /// the line before (hebei-2019 line 16: 。农村承包地…).
  static let continuationStarts: Set<Character> = [
    "，", "。", "、", "；", "：", ",", ".", ";", ":", "）", ")", "”", "’", "》", "！", "？",
  ]

  /// Splits decoded text into lines, trims white space (including the
  /// ideographic space U+3000), and separates report lines from junk.
  public static func lines(of text: String) -> (lines: [Line], junk: [CleanedJunk]) {
    var raw: [Line] = []
    var junk: [CleanedJunk] = []
    for (index, piece) in splitLines(text).enumerated() {
      var trimmed = LineShape.trimSpaces(piece)
      if let kept = Controls.removed(from: trimmed) {
        junk.append(
          CleanedJunk(text: trimmed, reason: .control, line: index + 1))
        trimmed = LineShape.trimSpaces(Substring(kept))
      }
      if !trimmed.isEmpty { raw.append(Line(text: trimmed, number: index + 1)) }
    }
    let kept = dropJunkLines(raw, junk: &junk)
    let joined = joinFragments(kept)
    let lines = joined.map { cutGluedTail($0, junk: &junk) }
    junk.sort { $0.line < $1.line }
    return (lines, junk)
  }

  /// The text's lines at "\n", found on UTF-8 bytes: splitting by Character
  /// would find grapheme breaks in the whole text first.
  static func splitLines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = 0
    for feed in LineFeeds.withBytes(of: text, LineFeeds.offsets) {
      lines.append(text[LineFeeds.index(text, start)..<LineFeeds.index(text, feed)])
      start = feed + 1
    }
    lines.append(text[LineFeeds.index(text, start)...])
    return lines
  }

  /// The line-by-line pass: second copies, single-line junk, the block of
  /// related links after a share bar, the abstract after 内容摘要, and the
  /// breadcrumb above the title.
  static func dropJunkLines(_ raw: [Line], junk: inout [CleanedJunk]) -> [Line] {
    let repeated = Duplicates.repeatedLines(raw.map(\.text))
    var kept: [Line] = []
    var inBlock = false
    var expectAbstract = false
    var inBody = false
    for (i, line) in raw.enumerated() {
      func drop(_ reason: JunkReason) {
        junk.append(CleanedJunk(text: line.text, reason: reason, line: line.number))
      }
      if repeated.contains(i) {
        drop(.duplicate)
        continue
      }
      // Counts and dates alone on a line are page furniture above the
      // report; inside it they are table cells (anguo-2022 line 107).
      let counter = !inBody && JunkRules.isCounter(line.text)
      if let reason = counter ? .header : JunkRules.reason(for: line.text) {
        drop(reason)
        if JunkRules.startsBlock(line.text) { inBlock = true }
        if line.text.hasPrefix("内容摘要") || line.text.hasPrefix("摘要") {
          expectAbstract = true
        }
        continue
      }
      if expectAbstract {
        expectAbstract = false
        if line.heading == nil && isAbstract(line, before: raw[(i + 1)...]) {
          drop(.abstract)
          continue
        }
      }
      if inBlock {
        // After the report, a link's title may hold punctuation
        // (阻断新冠传播，请看24小时防疫攻略！, anguo-2022 line 290).
        let isLink =
          LineShape.isLinkLike(line.text) || (inBody && line.text.hasAtMost(maxLinkTitle))
        if isLink && !endsBlock(line, inBody: inBody) {
          drop(.related)
          continue
        }
        inBlock = false
      }
      if JunkRules.startsBlock(line.text) && LineShape.isLinkLike(line.text) {
        inBlock = true
        drop(.related)
        continue
      }
      if !inBody && line.heading != nil { inBody = true }
      kept.append(line)
    }
    return dropBreadcrumb(dropPageHeader(kept, junk: &junk), junk: &junk)
  }

  /// The longest related-article title with punctuation in it.
  static let maxLinkTitle = 40

  /// A block of links ends at the report: above the body at its title, date,
  /// speaker or first heading (a page may say 来源：… above the title); in the
  /// body at a top-level heading.
  static func endsBlock(_ line: Line, inBody: Bool) -> Bool {
    if inBody {
      guard let heading = line.heading else { return false }
      return heading.rank <= 1
    }
    return isReportStart(line) || isFrontMatter(line.text) || line.heading != nil
  }

  /// A page's summary repeats the report's opening: its first characters
  /// are those of the lines that follow (anguo-2022 line 8). Spaces and lost
  /// characters are skipped, for the page writes them differently.
  static let abstractProbe = 20
  /// Fewer letters than this match some opening by chance.
  static let minAbstract = 4
  /// How many lines after the summary may hold the opening it repeats.
  static let abstractLookahead = 8

  static func isAbstract(_ line: Line, before following: ArraySlice<Line>) -> Bool {
    func letters(_ s: String) -> [Character] {
      s.filter { !LineShape.isSpace($0) && $0 != "?" && $0 != "\u{FFFD}" && $0 != "." && $0 != "…" }
    }
    let summary = letters(line.text).prefix(abstractProbe)
    guard summary.count >= minAbstract else { return false }
    var opening: [Character] = []
    for next in following.prefix(abstractLookahead) where opening.count < summary.count {
      opening += letters(next.text)
    }
    return opening.starts(with: summary)
  }

  /// The report starts at the first of these this many lines into the page.
  static let maxHeaderLines = 300

  /// Links above the start of the report (the 在…人民代表大会 line, 各位代表,
  /// or the first heading) are the site's menus; the title, date and speaker
  /// lines right above the start stay.
  static func dropPageHeader(_ lines: [Line], junk: inout [CleanedJunk]) -> [Line] {
    guard let start = lines.prefix(maxHeaderLines).firstIndex(where: isReportStart)
    else { return lines }
    var keepFrom = start
    while keepFrom > 0, isFrontMatter(lines[keepFrom - 1].text) { keepFrom -= 1 }
    var result: [Line] = []
    for line in lines[..<keepFrom] {
      if LineShape.isLinkLike(line.text) {
        junk.append(
          CleanedJunk(text: line.text, reason: .navigation, line: line.number))
      } else {
        result.append(line)
      }
    }
    return result + lines[keepFrom...]
  }

  /// The meeting line, the address to the deputies, or a top-level heading.
  static func isReportStart(_ line: Line) -> Bool {
    let text = line.text
    if text.utf8.starts(with: "各位代表".utf8) { return true }
    if text.containsWord("人民代表大会") && text.hasAtMost(60) { return true }
    guard let heading = line.heading else { return false }
    return heading.kind == .body && heading.rank <= 1
  }

  /// Title, date and speaker lines: 政 府 工 作 报 告, 2022年安国市政府工作报告,
  /// 安国市人民政府市长 梁忠林, 2019年01月31日.
  static func isFrontMatter(_ text: String) -> Bool {
    guard text.hasAtMost(LineShape.maxLinkLength) else { return false }
    let bare = text.filter { !LineShape.isSpace($0) }
    return ["报告", "人民政府", "人民代表大会", "代表", "讨论稿", "审议"].contains(where: {
      bare.containsWord($0)
    }) || JunkRules.isCounter(text)
  }

  /// Short lines above the report's title are the site's breadcrumb
  /// (anguo-2022 line 1: 工作报告, above 2022年安国市政府工作报告).
  static func dropBreadcrumb(_ lines: [Line], junk: inout [CleanedJunk]) -> [Line] {
    guard
      let title = lines.prefix(6).firstIndex(where: {
        $0.text.filter { !LineShape.isSpace($0) }.containsWord("政府工作报告")
      }), title > 0
    else { return lines }
    let above = lines[..<title]
    guard above.allSatisfy({ $0.text.hasAtMost(10) && LineShape.isLinkLike($0.text) }) else {
      return lines
    }
    for line in above {
      junk.append(
        CleanedJunk(text: line.text, reason: .navigation, line: line.number))
    }
    return Array(lines[title...])
  }

  /// Rejoins lines that a web page broke at its links: a line continues the
  /// one before when that one is an unfinished paragraph and the line is a short
  /// fragment, starts with a mark no paragraph starts with, or follows a
  /// fragment (hebei-2019 lines 14–18). Headings never join, nor do the cells
  /// of an appendix's table.
  static func joinFragments(_ lines: [Line]) -> [Line] {
    var result: [Line] = []
    var afterFragment = false
    var inAppendix = false
    var inBody = false
    // Whether the last line kept is a heading with no body after it.
    var previousIsPure = false
    for line in lines {
      let heading = line.heading
      if let heading, heading.kind != .body { inAppendix = true }
      if heading == nil, !inAppendix, !previousIsPure, let previous = result.last,
        !LineShape.isComplete(previous.text),
        inBody || !previous.text.hasAtMost(minContinued - 1) || afterFragment
      {
        let first = line.text.first.map { continuationStarts.contains($0) } ?? false
        let short = line.text.hasAtMost(maxFragment)
        if first || short || afterFragment {
          result[result.count - 1].append(line.text)
          afterFragment = short && !LineShape.isComplete(line.text)
          continue
        }
      }
      if heading != nil { inBody = true }
      result.append(line)
      afterFragment = false
      previousIsPure = heading.map { $0.body == nil } ?? false
    }
    return result
  }

  /// Cuts a short unpunctuated tail after the last sentence of a long
  /// paragraph: it was glued on by the page, not written in the report
  /// (dinghai-2018 line 6 ends `…维稳安保任务。侯卫东官场笔记`).
  static func cutGluedTail(_ line: Line, junk: inout [CleanedJunk]) -> Line {
    let text = line.text
    guard !text.hasAtMost(minGluedParagraph - 1),
      let lastEnd = SentenceEnd.last(in: text[...])
    else { return line }
    let tail = text[text.index(after: lastEnd)...]
    guard !tail.hasAtMost(1), tail.hasAtMost(maxGluedTail),
      tail.allSatisfy({ $0.isLetter || $0.isNumber }),
      Heading.parse(String(tail)) == nil
    else { return line }
    junk.append(
      CleanedJunk(text: String(tail), reason: .glued, line: line.number))
    return Line(text: String(text[...lastEnd]), number: line.number)
  }
}
