// CorpusCLITests.swift: a folder on the command line, `show` of a scoped id
// in either file order, and a synonym from a user file taking effect.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct CorpusCLITests {
  @Test func showGivesTheSameNodeWhateverTheOrderOfTheFiles() throws {
    let a = "Tests/Fixtures/reports/hailaer-2016.txt"
    let b = "Tests/Fixtures/reports/hailaer-2017.txt"
    let forward = try BaogaoProcess.run(["-c", "show hailaer-2017:T5", a, b])
    let backward = try BaogaoProcess.run(["-c", "show hailaer-2017:T5", b, a])
    let alone = try BaogaoProcess.run(["-c", "show T5", b])
    #expect(forward.status == 0)
    #expect(forward.stdout.contains("hailaer-2017:T5"))
    #expect(forward.stdout == backward.stdout)
    #expect(
      alone.stdout.components(separatedBy: "\n").prefix(8)
        == forward.stdout.components(separatedBy: "\n").prefix(8))
  }

  @Test func aFolderLoadsEachTextOnceWithANote() throws {
    let result = try BaogaoProcess.run(["-c", "count reports", "Tests/Fixtures/reports"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("10"))
    #expect(result.stderr.components(separatedBy: "note: skipped").count == 4)
  }

  @Test func aSynonymInAUserFileTakesEffect() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-synonyms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("baogao"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = folder.appendingPathComponent("invented-2031.txt")
    try Data("一、2030年工作回顾\n全区经济规模增长6.5%，区域产值增长3%。\n".utf8).write(to: report)
    let query = "select name, indicator, scope from indicators where indicator = 地区生产总值"
    let before = try BaogaoProcess.run(["-c", query, report.path])
    #expect(!before.stdout.contains("经济规模"))

    let file = folder.appendingPathComponent("mine.tsv")
    try Data("# my names\n经济规模\t地区生产总值\n".utf8).write(to: file)
    let explicit = try BaogaoProcess.run(["--indicators", file.path, "-c", query, report.path])
    #expect(explicit.stdout.contains("经济规模\t地区生产总值\t全区"))

    try Data("区域产值\t地区生产总值\n".utf8).write(
      to: folder.appendingPathComponent("baogao/indicators.tsv"))
    let configured = try BaogaoProcess.run(
      ["-c", query, report.path], environment: ["XDG_CONFIG_HOME": folder.path])
    #expect(configured.stdout.contains("区域产值\t地区生产总值"))

    let missing = try BaogaoProcess.run(["--indicators", "/nonexistent.tsv", "-c", query])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/nonexistent.tsv"))
  }
}

/// The worked example of README's "Many reports" section, over every shared
/// report and the encoded copies: Scripts/examples/panel.out.
@Suite struct PanelExampleScriptTests {
  @Test func panelExampleGivesItsGoldenOutput() throws {
    let result = try BaogaoProcess.run(
      ["--format", "tsv", "-f", "Scripts/examples/panel.bq", "Tests/Fixtures/reports"])
    var text = result.stdout
    if !result.stderr.isEmpty { text += "-- standard error:\n" + result.stderr }
    text += "-- exit status \(result.status)\n"
    let golden = BaogaoProcess.root.appendingPathComponent("Scripts/examples/panel.out")
    if ProcessInfo.processInfo.environment["BAOGAO_UPDATE_GOLDEN"] == "1" {
      try Data(text.utf8).write(to: golden)
      return
    }
    let expected = String(decoding: try Data(contentsOf: golden), as: UTF8.self)
    #expect(text == expected, "rerun with BAOGAO_UPDATE_GOLDEN=1 after checking the change")
  }
}
