// CorpusTests.swift: many reports as one dataset: folders walked, copies of a
// text in other encodings skipped, report ids kept unique, node ids stable
// whatever else is loaded and in whatever order.
import BaogaoGraph
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct CorpusTests {
  static let reports = Fixtures.directory.appendingPathComponent("reports").path

  @Test func aFolderLoadsEveryReportOnceAndSkipsTheEncodedCopies() throws {
    var corpus = Corpus()
    try corpus.add(path: Self.reports)
    let graph = corpus.finish().graph
    #expect(graph.reports.count == 10)
    #expect(Set(graph.reports.map(\.id)).count == 10)
    #expect(corpus.notes.count == 3)
    #expect(corpus.notes.allSatisfy { $0.hasPrefix("skipped ") && $0.contains("encodings/") })
    // The originals (top of the folder) are the ones kept.
    #expect(graph.reports.contains { $0.id == "hailaer-2016" })
    #expect(!graph.reports.contains { $0.id.contains("gb18030") })
  }

  @Test func theSameTextWithOtherLineEndsIsSkipped() throws {
    var corpus = Corpus()
    let text = "2031年章贡区政府工作报告\n一、2030年工作回顾\n地区生产总值增长6%。\n"
    try corpus.add(bytes: Array(text.utf8), reportID: "a", source: "a.txt")
    let crlf = text.replacing("\n", with: "\r\n")
    try corpus.add(bytes: Array(crlf.utf8), reportID: "b", source: "b.txt")
    #expect(corpus.finish().graph.reports.map(\.id) == ["a"])
    #expect(corpus.notes == ["skipped b.txt: the same text as report a"])
  }

  /// What two copies share, by Characters: the rule the byte reading keeps.
  static func normalisedByCharacters(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var line = line
      while let last = line.last, last.isWhitespace { line = line.dropLast() }
      return line
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    var joined = lines.joined(separator: "\n")
    if joined.hasPrefix("\u{FEFF}") { joined.removeFirst() }
    return joined
  }

  @Test(arguments: [
    "", "\n\n", "\u{FEFF}", "\u{FEFF}一、工作回顾 \n", "地区生产总值增长6%。\u{3000}\t \n\n  \n",
    "甲\n \n乙\u{A0}\n丙\u{2003}", "  前有空白  \n\n\n中间空行\n", "末行无换行。", "x\u{85}\ny",
  ])
  func theSameTextReadOffItsBytes(text: String) {
    #expect(Corpus.normalised(text) == Array(Self.normalisedByCharacters(text).utf8))
  }

  @Test func aTakenReportIdGetsASuffixAndANote() throws {
    var corpus = Corpus()
    try corpus.add(
      bytes: Array("一、2030年工作回顾\n地区生产总值增长6%。\n".utf8), reportID: "x", source: "a/x.txt")
    try corpus.add(
      bytes: Array("一、2030年工作回顾\n地区生产总值增长7%。\n".utf8), reportID: "x", source: "b/x.txt")
    #expect(corpus.finish().graph.reports.map(\.id) == ["x", "x-2"])
    #expect(corpus.notes == ["report id x is taken: b/x.txt is report x-2"])
  }

  @Test func finishingGivesTheNodesToTheGraphAndEmptiesTheCorpus() throws {
    var corpus = Corpus()
    try corpus.add(path: Self.reports + "/hailaer-2016.txt")
    try corpus.add(path: Self.reports + "/hailaer-2017.txt")
    let (graph, _) = corpus.finish()
    #expect(graph.reports.count == 2)
    #expect(!graph.reconciliations.isEmpty)
    #expect(corpus.builder.reports.isEmpty && corpus.builder.edges.isEmpty)
    #expect(corpus.sources.count == 2)
  }

  func graph(_ ids: [String]) throws -> Graph {
    var corpus = Corpus()
    for id in ids { try corpus.add(path: Self.reports + "/" + id + ".txt") }
    return corpus.finish().graph
  }

  @Test func idsDoNotDependOnWhatElseIsLoadedOrTheOrder() throws {
    let alone = try graph(["hailaer-2017"])
    let forward = try graph(["hailaer-2016", "hailaer-2017"])
    let backward = try graph(["hebei-2019", "hailaer-2017", "hailaer-2016"])
    for id in ["hailaer-2017:T3", "hailaer-2017:I10", "hailaer-2017:S2", "hailaer-2017:P1"] {
      let node = alone.resolve(id: id).map { alone.displayName(id: $0.id) }
      #expect(node != nil, "\(id)")
      #expect(forward.resolve(id: id).map { forward.displayName(id: $0.id) } == node)
      #expect(backward.resolve(id: id).map { backward.displayName(id: $0.id) } == node)
    }
    #expect(
      forward.targets.filter { $0.report == "hailaer-2017" }.map(\.span)
        == backward.targets.filter { $0.report == "hailaer-2017" }.map(\.span))
  }

  @Test func aBareIdNamesANodeWhileOneReportIsLoaded() throws {
    let alone = try graph(["hailaer-2017"])
    #expect(alone.resolve(id: "T3")?.id == "hailaer-2017:T3")
    #expect(alone.resolve(id: "t3")?.id == "hailaer-2017:T3")
    #expect(alone.resolve(id: "hailaer-2017:t3")?.id == "hailaer-2017:T3")
    let two = try graph(["hailaer-2016", "hailaer-2017"])
    #expect(two.resolve(id: "T3") == nil)
  }
}
