// WidthPTYTests.swift: the real shell at 60, 80, 100 and 160 columns: every
// line of `targets`, `indicators` and `reconciliations` fits the terminal,
// and their default columns name the linked nodes instead of giving ids.
import BaogaoIngest
import BaogaoQuery
import BaogaoTestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct WidthPTYTests {
  /// Two consecutive years of one place, so that reconciliations exist.
  static let pair = ["hailaer-2016", "hailaer-2017"].map {
    TableLayoutTests.fixtures + "/" + $0 + ".txt"
  }
  /// The default columns of each kind; 30 rows show them all and keep the
  /// test fast.
  static let queries = ["targets limit 30", "indicators limit 30", "reconciliations limit 30"]

  /// Each query's screen output at `width` columns, without the typed line.
  func screens(width: Int) throws -> [(query: String, lines: [Substring])] {
    let shell = try PTY(WidthPTYTests.pair, columns: UInt16(width), rows: 50)
    shell.expectPrompt("hailaer-2016> ")
    var result: [(String, [Substring])] = []
    for query in WidthPTYTests.queries {
      shell.send(query + "\r")
      let output = shell.expectPrompt("hailaer-2016> ") ?? ""
      let lines = output.split(separator: "\n").dropFirst().dropLast()
      #expect(lines.count > 3, "\(query) at \(width): \(output)")
      result.append((query, Array(lines)))
    }
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 0)
    return result
  }

  @Test(arguments: [60, 80, 100, 160])
  func everyLineFits(_ width: Int) throws {
    for (query, lines) in try screens(width: width) {
      let wide = lines.filter { DisplayWidth.of($0) > width }
      #expect(wide.isEmpty, "\(query) at \(width) columns: \(wide.prefix(3))")
    }
  }

  @Test(arguments: [60, 80])
  func commandLineQueriesFitTheTerminalToo(_ width: Int) throws {
    let shell = try PTY(
      ["--format", "table", "-c", "targets where main = true"], columns: UInt16(width))
    #expect(shell.waitForExit() == 0)
    let lines = shell.transcript.split(separator: "\n")
    #expect(lines.count > 5)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(shell.transcript)")
  }

  @Test(arguments: [60, 80, 100, 160])
  func defaultColumnsHoldNamesNotIDs(_ width: Int) throws {
    let graph = try #require(ReadableColumns.graph, "cannot load \(WidthPTYTests.pair)")
    for (query, lines) in try screens(width: width) {
      let kind = String(query.prefix { $0 != " " })
      let own = Schema.kind(named: kind)?.nodeKind.idPrefix ?? ""
      let foreign = lines.flatMap(ReadableColumns.ids).filter {
        !$0.hasPrefix(own) && graph.byID[$0] != nil
      }
      #expect(foreign.isEmpty, "\(query) at \(width) columns shows ids \(foreign.prefix(5))")
    }
  }
}

/// What tells a node id in a table from a name.
enum ReadableColumns {
  /// The pair's graph, to tell ids from names that look like them (a road `S202`).
  static let graph = try? ReportFile.loadGraph(paths: WidthPTYTests.pair)

  /// Words of a line that look like node ids: a capital letter, then digits.
  /// (Only those that are ids of the graph count against a column.)
  static func ids(_ line: Substring) -> [String] {
    line.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).compactMap {
      word in
      guard let first = word.first, first.isUppercase, word.count > 1,
        word.dropFirst().allSatisfy(\.isNumber)
      else { return nil }
      return String(word)
    }
  }
}
