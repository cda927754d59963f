// FormatTests.swift: the formats other tools read. CSV per RFC 4180, JSON
// with numbers as numbers and lists as arrays (one array per statement),
// TSV with tabs and newlines escaped, Markdown tables that render.
import BaogaoQuery
import BaogaoTestSupport
import Foundation
import Testing

@testable import BaogaoShell

@Suite struct FormatTests {
  /// A sentence of the kind reports are full of: commas, quotes, a newline.
  static let awkward = ResultTable(
    columns: ["id", "span", "value", "places"],
    rows: [
      [
        .string("T1"), .string("新建\"美丽乡村\",改造道路12公里\n共3条"), .number(12),
        .list([.string("金塘"), .string("白泉")]),
      ],
      [.string("T2"), .string("a\tb|c\\d"), .number(8.5), .list([])],
      [.string("T3"), .null, .bool(true), .list([.number(1), .number(2)])],
    ])

  @Test func csvFollowsRFC4180() {
    let text = Render.text(Self.awkward, as: .csv)
    #expect(
      text == "id,span,value,places\r\n"
        + "T1,\"新建\"\"美丽乡村\"\",改造道路12公里\n共3条\",12,\"金塘, 白泉\"\r\n"
        + "T2,a\tb|c\\d,8.5,\r\n"
        + "T3,,true,\"1, 2\"\r\n")
    #expect(CSV.records(text).count == 4)
    #expect(CSV.records(text)[1][1] == "新建\"美丽乡村\",改造道路12公里\n共3条")
  }

  @Test func tsvEscapesTabsNewlinesAndBackslashes() {
    let text = Render.text(Self.awkward, as: .tsv)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(
      lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
    #expect(lines[1] == "T1\t新建\"美丽乡村\",改造道路12公里\\n共3条\t12\t金塘, 白泉")
    #expect(lines[2] == "T2\ta\\tb|c\\\\d\t8.5\t")
  }

  @Test func windowsLineBreaksInsideCellsAreQuotedAndEscaped() {
    // "\r\n" is one Character in Swift; it must still count as a line break.
    let table = ResultTable(columns: ["span"], rows: [[.string("一\r\n二")]])
    #expect(Render.text(table, as: .csv) == "span\r\n\"一\r\n二\"\r\n")
    #expect(Render.text(table, as: .tsv) == "span\n一\\r\\n二\n")
    #expect(Render.text(table, as: .markdown).contains("| 一<br>二 |"))
  }

  @Test func jsonKeepsNumbersAndListsAsOneArrayOnOneLine() throws {
    let text = Render.text(Self.awkward, as: .json)
    #expect(text.hasSuffix("\n") && text.dropLast().contains("\n") == false)
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    #expect(parsed?.count == 3)
    #expect(parsed?[0]["value"] as? Int == 12)
    #expect(parsed?[1]["value"] as? Double == 8.5)
    #expect(parsed?[0]["places"] as? [String] == ["金塘", "白泉"])
    #expect(parsed?[0]["span"] as? String == "新建\"美丽乡村\",改造道路12公里\n共3条")
    #expect(parsed?[2]["span"] is NSNull)
    #expect(parsed?[2]["value"] as? Bool == true)
    #expect(text.hasPrefix("[{\"id\":\"T1\",\"span\":\"新建"))  // keys in column order
    #expect(Render.text(ResultTable(columns: ["id"], rows: []), as: .json) == "[]\n")
  }

  @Test func markdownEscapesPipesAndNewlines() {
    let text = Render.text(Self.awkward, as: .markdown)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines[0] == "| id | span | value | places |")
    #expect(lines[1] == "| --- | --- | --- | --- |")
    #expect(lines[3] == "| T2 | a\tb\\|c\\\\d | 8.5 |  |")
    #expect(lines[2].contains("改造道路12公里<br>共3条"))
  }

  @Test func jsonFromTheBinaryParsesWithOneArrayPerStatement() throws {
    let one = try BaogaoProcess.run(["--format", "json", "-c", "sections"])
    #expect(one.status == 0)
    let rows = try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.count == 7)
    #expect(rows?.first?["path"] as? String == "一")
    let two = try BaogaoProcess.run(["--format", "json", "-c", "sections; sections"])
    let lines = two.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines {
      #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [Any])
    }
  }

  @Test func csvFromTheBinaryHasOneRecordPerRowPlusAHeader() throws {
    let result = try BaogaoProcess.run(["--format", "csv", "-c", "sections"])
    #expect(result.status == 0)
    #expect(CSV.records(result.stdout).count == 7 + 1)
  }

  @Test func targetsAsCSVHaveOneRecordPerExportedTargetPlusAHeader() throws {
    let export = try BaogaoProcess.run(["export"])
    let document =
      try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
    let targets = try #require(document?["targets"] as? [[String: Any]])
    #expect(!targets.isEmpty)
    let csv = try BaogaoProcess.run(["--format", "csv", "-c", "targets"])
    #expect(csv.status == 0)
    #expect(CSV.records(csv.stdout).count == targets.count + 1)
  }

  @Test func jsonOfAKindHasTheExportsFieldsWithNumbersAndArrays() throws {
    let result = try BaogaoProcess.run([
      "--format", "json", "-c", "indicators limit 3; targets limit 3",
    ])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let indicators = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [[String: Any]]
    let first = try #require(indicators?.first)
    #expect(first["value"] is NSNumber && !(first["value"] is String))
    #expect(first["qualifiers"] is [Any])
    let targets = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [[String: Any]]
    #expect(targets?.first?["indicators"] is [Any])
    #expect(targets?.first?["main"] as? Bool != nil)
  }

  @Test func pythonReadsCSVAndJSON() throws {
    let csv = try BaogaoProcess.run(["--format", "csv", "-c", "targets"])
    let count = try Python.run(
      "import csv,sys; print(len(list(csv.reader(sys.stdin))))", input: csv.stdout)
    let export = try BaogaoProcess.run(["export"])
    let targets = try Python.run(
      "import json,sys; print(len(json.load(sys.stdin)['targets']) + 1)", input: export.stdout)
    #expect(count == targets)
    let json = try BaogaoProcess.run(["--format", "json", "-c", "sections"])
    let length = try Python.run(
      "import json,sys; print(len(json.load(sys.stdin)))", input: json.stdout)
    #expect(length == "7\n")
  }

  @Test func defaultFormatOffATerminalIsTSV() throws {
    let result = try BaogaoProcess.run(["-c", "sections"])
    #expect(result.stdout.split(separator: "\n").first == "id\treport\tpath\ttitle\tparent\tarea")
  }
}

/// A small RFC 4180 reader, so the tests check the CSV without trusting the writer.
enum CSV {
  static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.append("\"")
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        record.append(field)
        field = ""
      } else if c == "\r\n" || c == "\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.append(c)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
  }
}

/// The system's Python 3, which Scripts/setup-test-tools.sh installs: a
/// machine without it fails the tests that read baogao's output with it.
enum Python {
  static func run(_ program: String, input: String) throws -> String {
    let result = try ProcessRunner.run(
      "/usr/bin/env", ["python3", "-c", program], input: input, in: BaogaoProcess.root)
    #expect(result.status == 0, "python3: \(result.stderr)")
    return result.stdout
  }
}
