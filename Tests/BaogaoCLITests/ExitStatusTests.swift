// ExitStatusTests.swift: each exit status of CONTRACT.md, from the real
// binary: 0 all ran, 1 a statement failed (the others still ran), 2 bad usage
// or an unreadable report or script, 3 --bail stopped.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ExitStatusTests {
  @Test func allRanIsZero() throws {
    let result = try BaogaoProcess.run(["-c", "sections"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.hasPrefix("id\treport\tpath\ttitle"))
  }

  @Test func failedStatementIsOneAndTheOthersStillRun() throws {
    let result = try BaogaoProcess.run(["-c", "nosuchkind; sections"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("-c:1:1: error: "))
    #expect(result.stdout.contains("2018年政府工作主要安排"))
  }

  @Test(arguments: [
    (["/no/such/report.txt"], "baogao: cannot read /no/such/report.txt: no such file\n"),
    (
      ["-c", "sections", "/no/such/report.txt"],
      "baogao: cannot read /no/such/report.txt: no such file\n"
    ),
    (["-f", "/no/such/script.bq"], "baogao: cannot read /no/such/script.bq: no such file\n"),
    (
      ["-c", "sections", "/proc/self/fdinfo"],
      "baogao: cannot read /proc/self/fdinfo: no report files in the folder\n"
    ),
  ])
  func unreadableFileIsTwo(arguments: [String], message: String) throws {
    let result = try BaogaoProcess.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr == message)
    #expect(result.stdout == "")
  }

  @Test(arguments: [
    ["--format", "xml", "-c", "sections"],
    ["--no-such-option"],
    ["-c"],
  ])
  func badUsageIsTwo(arguments: [String]) throws {
    let result = try BaogaoProcess.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains("Usage: baogao") || result.stderr.contains("Error:"))
    #expect(result.stdout == "")
  }

  @Test func helpIsZeroOnStandardOutput() throws {
    let result = try BaogaoProcess.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: baogao"))
  }

  @Test func bailStopsAtTheFirstFailureWithThree() throws {
    let script = try BaogaoProcess.script("sections;\nnosuchkind;\nsections;\n")
    let result = try BaogaoProcess.run(
      ["--bail", "--echo", "-f", script.path, "-c", "sections"])
    #expect(result.status == 3)
    // The first statement ran, the failing one was echoed, nothing after it.
    #expect(result.stdout.components(separatedBy: "\nsections\n").count == 1)
    #expect(result.stdout.hasPrefix("sections\nid\treport\tpath"))
    #expect(result.stdout.hasSuffix("nosuchkind\n"))
    #expect(result.stderr.hasPrefix("\(script.path):2:1: error: "))
  }

  @Test func withoutBailTheSameRunGoesOnAndIsOne() throws {
    let script = try BaogaoProcess.script("sections;\nnosuchkind;\nsections;\n")
    let result = try BaogaoProcess.run(["-f", script.path, "-c", "sections"])
    #expect(result.status == 1)
    #expect(result.stdout.components(separatedBy: "id\treport\tpath\ttitle").count == 4)
  }
}
