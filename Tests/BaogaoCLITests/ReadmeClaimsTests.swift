// ReadmeClaimsTests.swift: README claims about the shell that no other test
// covers, checked on the real binary with piped input.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ReadmeClaimsTests {
  @Test func timerReportsOnStandardError() throws {
    let result = try BaogaoProcess.run([], input: ".timer on\nreports\n.timer off\nreports\n")
    #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("Run Time: ") }.count == 1)
    #expect(!result.stdout.contains("Run Time"))
  }

  @Test func lineModeWritesOneFieldPerLine() throws {
    let result = try BaogaoProcess.run(
      [], input: ".mode line\nselect id, path from sections limit 1\n")
    #expect(result.stdout == "  id = dinghai-2018:S1\npath = 一\n")
  }
}
