// CtrlCPTYTests.swift: Ctrl-C cancels a half-typed line, or stops a running
// statement (`search` too), and the shell lives on to answer the next query;
// Ctrl-D on an empty line leaves with status 0.
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

#if canImport(Glibc)
  import Glibc
#endif

@Suite(.timeLimit(.minutes(1))) struct CtrlCPTYTests {
  @Test func ctrlCCancelsTheLineAndTheShellGoesOn() throws {
    let shell = try Self.cancelled(typing: "targets where ar") { $0.expect("targets where ar") }
    Self.expectItGoesOn(shell, schemaOf: "places")
    // The cancelled line never ran, so it is not in history either.
    #expect(HistoryFile(path: shell.home + "/history").load() == [".schema places"])
  }

  @Test func ctrlCCancelsAContinuedStatement() throws {
    let shell = try Self.cancelled(typing: "sections where\r") { $0.expectPrompt("...> ") }
    Self.expectItGoesOn(shell, schemaOf: "reports")
  }

  /// Starts the shell, types `typed`, waits until `shown` sees the echo (or
  /// the prompt) and presses Ctrl-C.
  static func cancelled(typing typed: String, until shown: (PTY) -> Void) throws -> PTY {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send(typed)
    shown(shell)
    shell.send("\u{03}")
    return shell
  }

  /// After a Ctrl-C the main prompt is back, the shell answers `.schema KIND`
  /// and Ctrl-D on the empty line leaves with status 0.
  static func expectItGoesOn(
    _ shell: PTY, schemaOf kind: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    shell.expectPrompt()
    shell.answer(".schema \(kind)", showing: "\(kind): id")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0, sourceLocation: sourceLocation)
  }

  /// A statement whose filter has `terms` terms that match nothing: every
  /// section is tested against each, some minutes in a debug build.
  static func slowScript(_ statement: String, terms: Int) throws -> String {
    let filter = (0..<terms).map { "text ~ 'q\($0)z'" }.joined(separator: " or ")
    let home = PTY.temporaryHome()
    let path = home + "/slow.bq"
    let bytes = Array((statement + " where " + filter + ";\n").utf8)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(fd >= 0)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return path
  }

  /// Sends Ctrl-C once the shell has left the line editor for the statement
  /// (the terminal back in cooked mode, where Ctrl-C is SIGINT).
  static func interruptWhenRunning(_ shell: PTY) {
    let deadline = PTY.now() + PTY.timeout
    while PTY.now() < deadline {
      var t = termios()
      if tcgetattr(shell.master, &t) == 0 && (t.c_lflag & tcflag_t(ICANON)) != 0 { break }
      usleep(1000)
    }
    shell.send("\u{03}")
  }

  @Test(arguments: ["count sections", "search 城市"])
  func ctrlCStopsARunningStatement(statement: String) throws {
    let script = try Self.slowScript(statement, terms: Self.slowTerms)
    let shell = try PTY()
    shell.expectPrompt()
    shell.send(".read \(script)\r")
    Self.interruptWhenRunning(shell)
    // Without the evaluator's checks this waits for the whole statement,
    // far longer than the expect time-out.
    shell.expect("interrupted")
    Self.expectItGoesOn(shell, schemaOf: "places")
  }

  /// Terms of the slow filter.
  static let slowTerms = 100_000
}
