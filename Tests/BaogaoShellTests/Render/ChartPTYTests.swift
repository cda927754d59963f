// ChartPTYTests.swift: `chart` at a real terminal over the fixture reports:
// bars fitted to the window's width with Chinese labels lined up, colour on
// a terminal, and none at all under NO_COLOR.
import BaogaoQuery
import BaogaoTestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct ChartPTYTests {
  static let reports = BaogaoProcess.root.appendingPathComponent("Tests/Fixtures/reports").path
  static let query = "chart compare 地区生产总值 where kind = growth"

  /// The raw bytes `baogao -c QUERY reports` wrote to a terminal this wide.
  func run(columns: UInt16, environment: [String: String] = [:]) throws -> String {
    let shell = try PTY(
      ["-c", ChartPTYTests.query, ChartPTYTests.reports], environment: environment,
      columns: columns)
    #expect(shell.waitForExit(timeout: 20) == 0)
    return String(decoding: shell.rawOutput, as: UTF8.self)
  }

  @Test(arguments: [60, 80] as [UInt16])
  func barsFitTheTerminalWithLabelsLinedUp(columns: UInt16) throws {
    let text = withoutColour(try run(columns: columns, environment: ["NO_COLOR": "1"]))
    // A terminal ends lines with "\r\n", one Character in Swift.
    let lines = text.split { $0 == "\n" || $0 == "\r\n" }
      .filter { !$0.hasPrefix("baogao: note") }
    let bars = lines.filter { $0.contains("█") || $0.contains("▏") }
    #expect(bars.count >= 8, "\(text)")
    // Chinese place names of two to four characters, and every bar starts
    // in one display column.
    #expect(bars.contains { $0.hasPrefix("海拉尔区 2016") })
    let starts = bars.map { line in
      DisplayWidth.of(line.prefix { !"█▏▎▍▌▋▊▉".contains($0) })
    }
    #expect(Set(starts).count == 1, "\(bars.joined(separator: "\n"))")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= Int(columns) })
    // The longest bar reaches the width, but for its number's cells.
    #expect(bars.contains { DisplayWidth.of($0) >= Int(columns) - 4 })
  }

  @Test func colourOnATerminalButNeverUnderNoColour() throws {
    let coloured = try run(columns: 80, environment: ["NO_COLOR": ""])
    #expect(coloured.contains("\u{1B}[36m"))
    let plain = try run(columns: 80, environment: ["NO_COLOR": "1"])
    #expect(!plain.contains("\u{1B}"))
    #expect(withoutColour(coloured) == plain)
  }
}
