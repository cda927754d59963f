// ShellTests.swift: the shell loop fed by a scripted reader: dot-command
// dispatch by prefix, did-you-mean, continuation, exploring, start-up file.
import BaogaoIngest
import BaogaoQuery
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

/// Output captured for assertions.
final class Captured: OutputSink {
  var out = ""
  var err = ""
  func write(_ text: String) { out += text }
  func writeError(_ text: String) { err += text }
}

/// Lines from an array, as if typed.
struct ScriptedReader: LineReader {
  var lines: [String]
  var prompts: [String] = []
  var remembered: [String] = []
  mutating func read(prompt: String) -> LineInput {
    prompts.append(prompt)
    return lines.isEmpty ? .end : .line(lines.removeFirst())
  }
  mutating func remember(_ statement: String) { remembered.append(statement) }
  func entries() -> [String] { remembered }
  mutating func use(_ completer: Completer) {}
}

@Suite struct ShellTests {
  static let graph = BundledGraph.graph

  /// `lines` typed into a shell on the bundled graph: what it printed, the
  /// reader (prompts, history) and the exit status.
  static func session(
    _ lines: [String], format: OutputFormat = .tsv, reportName: String = "dinghai-2018",
    rc: String? = nil
  ) -> (Captured, ScriptedReader, BaogaoShell.ExitStatus) {
    var shell = Shell(runner: Runner(graph: graph!, format: format), reportName: reportName)
    shell.startupFile = rc
    var reader = ScriptedReader(lines: lines)
    let captured = Captured()
    var sink: any OutputSink = captured
    let status = shell.run(reader: &reader, out: &sink)
    return (captured, reader, status)
  }

  func run(_ lines: [String], rc: String? = nil) -> (
    Captured, ScriptedReader, BaogaoShell.ExitStatus
  ) {
    Self.session(lines, rc: rc)
  }

  @Test func dotCommandsByUniquePrefix() {
    let (out, _, status) = run([".sch reports", ".mo csv", "sections", ".q", "never run"])
    #expect(out.out.hasPrefix("reports: id, title"))
    #expect(out.out.contains("S5,dinghai-2018,二.(三)"))
    #expect(!out.out.contains("never"))
    #expect(status == .ok)
  }

  @Test func unknownAndAmbiguousCommands() {
    let (out, _, status) = run([".hlep", ".o x"])
    #expect(out.err.contains("unknown command '.hlep'; did you mean '.help'?"))
    #expect(out.err.contains("ambiguous: .open, .output"))
    #expect(status == .queryFailed)
  }

  @Test func continuationPromptAndOneEntry() {
    let (_, reader, _) = run(["sections where", "title ~ 城市"])
    #expect(reader.prompts.first == "dinghai-2018> ")
    // The continued text starts in the same column as the first line's.
    #expect(reader.prompts.count > 1 && reader.prompts[1].hasSuffix(" ...> "))
    #expect(reader.prompts.count > 1 && reader.prompts[1].count == reader.prompts[0].count)
    #expect(reader.remembered == ["sections where\ntitle ~ 城市"])
  }

  @Test func showOpensARowOfTheLastResult() {
    let (out, _, _) = run(["sections", "show #5"])
    #expect(out.out.contains("field\tvalue\nid\tdinghai-2018:S5\n"))
    #expect(out.out.contains("in\t二 2018年政府工作主要安排 › 二.(三)"))
  }

  @Test func outlineTextAndSearch() {
    let (out, _, status) = run(["outline", "text 二.(三)", "search 旅游"])
    #expect(out.out.contains("dinghai-2018\t二.(三)\t攻坚推进品质城市建设"))
    #expect(out.out.contains("report\tpath\ttitle\ttext\n"))
    #expect(out.out.contains("report\tpath\tsentence\n"))
    #expect(out.out.contains("旅游"))
    #expect(status == .ok)
  }

  @Test func badStartupLineWarnsAndTheRestRuns() throws {
    let rc = PTY.temporaryHome() + "/rc"
    let text = ".nosuch\n.mode csv\nsections where\n  title ~ 城市\n"
    _ = Files.replace(rc, with: Array(text.utf8), mode: 0o600)
    let (out, _, status) = run(["sections"], rc: rc)
    #expect(out.err.contains("\(rc):1: warning"))
    #expect(out.out.contains("S5,dinghai-2018,二.(三)"))
    #expect(status == .ok)
  }
}

@Suite struct ShellCommandTests {
  func run(_ lines: [String]) -> Captured {
    ShellTests.session(lines, reportName: "d").0
  }

  @Test func outputGoesToAFileAndBack() throws {
    let path = PTY.temporaryHome() + "/out.tsv"
    let out = run([".output \(path)", "sections where title ~ 城市", ".output", ".schema reports"])
    let file = String(decoding: Files.read(path) ?? [], as: UTF8.self)
    #expect(file.contains("S5\tdinghai-2018"))
    #expect(!out.out.contains("S5"))
    #expect(out.out.contains("reports: id"))
  }

  @Test func fullWidthBracketsFindTheSameSection() {
    let out = run(["text 二.（三）"])
    #expect(out.out.contains("\t二.(三)\t攻坚推进品质城市建设"))
  }

  @Test func readRunsAScriptWithDotCommands() throws {
    let path = PTY.temporaryHome() + "/script.bq"
    _ = Files.replace(
      path, with: Array(".mode csv\nsections where title ~ 城市;\n".utf8), mode: 0o600)
    let out = run([".read \(path)"])
    #expect(out.out.contains("S5,dinghai-2018"))
    #expect(out.err.isEmpty)
  }

  @Test func fileNamesCompleteAfterRead() throws {
    let dir = PTY.temporaryHome()
    _ = Files.replace(dir + "/queries.bq", with: [], mode: 0o600)
    let completer = Completer(graph: ShellTests.graph!, dotCommands: DotCommand.completionTable)
    #expect(completer.complete(".read \(dir)/quer").action == .replace("\(dir)/queries.bq "))
    _ = Files.replace(dir + "/queens.bq", with: [], mode: 0o600)
    guard case .list(let both) = completer.complete(".read \(dir)/que").action else {
      Issue.record("expected both files")
      return
    }
    #expect(both.map(\.text) == ["\(dir)/queens.bq", "\(dir)/queries.bq"])
  }
}

/// `show` is one statement of the query language wherever it is typed: the
/// shell lays out its node as a page in table mode, flat formats print rows.
@Suite struct ShowTests {
  func run(_ lines: [String], format: OutputFormat = .table) -> Captured {
    ShellTests.session(lines, format: format, reportName: "d").0
  }

  @Test func projectShowsWhereTheReportFirstMentionsIt() {
    let captured = run(["projects limit 1", "show #1"])
    #expect(captured.out.contains("first mentioned in"))
    #expect(captured.out.contains("[["))
  }

  @Test func idsMatchInAnyLetterCase() {
    for format in [OutputFormat.table, .tsv, .json] {
      let lower = run(["show t1"], format: format)
      #expect(lower.err.isEmpty)
      #expect(lower.out == run(["show T1"], format: format).out)
      #expect(
        lower.out.hasPrefix(
          format == .table ? "dinghai-2018:T1  target\n" : format == .tsv ? "field" : "{"))
    }
  }

  @Test func aNameOpensItsNodeOrListsTheNodesThatHaveIt() {
    let one = run(["show 金塘"]).out
    #expect(one.hasPrefix("dinghai-2018:P"))
    #expect(one.contains("  place\n"))
    // 城市 stands in several names: a numbered list, whose rows `show #N` opens.
    let several = run(["show 城市", "show #1"], format: .tsv).out
    #expect(several.hasPrefix("id\tkind\tname\n"))
    #expect(several.contains("field\tvalue\n"))
  }

  @Test func unknownIdsAndRowsAreClearErrors() {
    let captured = run(["show t99999", "show #99"])
    #expect(captured.err.contains("no node has id 't99999'"))
    #expect(captured.err.contains("no result yet"))
  }
}

@Suite struct OpenTests {
  /// Tests/Fixtures/reports, found from this file.
  static let reports: String = {
    var path = "\(#filePath)"
    for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
    return path + "/Fixtures/reports"
  }()

  @Test func openLoadsOtherReportsAndThePromptFollows() {
    var shell = Shell(runner: Runner(graph: ShellTests.graph!, format: .tsv), reportName: "d")
    shell.startupFile = nil
    let a = OpenTests.reports + "/hailaer-2016.txt"
    let b = OpenTests.reports + "/hailaer-2017.txt"
    var reader = ScriptedReader(lines: [".open \(a) \(b)", ".reports", ".open /no/such/file.txt"])
    let captured = Captured()
    var sink: any OutputSink = captured
    let status = shell.run(reader: &reader, out: &sink)
    #expect(reader.prompts.dropFirst().first == "hailaer-2016> ")
    #expect(captured.out.contains("hailaer-2016") && captured.out.contains("hailaer-2017"))
    #expect(captured.out.contains("150702\tdistrict\t内蒙古自治区"))
    #expect(captured.err.contains("loaded 2 reports"))
    #expect(captured.err.contains("/no/such/file.txt"))
    #expect(status == .queryFailed)
    // A failed .open keeps the reports that were loaded.
    #expect(shell.runner.graph.reports.count == 2)
  }
}
