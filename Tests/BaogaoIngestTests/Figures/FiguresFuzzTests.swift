// FiguresFuzzTests.swift: the figure and target readers never trap, whatever
// the text: random runs of digits, numerals, units, marks and quotes.
import BaogaoGraph
import BaogaoTestSupport
import Testing

@testable import BaogaoIngest

@Suite struct FiguresFuzzTests {
  /// Pieces that make the readers' branches run: numbers, units, ranges,
  /// qualifiers, list words, quotes, censor marks, clause and sentence ends.
  static let pieces: [String] = [
    "1", "0", "9", "12", "3.5", ".", ",", "，", "、", "：", ":", "。", "；", "%", "％", "万",
    "亿", "元", "万元", "个", "家", "第", "位", "次", "级", "等", "以上", "左右", "以内", "余", "多",
    "-", "—", "～", "至", "十", "两", "百", "千", "零", "〇", "一", "三", "五", "分别", "均增长",
    "增长", "达到", "占", "率", "“", "”", "*", "\u{FFFD}", "[", "]", "A", "PM", "年", "确保",
    "预计", "力争", "和", "及", "建成", "项目", "水平", "主要预期目标是", "１", "．", "百分点",
    "个百分点", "倍", " ", "\u{3000}", "1234567890123456789",
  ]

  @Test func randomTextNeverTraps() {
    var random = SeededRandom(seed: 2018)
    for _ in 0..<1500 {
      let count = random.below(40)
      let text = (0..<count).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
      let clauses = ClauseText(text)
      for clause in clauses.clauses {
        for figure in FigureReader.figures(in: clauses, clause: clause) {
          #expect(figure.start >= clause.start && figure.end <= clause.end)
          #expect(figure.value.isFinite)
        }
        _ = Verbs.isCommitment(clauses.text(of: clause))
      }
      _ = MainList.range(in: clauses)
      _ = FigureNames.split(text, count: 2)
      _ = FigureNames.clean(text)
    }
  }

  @Test func randomReportsIngest() throws {
    var random = SeededRandom(seed: 2024)
    for _ in 0..<20 {
      var lines = ["一、2023年工作回顾", "二、2024年工作安排", "(一)加快城市建设"]
      for _ in 0..<20 {
        let count = random.below(60)
        lines.append((0..<count).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined())
      }
      lines.shuffle(using: &random)
      let graph = try Ingest.graph(of: [(Array(lines.joined(separator: "\n").utf8), "fuzz", "fuzz")]
      )
      #expect(
        graph.targets.allSatisfy { $0.indicators.allSatisfy { graph.indicator(id: $0) != nil } })
    }
  }
}
