// CtrlCPTYTests.swift: Ctrl-C cancels a half-typed line and the shell lives
// on to answer the next query; Ctrl-D on an empty line leaves with status 0.
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

@Suite(.timeLimit(.minutes(1))) struct CtrlCPTYTests {
  @Test func ctrlCCancelsTheLineAndTheShellGoesOn() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send("targets where ar")
    shell.expect("targets where ar")
    shell.send("\u{03}")
    shell.expectPrompt()
    shell.send(".schema places\r")
    shell.expect("places: id")
    shell.expectPrompt()
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    // The cancelled line never ran, so it is not in history either.
    #expect(HistoryFile(path: shell.home + "/history").load() == [".schema places"])
  }

  @Test func ctrlCCancelsAContinuedStatement() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send("sections where\r")
    shell.expectPrompt("...> ")
    shell.send("\u{03}")
    shell.expectPrompt()
    shell.send(".schema reports\r")
    shell.expect("reports: id")
    shell.expectPrompt()
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
  }
}
