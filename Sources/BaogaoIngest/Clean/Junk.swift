// Junk.swift: the vocabulary of web-page junk, used by Clean.
// Takes one trimmed line and says whether it is site chrome (navigation, share
// buttons, page headers, footers, photo captions, editor lines) and why. Rules
// that need the lines around (related-article lists, repeated copies, glued
// tails) live in Clean and Duplicates; this file only knows single lines.
// The reasons themselves (`JunkReason`) are the graph's: BaogaoGraph/Nodes.swift.
import BaogaoGraph

enum JunkRules {
  /// Whole lines that are share buttons or site widgets (compared exactly,
  /// after dropping a trailing colon).
  static let widgetLines: Set<String> = [
    "分享到",  // anguo-2022 line 268
    "QQ空间", "新浪微博", "人人网", "开心网", "百度空间", "和讯", "天涯社区",  // share buttons
    "腾讯微博", "微信", "微博", "QQ好友", "豆瓣", "打印", "关闭", "收藏", "打印本页", "关闭窗口",
    "字号", "大", "中", "小", "默认", "首页", ">>", ">", "|", "©", "放弃", "是否继续？", "是否继续",
    "相关文章", "相关阅读", "相关新闻", "相关链接", "延伸阅读", "本栏最新", "本栏推荐",  // lists
    "阅读排行", "热门文章", "最新文章", "推荐阅读", "标签云", "标签", "相关评论", "网友评论",
    "关于本站", "网站地图", "联系我们", "返回顶部", "上一篇", "下一篇", "扫一扫", "评论",
  ]

  /// `widgetLines` as UTF-8 bytes: hashing bytes skips String's normalisation.
  static let widgetBytes = Set(widgetLines.map { Array($0.utf8) })
  static let fullWidthColon = Array("：".utf8)

  /// Lines that start a block of related links after the report: every short
  /// unpunctuated line after one of these is junk too (anguo-2022 268–354).
  static let blockStarters: [String] = [
    "分享到", "上一篇", "下一篇", "较旧一篇", "较新一篇", "相关文章", "相关阅读", "本栏", "阅读排行",
    "标签", "免责声明", "来源：", "来源:", "地方政府网站", "新闻媒体网站", "关于本站", "网站地图",
    "当前位置", "友情链接", "相关链接", "延伸阅读",
  ]

  /// Markers anywhere in a line that has no sentence end mark: page links.
  static let navigationMarkers: [String] = [
    "上一篇", "下一篇", "较旧一篇", "较新一篇", "当前位置", "您的位置", "您访问的链接", "返回首页",
  ]

  /// Markers of footers, anywhere in a short line.
  static let footerMarkers: [String] = [
    "ICP备", "ICP证", "公网安备", "网站标识码", "版权所有", "Copyright", "copyright", "©",
    "主办：", "主办:", "承办：", "承办:", "免责声明", "技术支持：", "All Rights",
  ]

  /// Page header fields: `时间：2023-03-30 作者：中国县域 来源：政府官网` (anguo-2022 line 3).
  static let headerPrefixes: [String] = [
    "时间：", "时间:", "作者：", "作者:", "来源：", "来源:", "阅读：", "阅读:", "评论：", "评论:",
    "发布时间", "发布日期", "浏览次数", "点击数", "点击：", "字号：", "字体：", "编辑：", "编辑:",
    "内容摘要：", "内容摘要:", "摘要：", "摘要:", "信息来源", "文章来源",
    "本报讯", "编者按", "【编者按】", "原标题", "稿件来源", "访问量", "浏览量",  // newspaper reprints
    "字体：", "【字体", "【字号", "（上接", "(上接", "（下转", "(下转",  // 【字体：大 中 小】, （下转第二版）
  ]

  /// Editor lines: `（责任编辑：杨淼）` (baoding-2021 line 100).
  static let editorMarkers: [String] = ["责任编辑", "责编：", "责编:", "编审：", "校对："]

  /// Caption words: a short line with one of these and ending in 摄 is a photo
  /// caption (hebei-2019 line 3: 许勤作政府工作报告。记者孟宇光摄).
  static let captionMarkers: [String] = ["记者", "摄影", "通讯员", "新华社", "图为", "图片"]

  /// The longest line that can be a widget, a link or a footer.
  static let maxChromeLength = LineShape.maxLinkLength

  /// The marker lists as automatons: one pass over a line finds any of a
  /// list's words, where a search for each word in turn went through the
  /// line once a word (perf on Scripts/bench-ingest.sh).
  static let navigationList = WordList(navigationMarkers)
  static let footerList = WordList(footerMarkers)
  static let editorList = WordList(editorMarkers)
  static let captionList = WordList(captionMarkers)
  static let headerList = WordList(headerPrefixes)
  static let siteFooterStart = Array("本站".utf8)

  /// The reason a single line is junk, or nil when it may be the report's.
  static func reason(for line: String) -> JunkReason? {
    // Only short lines can be chrome, but for page links; counting stops
    // past the limit, so a long paragraph costs little.
    guard line.hasAtMost(maxChromeLength * 2) else {
      if SentenceEnd.hasMark(line) { return nil }
      return navigationList.occurs(in: line) ? .navigation : nil
    }
    let count = line.unicodeScalars.count
    let bytes = Array(line.utf8)
    if headerList.isPrefix(of: bytes) { return .header }
    var bare = bytes
    if bare.last == 0x3A { bare.removeLast() }  // ":"
    if bare.count >= 3, bare.suffix(3) == fullWidthColon[...] { bare.removeLast(3) }
    if widgetBytes.contains(bare) || isWidgetRow(line) { return .share }
    if count <= maxChromeLength, editorList.occurs(in: bytes) { return .editor }
    if count <= maxChromeLength, isCaption(line) { return .caption }
    let hasEnd = SentenceEnd.hasMark(line)
    if hasEnd && count > maxChromeLength { return nil }
    if navigationList.occurs(in: bytes) { return .navigation }
    if footerList.occurs(in: bytes) { return .footer }
    // boye-2024 line 101: 本站为非营利性网站…; `Bytes.has`, for the generic
    // `starts(with:)` stepped an iterator per byte of every short line.
    if Bytes.has(siteFooterStart, in: bytes, at: 0) { return .footer }
    return nil
  }

  /// Separators between widgets on one line: 【打印本页】 【关闭窗口】, 收藏 | 打印.
  static let widgetSeparators: Set<Character> = ["【", "】", "[", "]", "|", "｜", "丨", "/", "·"]

  /// `widgetSeparators` and the ideographic space, for a quick test.
  static let separatorScalars = ScalarSet("【】[]|｜丨/·\u{3000}".unicodeScalars)

  /// A short line made only of widgets.
  static func isWidgetRow(_ line: String) -> Bool {
    guard line.hasAtMost(maxChromeLength),
      line.unicodeScalars.contains(where: { separatorScalars.contains($0) || $0 == " " })
    else { return false }
    let pieces = line.split(whereSeparator: {
      widgetSeparators.contains($0) || LineShape.isSpace($0)
    })
    return pieces.count >= 2
      && pieces.allSatisfy { piece in
        var bytes = Array(piece.utf8)
        if bytes.last == 0x3A { bytes.removeLast() }
        if bytes.count >= 3, bytes.suffix(3) == fullWidthColon[...] { bytes.removeLast(3) }
        return widgetBytes.contains(bytes)
      }
  }

  /// `记者孟宇光摄`, `（新华社记者 王晔 摄）`: a caption names its photographer last.
  static func isCaption(_ line: String) -> Bool {
    var tail = Substring(line)
    while let last = tail.last, ")）】]".contains(last) || last.isWhitespace {
      tail = tail.dropLast()
    }
    guard tail.hasSuffix("摄") || tail.hasSuffix("摄影") else { return false }
    return captionList.occurs(in: line)
  }

  /// Read and comment counts, list dates and page dates on a line of their
  /// own: `661`, `0`, `03-30`, `2019年01月31日` (anguo-2022 lines 4–6, hebei-2019 line 241).
  /// Newspaper datelines and page numbers: `2019年1月15日 星期二`, `第05版：要闻`.
  static func isCounter(_ line: String) -> Bool {
    guard line.hasAtMost(24) else { return false }
    let digits = line.filter(\.isASCIIDigit).count
    guard digits > 0 else { return false }
    if line.hasPrefix("第") && line.containsWord("版") && line.hasAtMost(16) { return true }
    return line.allSatisfy {
      $0.isASCIIDigit || counterCharacters.contains($0) || LineShape.isSpace($0)
    }
  }

  /// What a counter line holds besides digits and spaces (made once, not at
  /// every short line).
  static let counterCharacters: Set<Character> = [
    "-", "/", ":", ".", " ", "年", "月", "日", "时", "分", "星", "期", "一", "二", "三", "四", "五", "六",
    "天",
  ]

  /// Whether a line begins a block of related links or site sections.
  static func startsBlock(_ line: String) -> Bool {
    blockStarters.contains(where: { line.utf8.starts(with: $0.utf8) })
  }
}

extension Character {
  /// 0–9 only (not full-width or other scripts' digits).
  var isASCIIDigit: Bool { isASCII && isNumber }
}
