// StatementRoutesTests.swift: one script text holding `--` comments with `;`
// and quotes in them, and quotes holding `--` and `;`, runs the same
// statements on every route: -c, -f, standard input, .read, and the shell at
// a terminal. The commented-out queries (`places`, `junk`) never run.
import BaogaoTestSupport
import Foundation
import Testing

@Suite(.timeLimit(.minutes(1))) struct StatementRoutesTests {
  static let lines = [
    "select id from sections where title ~ '--' or path = 一 limit 1; -- then; places 'x",
    "count targets -- and; junk \"y",
    "; select id from reports where title ~ \"a;b--c\" or id ~ dinghai",
  ]
  static let script = lines.joined(separator: "\n") + "\n"

  /// What each statement prints, echoed first (--echo), in TSV.
  static let expected = """
    select id from sections where title ~ '--' or path = 一 limit 1
    id
    dinghai-2018:S1
    count targets
    count
    \(targetCount)
    select id from reports where title ~ "a;b--c" or id ~ dinghai
    id
    dinghai-2018

    """

  static let targetCount: String = {
    let result = try? BaogaoProcess.run(["--format", "tsv", "-c", "count targets"])
    return result?.stdout.split(separator: "\n").last.map(String.init) ?? "?"
  }()

  static let options = ["--format", "tsv", "--echo", "--no-rc"]

  @Test func commandLine() throws {
    let result = try BaogaoProcess.run(Self.options + ["-c", Self.script])
    #expect(result.stdout == Self.expected)
    #expect(result.status == 0)
  }

  @Test func scriptFile() throws {
    let file = try BaogaoProcess.script(Self.script)
    let result = try BaogaoProcess.run(Self.options + ["-f", file.path])
    #expect(result.stdout == Self.expected)
    #expect(result.status == 0)
  }

  @Test func standardInput() throws {
    let result = try BaogaoProcess.run(Self.options, input: Self.script)
    #expect(result.stdout == Self.expected)
    #expect(result.status == 0)
  }

  @Test func readCommand() throws {
    let file = try BaogaoProcess.script(Self.script)
    let result = try BaogaoProcess.run(Self.options + ["-c", ".read \(file.path)"])
    #expect(result.stdout == Self.expected)
    #expect(result.status == 0)
  }

  @Test func shellAtATerminal() throws {
    let output = try BaogaoProcess.script("").deletingLastPathComponent()
      .appendingPathComponent("out.tsv").path
    let shell = try PTY(Self.options, stdout: output)
    shell.expectPrompt()
    for line in Self.lines {
      shell.send(line + "\r")
      shell.expectPrompt()
    }
    shell.send(".quit\r")
    #expect(shell.waitForExit() == 0)
    let written = String(decoding: try PTY.readFile(output), as: UTF8.self)
    #expect(written == Self.expected)
  }
}
