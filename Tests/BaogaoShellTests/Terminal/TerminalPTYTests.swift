// TerminalPTYTests.swift: what the shell does because it has a terminal:
// colour unless NO_COLOR, the pager for output taller than the screen, the
// candidate list of an ambiguous Tab with counts, a window shrunk to one row.
import BaogaoTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite(.timeLimit(.minutes(1))) struct TerminalPTYTests {
  @Test func spanIsColouredOnlyWithoutNoColor() throws {
    let plain = try PTY(environment: ["NO_COLOR": "1"])
    plain.expectPrompt()
    plain.answer("show T1", showing: "[[")
    plain.send("\u{04}")
    plain.waitForExit()

    let coloured = try PTY()
    coloured.expectPrompt()
    coloured.send("show T1\r")
    let output = coloured.expectPrompt() ?? ""
    coloured.send("\u{04}")
    coloured.waitForExit()
    #expect(output.contains("sentence"))
    #expect(!output.contains("[["))
  }

  @Test func tallOutputGoesThroughThePager() throws {
    let shell = try PTY(environment: ["PAGER": "sed s/^/PAGED:/"], rows: 10)
    shell.expectPrompt()
    shell.answer(".help", showing: "PAGED:.help")
    shell.send(".schema reports\r")
    let short = shell.expectPrompt() ?? ""
    #expect(short.contains("reports: id"))
    #expect(!short.contains("PAGED:"))
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
  }

  @Test func ambiguousTabListsValuesWithCounts() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.send("sections where part = \t")
    shell.expect("plan (")
    shell.send("\u{03}")
    // After the list libedit draws the prompt and line again: that prompt is
    // not the next line's. Ctrl-D sent once it showed could reach the
    // terminal while the shell had it in cooked mode between two lines,
    // where the kernel takes ^D as the end of a line, and the shell waited
    // for ever (the time-out under load). "^C" comes after the cooked mode.
    shell.expect("^C")
    shell.expectPrompt()
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
  }
}

@Suite(.timeLimit(.minutes(1))) struct ResizePTYTests {
  /// A line wrapped over several rows, then the window shrunk to one row
  /// (three did it too) while it is edited: libedit's own resize crashed
  /// (SIGSEGV) at the next key. The line still runs; the next line is edited
  /// at the new size, and again at 40 rows.
  @Test(arguments: [1, 3] as [UInt16])
  func shrinkingTheWindowWhileEditingDoesNotCrash(rows: UInt16) throws {
    let shell = try PTY(columns: 20, rows: 40)
    shell.expectPrompt()
    shell.send("count targets where area = 城市建设 and verb = 确保")
    shell.expect("确保")
    shell.waitUntilIdle()
    shell.resize(columns: 20, rows: rows)
    usleep(100_000)
    shell.answer(" and main = false", showing: "(1 row)")
    shell.answer(".schema places", showing: "places: id")
    shell.resize(columns: 80, rows: 40)
    shell.answer(".schema reports", showing: "reports: id")
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
  }
}

@Suite(.timeLimit(.minutes(1))) struct RedirectPTYTests {
  @Test func promptStaysOnTheTerminalWhenOutputIsRedirected() throws {
    let home = PTY.temporaryHome()
    let file = home + "/out.txt"
    let shell = try PTY(home: home, stdout: file)
    shell.expectPrompt()
    shell.send("sections where title ~ 城市\r")
    let screen = shell.expectPrompt() ?? ""
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    // The terminal shows the prompt and the typed line, not the result.
    #expect(screen.contains("城市") && !screen.contains("S5"))
    let output = String(decoding: (try? PTY.readFile(file)) ?? [], as: UTF8.self)
    #expect(output.contains("S5"))
    #expect(!output.contains("dinghai-2018> "))
    #expect(!output.contains("\u{1B}"))
  }
}
