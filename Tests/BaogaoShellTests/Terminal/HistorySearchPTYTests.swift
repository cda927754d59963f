// HistorySearchPTYTests.swift: Ctrl-R in the real shell, searching Chinese
// history entries and showing readline's `(reverse-i-search)` prompt.
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

@Suite(.timeLimit(.minutes(1))) struct HistorySearchPTYTests {
  /// A shell whose history already holds three entries.
  func shell() throws -> PTY {
    let home = PTY.temporaryHome()
    let history = HistoryFile(path: home + "/history")
    for entry in ["sections where title ~ 城市", "places limit 2", "reports"] {
      history.append(entry)
    }
    return try PTY(home: home)
  }

  @Test func typedChineseFindsTheEntryAndEnterRunsIt() throws {
    let shell = try shell()
    shell.expectPrompt()
    shell.send("\u{12}")
    shell.expect("(reverse-i-search)'': ")
    shell.send("城市")
    shell.expect("(reverse-i-search)'城市': sections where title ~ 城市")
    shell.answer("", showing: "S5")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    #expect(HistoryFile(path: shell.home + "/history").load().last == "sections where title ~ 城市")
  }

  @Test func ctrlRAgainGoesOlderAndCtrlGGivesTheLineBack() throws {
    let shell = try shell()
    shell.expectPrompt()
    shell.send("count targets\u{12}")
    shell.send("s")
    shell.expect("(reverse-i-search)'s': reports")
    shell.send("\u{12}")
    shell.expect("(reverse-i-search)'s': places limit 2")
    shell.send("\u{12}")
    shell.expect("(reverse-i-search)'s': sections where title ~ 城市")
    shell.send("\u{12}")
    shell.expect("(failed reverse-i-search)'s': sections")
    shell.send("\u{07}\r")
    // The line as it was before Ctrl-R runs.
    shell.expect("│ count │")
    shell.expectPrompt()
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
  }

  @Test func escKeepsTheEntryForEditing() throws {
    let shell = try shell()
    shell.expectPrompt()
    shell.send("\u{12}place")
    shell.expect("(reverse-i-search)'place': places limit 2")
    shell.send("\u{1B}")
    shell.expectPrompt()
    shell.answer("0", showing: "(20 rows)")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    #expect(HistoryFile(path: shell.home + "/history").load().last == "places limit 20")
  }
}
