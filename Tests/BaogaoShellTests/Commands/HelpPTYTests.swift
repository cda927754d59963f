// HelpPTYTests.swift: the banner and `.help` fit a narrow terminal as tables do.
import BaogaoQuery
import BaogaoTestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct HelpPTYTests {
  @Test(arguments: [60, 80])
  func bannerAndHelpFit(_ width: Int) throws {
    let shell = try PTY(columns: UInt16(width), rows: 60)
    let banner = shell.expectPrompt() ?? ""
    shell.send(".help\r")
    let help = shell.expectPrompt() ?? ""
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    #expect(help.contains(".exit [N]") && help.contains("Ctrl-R searches it"))
    let lines = (banner + help).split(separator: "\n")
    let wide = lines.filter { DisplayWidth.of($0) > width }
    #expect(wide.isEmpty, "\(wide)")
  }
}
