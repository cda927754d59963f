// ReadmePTYTests.swift: the README's first session, typed into the real shell
// at 80 columns. Each `dinghai-2018> ` line of the sample is sent; the lines
// under it must be what the shell prints, a row of `…` standing for rows the
// README leaves out. A command shown without output must run without error.
import BaogaoTestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct ReadmePTYTests {
  static let prompt = "dinghai-2018> "

  /// The README's sample: each command with the lines shown under it.
  static func sample() throws -> [(command: String, lines: [String])] {
    var root = #filePath
    for _ in 0..<4 { root = String(root[..<(root.lastIndex(of: "/") ?? root.endIndex)]) }
    let readme = String(decoding: try PTY.readFile(root + "/README.md"), as: UTF8.self)
    let section = try #require(readme.firstRange(of: "## A first session\n"))
    var steps: [(String, [String])] = []
    for line in readme[section.upperBound...].split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .drop(while: \.isEmpty) {
      guard line.hasPrefix("    ") else { break }
      let text = String(line.dropFirst(4))
      if text.hasPrefix(prompt) {
        steps.append((String(text.dropFirst(prompt.count)), []))
      } else if !steps.isEmpty {
        steps[steps.count - 1].1.append(text)
      }
    }
    return steps
  }

  /// True when `actual` reads as `expected`, where an expected line whose
  /// cells are all `…` or empty stands for any number of lines.
  static func matches(_ actual: [String], _ expected: [String]) -> Bool {
    guard let gap = expected.firstIndex(where: isElision) else { return actual == expected }
    let head = expected[..<gap]
    let tail = expected[(gap + 1)...]
    return actual.count >= head.count + tail.count && actual.prefix(head.count) == head
      && actual.suffix(tail.count) == tail
  }

  static func isElision(_ line: String) -> Bool {
    line.contains("…") && line.allSatisfy { " │…".contains($0) }
  }

  @Test func firstSessionPrintsWhatTheREADMEShows() throws {
    let steps = try ReadmePTYTests.sample()
    #expect(steps.count >= 3)
    let shell = try PTY(columns: 80)
    shell.expectPrompt()
    for (command, expected) in steps {
      shell.send(command + "\r")
      if command == ".quit" {
        #expect(shell.waitForExit() == 0)
        return
      }
      let output = shell.expectPrompt() ?? ""
      let lines = output.split(separator: "\n").dropFirst().dropLast().map(String.init)
      #expect(!output.contains("error:"), "\(command): \(output)")
      if !expected.isEmpty {
        #expect(ReadmePTYTests.matches(lines, expected), "\(command) printed:\n\(output)")
      }
    }
    Issue.record("the README's session does not end with .quit")
  }
}

/// README claims about the terminal session that need a terminal.
@Suite(.timeLimit(.minutes(1))) struct ReadmeTerminalClaimsPTYTests {
  @Test func quietLeavesOutTheBanner() throws {
    let shell = try PTY(["--quiet"])
    shell.expectPrompt()
    shell.send(".quit\r")
    #expect(shell.waitForExit() == 0)
    #expect(!shell.transcript.contains("baogao: "))
  }

  @Test func historyFollowsXDGStateHome() throws {
    let home = PTY.temporaryHome()
    let shell = try PTY(home: home, environment: ["BAOGAO_HISTORY": "", "XDG_STATE_HOME": home])
    shell.expectPrompt()
    shell.answer("reports")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    let saved = String(decoding: (try? PTY.readFile(home + "/baogao/history")) ?? [], as: UTF8.self)
    #expect(saved == "reports\n")
  }
}
