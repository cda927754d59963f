// ColourPTYTests.swift: colour and the pager only where a person reads a
// terminal: `.output` and `.once` files get plain text, TERM=dumb gets no
// colour and no pager, and the pager is told the text is UTF-8.
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

@Suite(.timeLimit(.minutes(1))) struct ColourPTYTests {
  func file(_ path: String) -> String {
    String(decoding: (try? PTY.readFile(path)) ?? [], as: UTF8.self)
  }

  @Test func outputAndOnceFilesGetNoEscapes() throws {
    let shell = try PTY()
    let output = shell.home + "/out.txt"
    let once = shell.home + "/once.txt"
    shell.expectPrompt()
    shell.answer(".output \(output)")
    shell.answer("sections limit 2")
    shell.answer("show T1")
    shell.answer(".output")
    shell.answer(".once \(once)")
    shell.answer("reports")
    shell.send("places limit 1\r")
    // After `.once`, the screen again: numbered rows.
    shell.expect("│ # │")
    shell.expectPrompt()
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    let written = file(output)
    #expect(written.contains("│ id ") && !written.contains("│ # │"))  // no `#` column in a file
    #expect(written.contains("[["))  // the span marked without colour
    #expect(!written.contains("\u{1B}"))
    #expect(file(once).contains("dinghai-2018"))
    #expect(!file(once).contains("\u{1B}") && !file(once).contains("places"))
  }

  @Test func dumbTerminalGetsNoColourAndNoPager() throws {
    let shell = try PTY(environment: ["TERM": "dumb", "PAGER": "sed s/^/PAGED:/"], rows: 10)
    shell.expectPrompt()
    shell.answer(".help", showing: ".tables")
    shell.answer("show T1", showing: "[[")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    #expect(!shell.transcript.contains("PAGED:"))
    let raw = String(decoding: shell.rawTranscript, as: UTF8.self)
    #expect(!raw.contains("\u{1B}[1m") && !raw.contains("\u{1B}[1;33m"))
  }

  @Test func pagerIsToldTheTextIsUTF8() throws {
    let shell = try PTY(environment: ["PAGER": "printenv LESSCHARSET; cat >/dev/null"], rows: 10)
    shell.expectPrompt()
    shell.answer(".help", showing: "utf-8")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
  }
}
