// ConventionsTests.swift: what users of sqlite3 and psql expect, from the
// real binary: --version, --help with the shell's options, --no-header and
// .headers, .once, .exit N, .tables, .print, .nullvalue.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ConventionsTests {
  @Test func versionAndHelp() throws {
    let version = try BaogaoProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("baogao "))
    let help = try BaogaoProcess.run(["--help"])
    #expect(help.status == 0)
    for option in ["-c, --command", "-f, --file", "--format", "--bail", "--no-header", "export"] {
      #expect(help.stdout.contains(option), "--help lacks \(option)")
    }
  }

  @Test func noHeaderAndHeadersOff() throws {
    let option = try BaogaoProcess.run(["--no-header", "--format", "csv", "-c", "reports"])
    #expect(option.stdout.hasPrefix("dinghai-2018,"))
    let dot = try BaogaoProcess.run([], input: ".headers off\nselect id from sections limit 1\n")
    #expect(dot.stdout == "dinghai-2018:S1\n")
    let back = try BaogaoProcess.run(
      [], input: ".headers off\n.headers on\nselect id from sections limit 1\n")
    #expect(back.stdout == "id\ndinghai-2018:S1\n")
  }

  @Test func printTablesAndNullValue() throws {
    let result = try BaogaoProcess.run(
      [],
      input: ".print hello 城市\n.nullvalue NULL\nselect id, parent from sections limit 1\n.tables\n")
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "hello 城市\nid\tparent\ndinghai-2018:S1\tNULL\nkind\trows\nreports\t1\n"))
    #expect(result.stdout.contains("targets\t"))
  }

  @Test func onceSendsOneStatementToAFile() throws {
    let directory = try BaogaoProcess.script("").deletingLastPathComponent()
    let file = directory.appendingPathComponent("once.tsv")
    let result = try BaogaoProcess.run(
      [], input: ".once \(file.path)\nreports\nselect id from sections limit 1\n")
    #expect(result.stdout == "id\ndinghai-2018:S1\n")
    let written = try String(contentsOf: file, encoding: .utf8)
    #expect(written.hasPrefix("id\ttitle"))
    #expect(!written.contains("\u{1B}"))
  }

  @Test func scriptsRedirectWithOutputAndOnce() throws {
    let directory = try BaogaoProcess.script("").deletingLastPathComponent()
    let once = directory.appendingPathComponent("once.tsv")
    let all = directory.appendingPathComponent("all.csv")
    let result = try BaogaoProcess.run([
      "-c", ".once \(once.path)", "-c", "reports", "-c", ".output \(all.path)", "-c", ".mode csv",
      "-c", "select id from sections limit 1; select id from places limit 1", "-c", ".output",
      "-c", "select id from targets limit 1",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("id\r\n") && result.stdout.hasSuffix("T1\r\n"))
    #expect(result.stdout.split(separator: "\r\n").count == 2)
    #expect(try String(contentsOf: once, encoding: .utf8).hasPrefix("id\ttitle"))
    let written = try String(contentsOf: all, encoding: .utf8).split(separator: "\r\n")
    #expect(written.count == 4 && written[1].hasSuffix("S1") && written[3].hasSuffix("P1"))
  }

  @Test func exitWithAStatusStopsEveryRoute() throws {
    let piped = try BaogaoProcess.run([], input: "reports\n.exit 7\nsections\n")
    #expect(piped.status == 7)
    #expect(!piped.stdout.contains("S1"))
    let command = try BaogaoProcess.run(["-c", ".exit 5", "-c", "sections"])
    #expect(command.status == 5)
    #expect(command.stdout == "")
    let plain = try BaogaoProcess.run([], input: ".exit\nsections\n")
    #expect(plain.status == 0 && plain.stdout == "")
    let bad = try BaogaoProcess.run([], input: ".exit 300\n")
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("usage: .exit [N]"))
  }
}

/// Results and errors in the order of their statements, whatever the route.
@Suite struct StatementOrderTests {
  static let line = "reports; targets where aera = 1; select id from sections limit 1"

  func assertOrdered(_ result: ProcessResult) {
    let text = result.stdout
    let first = text.firstRange(of: "dinghai-2018\t")?.lowerBound
    let error = text.firstRange(of: "error: targets have no field")?.lowerBound
    let last = text.firstRange(of: "id\ndinghai-2018:S1")?.lowerBound
    #expect(first != nil && error != nil && last != nil, "\(text)")
    if let first, let error, let last { #expect(first < error && error < last, "\(text)") }
  }

  @Test func pipedCommandAndScript() throws {
    assertOrdered(try BaogaoProcess.run([], input: Self.line + "\n", mergingErrors: true))
    assertOrdered(try BaogaoProcess.run(["-c", Self.line], mergingErrors: true))
    let script = try BaogaoProcess.script(Self.line + ";\n")
    assertOrdered(try BaogaoProcess.run(["-f", script.path], mergingErrors: true))
    assertOrdered(
      try BaogaoProcess.run([], input: ".read \(script.path)\n", mergingErrors: true))
  }
}
