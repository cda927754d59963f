// ShowCommandTests.swift: `show` under -c is the shell's `show`: ids in any
// letter case, one JSON object with --format json, the page in table mode.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ShowCommandTests {
  @Test func lowerAndUpperCaseIdsPrintTheSame() throws {
    for format in ["table", "tsv", "json"] {
      let lower = try BaogaoProcess.run(["--format", format, "-c", "show t1"])
      let upper = try BaogaoProcess.run(["--format", format, "-c", "show T1"])
      #expect(lower.status == 0)
      #expect(lower.stdout == upper.stdout)
    }
  }

  @Test func jsonIsOneObjectWithTheExportFields() throws {
    let result = try BaogaoProcess.run(["--format", "json", "-c", "show T1"])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let node = try #require(object as? [String: Any])
    #expect(node["id"] as? String == "dinghai-2018:T1")
    #expect(node["node"] as? String == "target")
    #expect(node["main"] as? Bool == true)
    #expect((node["neighbours"] as? [Any])?.isEmpty == false)
  }

  @Test func tableModeIsTheShellsPage() throws {
    let result = try BaogaoProcess.run(["--format", "table", "-c", "show T1"])
    #expect(result.stdout.hasPrefix("dinghai-2018:T1  target\n"))
    #expect(result.stdout.contains("\nsentence\n"))
    #expect(result.stdout.contains("[["))
  }
}
