// TextFuzzTests.swift: decode, clean and outline never trap on odd input:
// random bytes, and pages stitched from pieces of headings, junk and text.
import BaogaoTestSupport
import Testing

@testable import BaogaoIngest

@Suite struct TextFuzzTests {
  static let pieces = [
    "一、", "（一）", "(", "）", "1.", "2、", "（3）", "第一部分", "附件", "附件1", "名词解释", "※", "。", ".", "，",
    "2022年工作回顾", "今年工作安排", "各位代表：", "在某市第八届人民代表大会第二次会议上", "某市人民政府市长", "政府工作报告",
    "上一篇：", "分享到：", "来源：", "内容摘要：", "冀ICP备06016263号", "记者孟宇光摄", "责任编辑", "03-30", "661",
    "*", "\u{FFFD}", "\u{3000}", " ", "\r", "\n", "\n\n", "——", "…", "增长8%", "2.5亿元", "是",
    "侯卫东官场笔记",
    "全面推进城市建设,", "确保完成任务。", "一是", "\u{0301}", "👍", "。。。", "..",
  ]

  @Test func randomBytesNeverTrap() {
    var random = SeededRandom(seed: 7)
    for length in [1, 2, 3, 5, 16, 255, 4096] {
      for _ in 0..<20 {
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
        if let text = try? Decode.text(from: bytes) {
          let cleaned = Clean.lines(of: text)
          _ = Outline.document(reportID: "x", lines: cleaned.lines, junk: cleaned.junk)
        }
      }
    }
  }

  @Test func stitchedPagesNeverTrap() {
    var random = SeededRandom(seed: 11)
    for _ in 0..<300 {
      let count = Int.random(in: 0...60, using: &random)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
      let cleaned = Clean.lines(of: text)
      let document = Outline.document(reportID: "x", lines: cleaned.lines, junk: cleaned.junk)
      for (index, section) in document.sections.enumerated() {
        if let parent = section.parent { #expect(parent < index) }
      }
    }
  }
}
