// DiagnosticTests.swift: how errors are shown; the caret placement on Chinese
// text is asserted in full by ParserTests and EvaluatorTests.
import Testing

@testable import BaogaoQuery

@Suite struct DiagnosticTests {
  @Test func longLinesShowAWindowAroundTheCaret() {
    let text = "places where " + String(repeating: "name = 金塘镇 or ", count: 10_000) + "名字 = x"
    let lines = QueryTesting.error(text).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("-c:1:140014: error: places have no field '名字'"))
    #expect(lines[1].count < 200)
    // The caret still stands under the offending word.
    let caret = DisplayWidth.of(lines[2].prefix { $0 != "^" })
    let word = DisplayWidth.of(lines[1].prefix { $0 != "名" })
    #expect(caret == word)
  }
}
