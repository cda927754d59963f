// MultiLinePTYTests.swift: a statement typed over two lines shows the
// continuation prompt, runs once, and is one history entry.
import BaogaoTestSupport
import Foundation
import Testing

@testable import BaogaoShell

@Suite(.timeLimit(.minutes(1))) struct MultiLinePTYTests {
  @Test func twoLineStatementRunsOnceAndIsOneEntry() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send("sections where\r")
    shell.expectPrompt("        ...> ")
    shell.send("title ~ 城市\r")
    let output = shell.expectPrompt() ?? ""
    #expect(output.components(separatedBy: "(1 row)").count == 2)
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    #expect(HistoryFile(path: shell.home + "/history").load() == ["sections where\ntitle ~ 城市"])
  }

  @Test func promptNamesTheLoadedReport() throws {
    let shell = try PTY()
    shell.expectPrompt("dinghai-2018> ")
    shell.send(".quit\r")
    #expect(shell.waitForExit() == 0)
  }
}

@Suite(.timeLimit(.minutes(1))) struct ContinuationEndPTYTests {
  @Test func ctrlDAtTheContinuationPromptSaysTheStatementWasDropped() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send("targets where\r")
    shell.expectPrompt("...> ")
    shell.send("\u{04}")
    shell.expect("unfinished statement dropped")
    shell.expectPrompt()
    shell.send(".exit 4\r")
    #expect(shell.waitForExit() == 4)
  }
}
