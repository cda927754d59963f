// ExportFormatsTests.swift: `baogao export --sqlite/--jsonl/--csv` of the
// shared reports, read back with the tools people use: every kind has as many
// rows as the shell's `count KIND`, the database is sound (integrity and
// foreign keys), columns are typed, and the views answer the first questions.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ExportFormatsTests {
  @Test func sqliteCommandLineCountsEqualTheShellsCounts() throws {
    let export = try SharedExport.get()
    let sql = SharedExport.kinds.map { "SELECT count(*) FROM \($0);" }.joined(separator: "\n")
    let result = try ExportTools.sqlite3(export.database, sql)
    #expect(result.status == 0, "\(result.stderr)")
    let counts = result.stdout.split(separator: "\n").compactMap { Int($0) }
    #expect(counts == SharedExport.kinds.map { export.counts[$0] ?? -1 })
    #expect(export.counts["reports"] == export.files.count)
  }

  @Test func sqliteCommandLineFindsNoIntegrityOrForeignKeyFault() throws {
    let export = try SharedExport.get()
    let result = try ExportTools.sqlite3(
      export.database, "PRAGMA integrity_check;\nPRAGMA foreign_key_check;\n")
    #expect(result.status == 0, "\(result.stderr)")
    // integrity_check prints `ok`; foreign_key_check prints one line per fault.
    #expect(result.stdout == "ok\n")
  }

  @Test func pythonSqlite3ReadsTheSameCountsTypesAndKeys() throws {
    let export = try SharedExport.get()
    let program = """
      import json, sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      kinds = json.loads(sys.argv[2])
      out = {"counts": [db.execute(f"select count(*) from {k}").fetchall()[0][0] for k in kinds]}
      out["integrity"] = db.execute("pragma integrity_check").fetchall()
      out["foreign"] = db.execute("pragma foreign_key_check").fetchall()
      out["types"] = {f"{t}.{c}": sorted({r[0] for r in db.execute(f"select typeof({c}) from {t}")})
        for t, c in [("reports", "year"), ("indicators", "value"), ("targets", "main"),
                     ("targets", "indicators"), ("places", "mentions"), ("sections", "report")]}
      out["keys"] = {t: [r[1] for r in db.execute(f"pragma table_info({t})") if r[5]]
        for t in kinds}
      out["references"] = sorted({(r[2], r[4]) for t in kinds + ["edges"]
        for r in db.execute(f"pragma foreign_key_list({t})")})
      print(json.dumps(out, ensure_ascii=False))
      """
    let kinds = "[" + SharedExport.kinds.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    let result = try ExportTools.python(program, arguments: [export.database, kinds])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let out = try #require(object as? [String: Any])
    #expect(out["counts"] as? [Int] == SharedExport.kinds.map { export.counts[$0] ?? -1 })
    #expect(out["integrity"] as? [[String]] == [["ok"]])
    #expect((out["foreign"] as? [Any])?.isEmpty == true)
    let types = try #require(out["types"] as? [String: [String]])
    #expect(types["reports.year"] == ["integer"])
    #expect(types["indicators.value"] == ["real"])
    #expect(types["targets.main"] == ["integer"])
    #expect(types["targets.indicators"] == ["text"])
    #expect(types["places.mentions"] == ["integer"])
    #expect(types["sections.report"] == ["text"])
    let keys = try #require(out["keys"] as? [String: [String]])
    for kind in SharedExport.kinds { #expect(keys[kind] == ["id"], "\(kind)") }
    let references = try #require(out["references"] as? [[String]])
    #expect(references.contains(["reports", "id"]))
    #expect(references.contains(["sections", "id"]))
    #expect(references.contains(["nodes", "id"]))
  }

  /// The GDP targets of the shared reports' gold main-target lists, found in
  /// the `main_targets` view by the canonical indicator.
  @Test func mainTargetsViewListsTheGDPTargets() throws {
    let export = try SharedExport.get()
    let result = try ExportTools.sqlite3(
      export.database,
      "SELECT report, value, unit FROM main_targets WHERE indicator = '地区生产总值';")
    #expect(result.status == 0, "\(result.stderr)")
    let rows = Set(result.stdout.split(separator: "\n").map(String.init))
    let gdp = try GoldMainTargets.gdp()
    #expect(Set(gdp.map(\.report)).count == 9)
    for target in gdp {
      let row = "\(target.report)|\(ExportFormatsTests.sqliteReal(target.value))|\(target.unit)"
      #expect(rows.contains(row), "no main_targets row \(row)")
    }
  }

  @Test func reconciliationViewHasEveryReconciliationBesideItsTarget() throws {
    let export = try SharedExport.get()
    let result = try ExportTools.sqlite3(
      export.database,
      """
      SELECT count(*) FROM reconciliation;
      SELECT count(*) FROM reconciliation AS v JOIN reconciliations AS c ON c.id = v.id
        WHERE v.verdict = c.verdict AND v.target = c.target AND v.place IS NOT NULL;
      SELECT count(*) FROM reconciliation WHERE result IS NOT NULL AND result_value IS NULL;
      """)
    #expect(result.status == 0, "\(result.stderr)")
    let reconciliations = export.counts["reconciliations"] ?? -1
    #expect(reconciliations > 0)
    #expect(result.stdout == "\(reconciliations)\n\(reconciliations)\n0\n")
  }

  @Test func duckDBReadsTheJSONLinesFolderWithTheSameCounts() throws {
    let export = try SharedExport.get()
    let program = """
      import duckdb, json, sys
      folder, kinds = sys.argv[1], json.loads(sys.argv[2])
      counts = [duckdb.sql(f"select count(*) from read_json_auto('{folder}/{k}.jsonl')")
        .fetchall()[0][0] for k in kinds]
      main = duckdb.sql(f"select count(*) from read_json_auto('{folder}/targets.jsonl') "
        "where main").fetchall()[0][0]
      print(json.dumps({"counts": counts, "main": main}))
      """
    let kinds = "[" + SharedExport.kinds.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    let result = try ExportTools.python(program, arguments: [export.jsonl, kinds], venv: true)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let parsed = try #require(object as? [String: Any])
    #expect(parsed["counts"] as? [Int] == SharedExport.kinds.map { export.counts[$0] ?? -1 })
    let main = try ExportTools.sqlite3(
      export.database, "SELECT count(*) FROM targets WHERE main = 1;")
    #expect("\(parsed["main"] as? Int ?? -1)\n" == main.stdout)
  }

  @Test func csvFilesHaveTheJSONLinesColumnsAndTheSameCounts() throws {
    let export = try SharedExport.get()
    let program = """
      import csv, json, sys
      def cell(v):  # how the CSV writes a JSON Lines value
          if v is None: return ""
          if isinstance(v, bool): return "true" if v else "false"
          if isinstance(v, list): return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
          return str(v)
      out = {}
      for kind in json.loads(sys.argv[3]):
          with open(f"{sys.argv[1]}/{kind}.csv", newline="", encoding="utf-8") as f:
              rows = list(csv.reader(f))
          with open(f"{sys.argv[2]}/{kind}.jsonl", encoding="utf-8") as f:
              objects = [json.loads(line) for line in f]
          keys = list(objects[0].keys()) if objects else rows[0]
          same = all([cell(v) for v in o.values()] == r for o, r in zip(objects, rows[1:]))
          out[kind] = [len(rows) - 1, rows[0] == keys, same]
      print(json.dumps(out))
      """
    let kinds =
      "[" + (SharedExport.kinds + ["edges"]).map { "\"\($0)\"" }.joined(separator: ",")
      + "]"
    let result = try ExportTools.python(program, arguments: [export.csv, export.jsonl, kinds])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let out = try #require(object as? [String: [Any]])
    for kind in SharedExport.kinds {
      let entry = try #require(out[kind], "\(kind)")
      #expect(entry[0] as? Int == export.counts[kind], "\(kind) rows")
      #expect(entry[1] as? Bool == true, "\(kind) header")
      #expect(entry[2] as? Bool == true, "\(kind) cells")
    }
  }

  /// How the sqlite3 tool prints a REAL: `8.0`, `7.5`.
  static func sqliteReal(_ value: Double) -> String {
    value == value.rounded() ? String(format: "%.1f", value) : "\(value)"
  }
}

/// The main targets of the per-report gold (Tests/Fixtures/gold/reports).
enum GoldMainTargets {
  struct Target {
    var report: String
    var value: Double
    var unit: String
  }

  /// The gold's spellings of GDP (地区生产总值) in the shared reports.
  static let gdpNames: Set<String> = ["地区生产总值", "生产总值", "全省生产总值", "全省地区生产总值"]

  /// Every numeric GDP main target of the gold, however the report names it.
  static func gdp() throws -> [Target] {
    let folder = BaogaoProcess.root.appendingPathComponent("Tests/Fixtures/gold/reports")
    var targets: [Target] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where name.hasSuffix(".json") && !name.hasPrefix("reconcile-") {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      let gold = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let report = try #require(gold["report"] as? String)
      for item in gold["main_targets"] as? [[String: Any]] ?? [] {
        guard let indicator = item["indicator"] as? String, gdpNames.contains(indicator),
          let value = item["value"] as? Double, let unit = item["unit"] as? String
        else { continue }
        targets.append(Target(report: report, value: value, unit: unit))
      }
    }
    return targets
  }
}
