// TablePTYTests.swift: a real query's table in a narrow terminal: Chinese
// cells wrapped to fit, and every border at the same display column.
import BaogaoQuery
import BaogaoTestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct TablePTYTests {
  @Test func chineseTableLinesUpInANarrowTerminal() throws {
    let shell = try PTY(columns: 72)
    shell.expectPrompt()
    shell.send("select path, title, parent, area from sections\r")
    let output = shell.expectPrompt() ?? ""
    shell.send("\u{04}")
    shell.waitForExit()
    let lines = output.split(separator: "\n").filter { line in
      ["│", "├", "┌", "└"].contains { line.hasPrefix($0) }
    }
    #expect(lines.count > 8)
    #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 72 })
    func borders(_ line: Substring) -> [Int] {
      var columns: [Int] = []
      var at = 0
      for c in line {
        if "│┼├┤┬┴┌┐└┘".contains(c) { columns.append(at) }
        at += DisplayWidth.of(String(c))
      }
      return columns
    }
    #expect(Set(lines.map(borders)).count == 1)
  }
}
