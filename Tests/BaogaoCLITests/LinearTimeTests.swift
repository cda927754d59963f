// LinearTimeTests.swift: the catalogue's cases that were quadratic (issue 17:
// a statement over 8,000 lines of a script took 46 s, 1 MB of random bytes
// through -f 66 s, 40,000 top-level headings 32 s) through the real binary,
// each at n and 4n: both give the right answer, and 4n costs some 4 times
// what n costs above a floor (a one-line input), where quadratic costs 16.
// Costs are the child's CPU seconds (wait4's rusage), not wall time, which on
// a busy machine measures the machine. The absolute figures beside their
// floor: Scripts/bench-bad-input.sh.
import BaogaoTestSupport
import Foundation
import Testing

@Suite(.serialized) struct LinearTimeTests {
  /// Runs the floor, n and 4n twice each, interleaved, and keeps each one's
  /// cheaper run; checks every run with `check` and that 4n's cost above the
  /// floor is under 8 times n's (linear: 4; quadratic: 16). A few hundredths
  /// of a second of slack keep the clock's grain out of it.
  static func expectLinear(
    floor: [String], n: [String], fourN: [String], check: (SpawnResult) -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var best: [Double] = [.infinity, .infinity, .infinity]
    for _ in 0..<2 {
      for (index, arguments) in [floor, n, fourN].enumerated() {
        let result = try BaogaoProcess.spawn(arguments)
        #expect(
          check(result), "baogao \(arguments.dropLast().joined(separator: " "))",
          sourceLocation: sourceLocation)
        best[index] = min(best[index], result.cpuSeconds)
      }
    }
    let costN = max(0, best[1] - best[0])
    let cost4N = max(0, best[2] - best[0])
    #expect(
      cost4N < 8 * costN + 0.05,
      "floor \(best[0]) s, n \(best[1]) s, 4n \(best[2]) s: not linear",
      sourceLocation: sourceLocation)
  }

  /// One statement over many lines of a script (the script reader and the
  /// continuation check, on the lexer since issue 17).
  static func statement(lines: Int) -> [UInt8] {
    Array(
      ("count targets where\n" + String(repeating: "  area = 民生 or\n", count: lines - 2)
        + "  area = 民生;\n").utf8)
  }

  /// A report of one title and its top-level headings (Outline.isRestart).
  static func headings(_ count: Int) -> [UInt8] {
    Array((["2024年某区政府工作报告"] + (0..<count).map { "一、工作标题\($0)" }).joined(separator: "\n").utf8)
  }

  /// Bytes of a fixed-seed generator, so that a failure repeats.
  static func randomBytes(_ count: Int) -> [UInt8] {
    var state: UInt64 = 17
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
  }

  @Test func aStatementOverThirtyThousandLines() throws {
    let report = try BaogaoProcess.file("tiny.txt", Array("一、工作回顾\n加快城市建设。\n".utf8))
    try Self.expectLinear(
      floor: ["-f", try BaogaoProcess.file("one.bq", Self.statement(lines: 2)), report],
      n: ["-f", try BaogaoProcess.file("n.bq", Self.statement(lines: 7_500)), report],
      fourN: ["-f", try BaogaoProcess.file("4n.bq", Self.statement(lines: 30_000)), report],
      check: { $0.status == 0 && $0.stdout == "count\n0\n" })
  }

  @Test func aMegabyteOfRandomBytesAsAScript() throws {
    let report = try BaogaoProcess.file("tiny.txt", Array("一、工作回顾\n加快城市建设。\n".utf8))
    // Every piece the lexer cannot read is an error of its own: status 1.
    try Self.expectLinear(
      floor: ["-f", try BaogaoProcess.file("one.bq", Self.randomBytes(1 << 10)), report],
      n: ["-f", try BaogaoProcess.file("n.bq", Self.randomBytes(1 << 18)), report],
      fourN: ["-f", try BaogaoProcess.file("4n.bq", Self.randomBytes(1 << 20)), report],
      check: { $0.status == 1 })
  }

  @Test func fortyThousandHeadings() throws {
    try Self.expectLinear(
      floor: ["-c", "count sections", try BaogaoProcess.file("one.txt", Self.headings(1))],
      n: ["-c", "count sections", try BaogaoProcess.file("n.txt", Self.headings(10_000))],
      fourN: ["-c", "count sections", try BaogaoProcess.file("4n.txt", Self.headings(40_000))],
      check: {
        $0.status == 0 && ["count\n1\n", "count\n10000\n", "count\n40000\n"].contains($0.stdout)
      })
  }
}
