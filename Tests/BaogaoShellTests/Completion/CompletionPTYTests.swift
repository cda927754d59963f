// CompletionPTYTests.swift: Tab in the real shell, in a pseudo-terminal.
// Each line is submitted after Tab and the assertion is on what the shell
// received (its history file), not on how libedit redrew the line.
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

@Suite(.timeLimit(.minutes(1))) struct CompletionPTYTests {
  /// Types `keys`, Enter, Ctrl-D; returns the history the shell kept.
  func submit(_ keys: String, expecting echo: String) throws -> [String] {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send(keys)
    shell.expect(echo)
    shell.send("\r")
    shell.expectPrompt()
    shell.send("\u{04}")
    shell.waitForExit()
    return HistoryFile(path: shell.home + "/history").load()
  }

  @Test func kindCompletesAtTheStart() throws {
    #expect(try submit("tar\t", expecting: "targets") == ["targets "])
  }

  @Test func dotCommandCompletes() throws {
    #expect(try submit(".sch\t", expecting: ".schema") == [".schema "])
  }

  @Test func fieldThenOperatorComplete() throws {
    let history = try submit("sections where tit\t~ 城\t", expecting: "城")
    #expect(history.first?.hasPrefix("sections where title ~ ") == true)
  }

  @Test func chineseValueCompletesBySubstring() throws {
    // 城市建 stands inside the title of section 二.(三) of the bundled report
    // (攻坚推进品质城市建设,…): a substring match, quoted for its comma.
    let history = try submit("sections where title = 城市建\t", expecting: "城市建设")
    #expect(history == ["sections where title = \"攻坚推进品质城市建设,切实提升城市化水平\" "])
  }

  @Test
  func areaValueCompletes() throws {
    let history = try submit("targets where area = 城市建\t", expecting: "城市建设")
    #expect(history == ["targets where area = 城市建设 "])
  }
}

@Suite(.timeLimit(.minutes(1))) struct CompletionNamesPTYTests {
  let pty = CompletionPTYTests()

  @Test func kindAfterSelectFrom() throws {
    #expect(
      try pty.submit("select name from pla\t", expecting: "places") == [
        "select name from places "
      ])
  }

  @Test func fieldInsideAColumnList() throws {
    #expect(try pty.submit("targets(ar\t)", expecting: "area") == ["targets(area )"])
  }

  @Test func fieldAfterGroupBy() throws {
    #expect(
      try pty.submit("count targets group by ver\t", expecting: "verb") == [
        "count targets group by verb "
      ])
  }
}
