// HistoryPTYTests.swift: history across runs of the real shell: Up recalls a
// statement typed in a previous run, the file is private (0600), lines typed
// with a leading space are not kept.
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

#if canImport(Glibc)
  import Glibc
#endif

@Suite(.timeLimit(.minutes(1))) struct HistoryPTYTests {
  @Test func upRecallsAStatementFromAPreviousRun() throws {
    let first = try PTY()
    first.expectPrompt()
    first.send("sections where title ~ 城市\r")
    first.expect("(1 row)")
    first.expectPrompt()
    first.send("\u{04}")
    #expect(first.waitForExit() == 0)

    let second = try PTY(home: first.home)
    second.expectPrompt()
    second.send("\u{1b}[A")
    second.expect("sections where title ~ 城市")
    second.send("\r")
    second.expect("(1 row)")
    second.expectPrompt()
    second.send("\u{04}")
    #expect(second.waitForExit() == 0)
    // Run again, not a second entry: consecutive duplicates are not kept.
    #expect(HistoryFile(path: first.home + "/history").load() == ["sections where title ~ 城市"])
  }

  @Test func fileIsPrivateAndSpaceLinesAreNotKept() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send(" sections\r")
    shell.expect("rows)")
    shell.expectPrompt()
    shell.send(".schema reports\r")
    shell.expect("reports: id")
    shell.expectPrompt()
    shell.send("\u{04}")
    shell.waitForExit()
    let path = shell.home + "/history"
    #expect(HistoryFile(path: path).load() == [".schema reports"])
    var status = stat()
    #expect(stat(path, &status) == 0)
    #expect(status.st_mode & 0o777 == 0o600)
  }

  @Test func ctrlRFindsAChineseEntry() throws {
    let first = try PTY()
    first.expectPrompt()
    first.send("sections where title ~ 旅游\r")
    first.expectPrompt()
    first.send(".schema places\r")
    first.expectPrompt()
    first.send("\u{04}")
    first.waitForExit()

    let second = try PTY(home: first.home)
    second.expectPrompt()
    second.send("\u{12}旅游")
    second.expect("sections where title ~ 旅游")
    second.send("\r")
    second.expectPrompt()
    second.send(".history 旅游\r")
    second.expect("1  sections where title ~ 旅游")
    second.expectPrompt()
    second.send("\u{04}")
    second.waitForExit()
  }
}
