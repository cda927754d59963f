// ChartCLITests.swift: charts from the command line over the fixture
// reports: bars at a pipe fitted to $COLUMNS, SVG that parses as XML with one
// bar and one label per row and renders (rsvg-convert) to a picture that is
// not blank, `.chart FILE.svg` written whole, and README's chart made by its
// script.
import BaogaoQuery
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ChartCLITests {
  static let reports = "Tests/Fixtures/reports"
  static let growth = "compare 地区生产总值 where kind = growth"

  /// Counts of an SVG's elements by class, its title, and its fonts, read by
  /// Python's XML parser: a document that does not parse fails here.
  func shape(ofSVG path: String) throws -> [String: String] {
    let program = """
      import sys, xml.etree.ElementTree as ET
      root = ET.parse(sys.argv[1]).getroot()
      ns = "{http://www.w3.org/2000/svg}"
      counts = {}
      for element in root.iter():
          for name in element.get("class", "").split():
              key = element.tag.replace(ns, "") + "." + name
              counts[key] = counts.get(key, 0) + 1
      for key, count in sorted(counts.items()):
          print(key, count, sep="\\t")
      print("title", root.find(ns + "title").text, sep="\\t")
      print("labels", "|".join(e.text for e in root.iter(ns + "text") if e.get("class") == "label"), sep="\\t")
      print("style", root.find(ns + "style").text.replace("\\n", " "), sep="\\t")
      """
    let result = try ExportTools.python(program, arguments: [path])
    #expect(result.status == 0, "\(result.stderr)")
    var shape: [String: String] = [:]
    for line in result.stdout.split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      if parts.count == 2 { shape[parts[0]] = parts[1] }
    }
    return shape
  }

  /// Renders the SVG with rsvg-convert and gives the PNG's pixel variance
  /// (decoded by Python's zlib and struct: filters undone, RGBA or RGB).
  func pixelVariance(ofSVG path: String) throws -> Double {
    let png = path + ".png"
    let rendered = try ExportTools.run("/usr/bin/env", ["rsvg-convert", path, "-o", png])
    #expect(
      rendered.status == 0,
      "rsvg-convert: \(rendered.stderr) (Scripts/setup-test-tools.sh installs it)")
    let program = """
      import sys, struct, zlib
      data = open(sys.argv[1], "rb").read()
      assert data[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
      pos, chunks, header = 8, [], None
      while pos < len(data):
          length, kind = struct.unpack(">I4s", data[pos:pos + 8])
          body = data[pos + 8:pos + 8 + length]
          if kind == b"IHDR": header = struct.unpack(">IIBBBBB", body)
          if kind == b"IDAT": chunks.append(body)
          pos += 12 + length
      width, height, depth, colour = header[:4]
      assert depth == 8 and colour in (2, 6), header
      bpp = 4 if colour == 6 else 3
      raw = zlib.decompress(b"".join(chunks))
      stride = width * bpp
      rows, previous = [], bytearray(stride)
      for y in range(height):
          kind = raw[y * (stride + 1)]
          line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
          for x in range(stride):
              a = line[x - bpp] if x >= bpp else 0
              b = previous[x]
              c = previous[x - bpp] if x >= bpp else 0
              if kind == 1: line[x] = (line[x] + a) & 255
              elif kind == 2: line[x] = (line[x] + b) & 255
              elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
              elif kind == 4:
                  p = a + b - c
                  pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                  line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
          rows.append(line)
          previous = line
      grey = [sum(row[x:x + 3]) / 3 for row in rows for x in range(0, stride, bpp)]
      mean = sum(grey) / len(grey)
      print(sum((g - mean) ** 2 for g in grey) / len(grey))
      """
    let result = try ExportTools.python(program, arguments: [png])
    #expect(result.status == 0, "\(result.stderr)")
    return Double(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-chart-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func svgHasABarAndALabelPerRowAndRendersToAPicture() throws {
    let rows = try BaogaoProcess.run(["-c", ChartCLITests.growth, ChartCLITests.reports])
    let table = rows.stdout.split(separator: "\n").dropFirst()
    #expect(table.count >= 8)
    let svg = try BaogaoProcess.run(
      ["--format", "svg", "-c", "chart " + ChartCLITests.growth, ChartCLITests.reports])
    #expect(svg.status == 0)
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("growth.svg").path
    try Data(svg.stdout.utf8).write(to: URL(fileURLWithPath: path))
    let shape = try shape(ofSVG: path)
    #expect(shape["rect.bar"] == String(table.count))
    #expect(shape["text.label"] == String(table.count))
    #expect(shape["title"] == ChartCLITests.growth)
    #expect(shape["labels"]?.contains("海拉尔区 2016") == true)
    #expect(shape["text.axis-label"] == "2")
    #expect(shape["style"]?.contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\"") == true)
    #expect(try pixelVariance(ofSVG: path) > 100)
  }

  @Test func formatSVGDrawsAStatementWithoutChart() throws {
    let svg = try BaogaoProcess.run(["--format", "svg", "-c", "count targets group by area"])
    #expect(svg.status == 0 && svg.stdout.hasPrefix("<?xml"))
    #expect(svg.stdout.contains(">count targets group by area</text>"))
    let failed = try BaogaoProcess.run(["--format", "svg", "-c", "search 旅游"])
    #expect(failed.status == 1)
    #expect(failed.stderr.hasPrefix("-c:1:1: error: nothing to chart: 'search' gives text"))
  }

  @Test func aLineChartHasItsSeriesAndPoints() throws {
    let svg = try BaogaoProcess.run([
      "--format", "svg", "-c", "chart line compare 地区生产总值 in 海拉尔区 where kind = growth",
      "\(ChartCLITests.reports)/hailaer-2016.txt", "\(ChartCLITests.reports)/hailaer-2017.txt",
    ])
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("line.svg").path
    try Data(svg.stdout.utf8).write(to: URL(fileURLWithPath: path))
    let shape = try shape(ofSVG: path)
    // Targets for 2016 and 2017, one line; the 2016 result (the 2017 report's review).
    #expect(shape["polyline.series"] == "1")
    #expect(shape["circle.point"] == "3")
    #expect(shape["text.legend"] == "2")
    #expect(try pixelVariance(ofSVG: path) > 100)
  }

  @Test(arguments: [60, 80])
  func barsAtAPipeFitColumns(columns: Int) throws {
    let result = try BaogaoProcess.run(
      ["-c", "chart " + ChartCLITests.growth, ChartCLITests.reports],
      environment: ["COLUMNS": columns == 80 ? "" : String(columns)])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count >= 9 && !result.stdout.contains("\u{1B}"))
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= columns })
    // The longest bar reaches the width, but for its number's cells.
    #expect(lines.contains { DisplayWidth.of($0) >= columns - 4 })
  }

  @Test func dotChartWritesTheFileWhole() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BaogaoProcess.run(
      [], input: "count targets group by area\n.chart areas.svg\n.chart line trend.svg\n",
      in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let shape = try shape(ofSVG: folder.appendingPathComponent("areas.svg").path)
    #expect(shape["rect.bar"] == "6")
    // Nothing beside the files: the temporary name is renamed away.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["areas.svg", "trend.svg"])
  }

  @Test func dotChartSaysWhatFailed() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BaogaoProcess.run(
      [],
      input: ".chart early.svg\ncount targets group by area\n.chart missing/areas.svg\n"
        + ".chart areas.png\nsearch 旅游\n.chart found.svg\n",
      in: folder)
    #expect(result.status == 1)
    let expected = [
      "error: nothing to chart yet: '.chart' draws the last result; run a query first, "
        + "such as 'count targets group by area'",
      "error: cannot write to missing/areas.svg: No such file or directory",
      "error: '.chart' writes SVG files: name it FILE.svg, not 'areas.png'",
      "error: nothing to chart: no column holds numbers (columns report, path, sentence)",
    ]
    #expect(result.stderr == expected.joined(separator: "\n") + "\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func readmeShowsWhatItsScriptDraws() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let svg = folder.appendingPathComponent("chart.svg").path
    let script = BaogaoProcess.root.appendingPathComponent("Scripts/make-readme-chart.sh").path
    let result = try ExportTools.run(
      "/usr/bin/env", ["BAOGAO_BIN=\(BaogaoProcess.binary)", script, ChartCLITests.reports, svg])
    #expect(result.status == 0, "\(result.stderr)")
    let readme = try String(
      contentsOf: BaogaoProcess.root.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(
      lines.firstIndex { $0.hasPrefix("    $ Scripts/make-readme-chart.sh") })
    let shown = lines[(start + 1)...].prefix { $0.hasPrefix("    ") }.map { $0.dropFirst(4) }
    #expect(shown.joined(separator: "\n") + "\n" == result.stdout)
    let checkedIn = try String(
      contentsOf: BaogaoProcess.root.appendingPathComponent("docs/images/gdp-growth-targets.svg"),
      encoding: .utf8)
    #expect(try String(contentsOfFile: svg, encoding: .utf8) == checkedIn)
    #expect(
      readme.contains(
        "![GDP growth targets of the shared reports](docs/images/gdp-growth-targets.svg)"))
  }
}
