// ScriptInputTests.swift: -c and -f mixed in order, piped input, and errors
// named by script, line and column, with Chinese text before the error.
import BaogaoQuery
import BaogaoTestSupport
import Foundation
import Testing

@testable import BaogaoShell

@Suite struct ScriptInputTests {
  @Test func commandsAndScriptsRunInTheOrderGiven() throws {
    let script = try BaogaoProcess.script("second\n")
    let result = try BaogaoProcess.run(
      ["--echo", "-c", "first", "-f", script.path, "-c", "third", "--file", script.path])
    #expect(result.stdout == "first\nsecond\nthird\nsecond\n")
    let names = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
      .map { $0.prefix(while: { $0 != ":" }) }
    #expect(names == ["-c", Substring(script.path), "-c", Substring(script.path)])
  }

  @Test func bothSpellingsKeepTheirOrderAndDashesEndTheOptions() throws {
    let script = try BaogaoProcess.script("second\n")
    // A report file named `-f`, which only `--` lets through as a file.
    let folder = script.deletingLastPathComponent()
    try FileManager.default.copyItem(
      at: BaogaoProcess.root.appendingPathComponent("Tests/Fixtures/reports/dinghai-2018.txt"),
      to: folder.appendingPathComponent("-f"))
    let result = try BaogaoProcess.run(
      ["--echo", "--file=" + script.path, "--command=first", "-c", "-x", "--", "-f"], in: folder)
    // `-c` takes `-x` as its query, whatever it looks like.
    #expect(result.stdout == "second\nfirst\n-x\n")
    #expect(result.status == 1, "\(result.stderr)")
  }

  @Test func standardInputIsReadWhenItIsNotATerminal() throws {
    let result = try BaogaoProcess.run([], input: "sections\n\n  nosuchkind\nsections\n")
    #expect(result.status == 1)
    #expect(!result.stdout.contains("> "))  // no prompt
    #expect(result.stdout.components(separatedBy: "id\treport\tpath\ttitle").count == 3)
    #expect(result.stderr.hasPrefix("<stdin>:3:"))
  }

  @Test func errorNamesScriptLineAndColumnAfterChineseText() throws {
    // Statement 4 of the script sits on line 5, after Chinese text.
    let script = try BaogaoProcess.script(
      "-- 审查: 城市建设\nsections;\n\nsections\n  ; sections where title ~ 城市;bogus;\n")
    let result = try BaogaoProcess.run(["-f", script.path])
    #expect(result.status == 1)
    let all = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    let lines = all.drop(while: { !$0.hasPrefix("\(script.path):5:") })
    let before = "  ; sections where title ~ 城市;"
    #expect(lines.first?.hasPrefix("\(script.path):5:\(before.count + 1): error: ") == true)
    #expect(Array(lines.dropFirst().prefix(1)) == [" 5 |   ; sections where title ~ 城市;bogus;"])
    // 城市 takes four terminal cells, so the caret sits two cells right of the
    // character count.
    let caretLine = lines.dropFirst(2).first.map(String.init) ?? ""
    #expect(caretLine.hasPrefix("   | " + String(repeating: " ", count: before.count + 2) + "^"))
  }

  @Test func scriptsWithSemicolonsMayBreakStatementsOverLines() {
    let pieces = ScriptInput.pieces(
      of: "-- 注释; not a separator\nsections\n  where title ~ '城;市';\n.mode csv\nsections;",
      name: "s.bq")
    #expect(
      pieces == [
        .statements(
          Source(
            name: "s.bq", text: "sections\n  where title ~ '城;市';", firstLine: 2)),
        .dotCommand(".mode csv", line: 4),
        .statements(Source(name: "s.bq", text: "sections;", firstLine: 5)),
      ])
  }

  @Test func scriptsWithoutSemicolonsRunALinePerStatement() {
    let pieces = ScriptInput.pieces(of: "\u{FEFF}sections\r\n\r\n  sections\n", name: "-c")
    #expect(
      pieces == [
        .statements(Source(name: "-c", text: "sections", firstLine: 1)),
        .statements(Source(name: "-c", text: "  sections", firstLine: 3)),
      ])
  }

  @Test func dotCommandsRunInScriptsAndPipedInput() throws {
    let script = try BaogaoProcess.script(".mode csv\nsections limit 1;\n.nosuch\n")
    let ran = try BaogaoProcess.run(["-f", script.path])
    #expect(ran.status == 1)  // .nosuch failed, the rest ran
    #expect(ran.stdout.hasPrefix("id,report,path,title"))
    #expect(ran.stderr.hasPrefix("\(script.path):3:1: error: "))
    #expect(ran.stderr.contains("nosuch"))
    let piped = try BaogaoProcess.run([], input: ".mode csv\nsections limit 1\n")
    #expect(piped.status == 0)
    #expect(piped.stdout.hasPrefix("id,report,path,title"))
    #expect(CSV.records(piped.stdout).count == 2)
  }

  @Test func bailStopsPipedInputWithThree() throws {
    let result = try BaogaoProcess.run(
      ["--bail"], input: "sections limit 1\nnosuchkind\nsections\n")
    #expect(result.status == 3)
    #expect(result.stdout.components(separatedBy: "id\treport").count == 2)
  }

  @Test func startUpFileRunsForPipedInputUnlessNoRC() throws {
    let home = try BaogaoProcess.script(".mode csv\n", named: "rc").deletingLastPathComponent()
    let config = home.appendingPathComponent("baogao")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: home.appendingPathComponent("rc"), to: config.appendingPathComponent("rc"))
    let environment = ["XDG_CONFIG_HOME": home.path]
    let withRC = try BaogaoProcess.run([], input: "sections limit 1\n", environment: environment)
    #expect(withRC.stdout.hasPrefix("id,report"))
    let noRC = try BaogaoProcess.run(
      ["--no-rc"], input: "sections limit 1\n", environment: environment)
    #expect(noRC.stdout.hasPrefix("id\treport"))
  }

}
