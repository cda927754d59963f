// CompletionTests.swift: the completer by context, without a terminal.
import BaogaoGraph
import BaogaoQuery
import Testing

@testable import BaogaoShell

@Suite struct CompletionTests {
  /// A small graph whose sections carry areas and titles to complete.
  static let graph: Graph = {
    var b = GraphBuilder()
    b.reports.append(Report(id: "r", title: "报告", source: "test"))
    for (path, title, area) in [
      ("一", "城市建设", "城市建设"), ("二", "民生保障", "民生"), ("三", "城乡融合", "城市建设"),
      ("四", "社会 事业", "社会事业"),
    ] {
      b.sections.append(
        Section(id: b.newID(.section), report: "r", path: path, title: title, area: area))
    }
    return b.build()
  }()

  let completer = Completer(graph: CompletionTests.graph, dotCommands: DotCommand.completionTable)

  func action(_ line: String) -> Completion.Action { completer.complete(line).action }

  @Test func kindsAtTheStart() {
    #expect(action("tar") == .replace("targets "))
    #expect(action("sec") == .replace("sections "))
  }

  @Test func chartTakesAStyleThenAStatement() {
    #expect(action("ch") == .replace("chart "))
    #expect(action("chart li") == .replace("line "))
    guard case .list(let starts) = action("chart line co") else {
      Issue.record("expected count and compare")
      return
    }
    #expect(Set(starts.map(\.text)) == ["count", "compare"])
    #expect(action("chart cou") == .replace("count "))
    #expect(action("chart count sec") == .replace("sections "))
    #expect(action("chart bars sections where ti") == .replace("title "))
    // show and the reading statements give no numbers to draw.
    #expect(action("chart sho") == .none)
    #expect(action("chart line sea") == .none)
  }

  @Test func fieldsAfterWhereAndOperatorsAfterAField() {
    #expect(action("sections where ti") == .replace("title "))
    #expect(action("sections order by ti") == .replace("title "))
    guard case .list(let pa) = action("sections order by pa") else {
      Issue.record("expected path, parent, part")
      return
    }
    #expect(pa.map(\.text) == ["path", "parent", "part"])
    guard case .list(let ops) = action("sections where title ") else {
      Issue.record("expected the operators")
      return
    }
    #expect(ops.map(\.text).contains("~"))
  }

  @Test func valuesByPrefixThenSubstringThenSubsequence() {
    #expect(action("sections where title = 城市") == .replace("城市建设 "))
    #expect(action("sections where title = 建设") == .replace("城市建设 "))
    #expect(action("sections where title = 城融") == .replace("城乡融合 "))
    #expect(action("sections where title=民") == .replace("民生保障 "))
  }

  @Test func severalValuesAreListedWithCounts() {
    guard case .list(let candidates) = action("sections where area = ") else {
      Issue.record("expected a list")
      return
    }
    #expect(candidates.first == CompletionCandidate("城市建设", count: 2))
    #expect(candidates.count == 3)
  }

  @Test func valuesWithSpacesAreQuoted() {
    #expect(action("sections where title = 社会") == .replace("\"社会 事业\" "))
    #expect(action("sections where title = \"社") == .replace("\"社会 事业\" "))
  }

  @Test func keywordsAfterACondition() {
    #expect(action("sections where area = 民生 an") == .replace("and "))
    #expect(action("sections where area = 民生 ord") == .replace("order by "))
  }

  @Test func dotCommandsAndTheirArguments() {
    #expect(action(".hel") == .replace(".help "))
    #expect(action(".mode cs") == .replace("csv "))
    #expect(action(".schema ta") == .replace("targets "))
    #expect(action(".q") == .replace(".quit "))
  }

  @Test func nothingFitsGivesNone() {
    #expect(action("sections where nosuchfield = ") == .none)
    #expect(action("zzz") == .none)
  }

  @Test func onlyTheLastStatementCounts() {
    #expect(action("sections; tar") == .replace("targets "))
  }

  @Test func listIsAlignedByDisplayWidth() {
    let list = CompletionList.render(
      [
        CompletionCandidate("城市建设", count: 12), CompletionCandidate("ab", count: 3),
        CompletionCandidate("民生", count: 1), CompletionCandidate("x", count: 100),
      ],
      columns: 40)
    let lines = list.split(separator: "\n")
    #expect(lines.count == 2)
    // Column 2 starts at the same display column on every line.
    let starts = lines.map { line -> Int in
      // The display column where the second label starts, after the padding.
      let firstGap = line.firstIndex(of: " ")!
      let start = line[firstGap...].firstIndex {
        $0 != " " && $0 != "(" && !$0.isNumber && $0 != ")"
      }!
      return DisplayWidth.of(line[..<start])
    }
    #expect(Set(starts).count == 1)
  }
}

@Suite struct CompletionGrammarTests {
  let completer = Completer(graph: CompletionTests.graph, dotCommands: [])

  @Test func valuesInsideAnInList() {
    #expect(completer.complete("sections where area in (民").action == .replace("民生 "))
    #expect(completer.complete("sections where area not in (民生, 城").action == .replace("城市建设 "))
  }

  @Test func singularKindAndNullTests() {
    #expect(completer.complete("section where ti").action == .replace("title "))
    #expect(
      completer.complete("sections where area is n").action
        == .list([
          CompletionCandidate("null"), CompletionCandidate("not null"),
        ]))
  }
}

/// Completion wherever a name goes: select lists, column lists, sort keys, `show`.
@Suite struct CompletionNamePlacesTests {
  let completer = Completer(graph: CompletionTests.graph, dotCommands: [])

  func action(_ line: String) -> Completion.Action { completer.complete(line).action }

  @Test func selectListsThenFromThenKindThenClauses() {
    #expect(action("select tit") == .replace("title "))
    #expect(action("select title, pa").isList)
    #expect(action("select title f") == .replace("from "))
    #expect(action("select title from sec") == .replace("sections "))
    #expect(action("select title from sections wh") == .replace("where "))
    #expect(action("select title from sections where ar") == .replace("area "))
    #expect(action("select title from sections order by ti") == .replace("title "))
  }

  @Test func insideAKindsColumnList() {
    #expect(action("sections(ti") == .replace("title "))
    #expect(action("sections(title, ar") == .replace("area "))
    #expect(action("sections(title) wh") == .replace("where "))
  }

  @Test func afterGroupByAndASecondSortKey() {
    #expect(action("count sections group by ar") == .replace("area "))
    #expect(action("sections order by area desc, ti") == .replace("title "))
  }

  @Test func showOffersNamesAndIDs() {
    #expect(
      action("show S")
        == .list([
          CompletionCandidate("S1"), CompletionCandidate("S2"),
          CompletionCandidate("S3"), CompletionCandidate("S4"),
        ]))
    #expect(action("show r") == .replace("r "))
  }
}

extension Completion.Action {
  var isList: Bool {
    if case .list = self { return true }
    return false
  }
}

@Suite struct CompletionPathTests {
  static let graph: Graph = {
    var b = GraphBuilder()
    b.reports.append(Report(id: "r", title: "报告", year: 2018, source: "test"))
    let section = b.newID(.section)
    b.sections.append(Section(id: section, report: "r", path: "二.(三)", title: "城市建设"))
    b.targets.append(
      Target(id: b.newID(.target), report: "r", section: section, area: "城市建设", span: "改造"))
    return b.build()
  }()

  let completer = Completer(graph: CompletionPathTests.graph, dotCommands: [])

  @Test func linkedKindsFieldsAfterADot() {
    #expect(completer.complete("targets where section.ti").action == .replace("section.title "))
    #expect(completer.complete("targets order by report.lev").action == .replace("report.level "))
    #expect(completer.complete("targets where section.path = 二").action == .replace("\"二.(三)\" "))
  }
}
