// HistoryPTYTests.swift: history across runs of the real shell: Up recalls a
// statement typed in a previous run, the file is private (0600), lines typed
// with a leading space are not kept, a file the shell cannot read keeps its
// bytes.
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
    first.answer("sections where title ~ 城市", showing: "(1 row)")
    first.send("\u{04}")
    #expect(first.waitForExit() == 0)

    let second = try PTY(home: first.home)
    second.expectPrompt()
    second.send("\u{1b}[A")
    second.expect("sections where title ~ 城市")
    second.answer("", showing: "(1 row)")
    second.send("\u{04}")
    #expect(second.waitForExit() == 0)
    // Run again, not a second entry: consecutive duplicates are not kept.
    #expect(HistoryFile(path: first.home + "/history").load() == ["sections where title ~ 城市"])
  }

  @Test func fileIsPrivateAndSpaceLinesAreNotKept() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.answer(" sections", showing: "rows)")
    shell.answer(".schema reports", showing: "reports: id")
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
    first.answer("sections where title ~ 旅游")
    first.answer(".schema places")
    first.send("\u{04}")
    first.waitForExit()

    let second = try PTY(home: first.home)
    second.expectPrompt()
    second.send("\u{12}旅游")
    second.expect("sections where title ~ 旅游")
    second.answer("")
    second.answer(".history 旅游", showing: "1  sections where title ~ 旅游")
    second.send("\u{04}")
    second.waitForExit()
  }

  /// A write-only history (mode 0200): the shell says it cannot read it,
  /// keeps the session's statements in memory (Up recalls them) and leaves
  /// the file's bytes as they were. Root reads any file, so a test run as
  /// root starts the shell as nobody (setpriv, util-linux), who owns the file.
  @Test func anUnreadableHistoryKeepsItsBytes() throws {
    var template = Array("/tmp/baogao-history-XXXXXX".utf8CString)
    guard mkdtemp(&template) != nil else {
      Issue.record("mkdtemp failed")
      return
    }
    let home = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    let path = home + "/history"
    let old: [UInt8] = Array("old entry\n".utf8) + [0xB3, 0xC7, 0x0A]
    #expect(Files.replace(path, with: old, mode: 0o200))
    var launcher: [String] = []
    if geteuid() == 0 {
      let nobody: uid_t = 65534
      #expect(chown(home, nobody, gid_t(nobody)) == 0 && chown(path, nobody, gid_t(nobody)) == 0)
      launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
    let shell = try PTY(home: home, launcher: launcher)
    shell.expect("baogao: cannot read history \(path): Permission denied")
    shell.expectPrompt()
    shell.answer("sections where title ~ 城市", showing: "(1 row)")
    shell.send("\u{1b}[A")
    shell.expect("sections where title ~ 城市")
    shell.answer("", showing: "(1 row)")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    var status = stat()
    #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o200)
    chmod(path, 0o600)
    #expect(Files.read(path) == old)
  }
}
