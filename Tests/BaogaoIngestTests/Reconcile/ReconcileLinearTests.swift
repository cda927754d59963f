// ReconcileLinearTests.swift: the steps that need every report at once cost
// time linear in the number of reports (issue 15: reconcile filtered every
// node for every report, reports × nodes). Each case runs at n and 4n reports
// and compares the step's CPU time on this thread (not wall time, which on a
// busy machine measures the machine): linear costs 4 times, quadratic 16.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct ReconcileLinearTests {
  /// CPU seconds this thread has used: the step runs on the test's thread
  /// and does not suspend, so other tests running beside it do not count.
  static func threadSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// The cheapest of three runs of `step`, in CPU seconds, and its last result.
  static func cost<T>(_ step: () -> T) -> (seconds: Double, result: T) {
    var best = Double.infinity
    var result: T?
    for _ in 0..<3 {
      let start = threadSeconds()
      result = step()
      best = min(best, threadSeconds() - start)
    }
    return (best, result!)
  }

  /// 4n's cost under 8 times n's (linear: 4; quadratic: 16), with a few
  /// milliseconds of slack for the clock's grain.
  static func expectLinear(
    _ n: Double, _ fourN: Double, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      fourN < 8 * n + 0.005, "n \(n) s, 4n \(fourN) s: not linear",
      sourceLocation: sourceLocation)
  }

  /// A report of no named place (it pairs by its file name's stem) for
  /// `year`: a review of the year before and that year's main targets.
  static func report(year: Int) -> String {
    """
    \(year)年政府工作报告
    一、\(year - 1)年工作回顾
    过去一年，地区生产总值增长6.9%，社会消费品零售总额增长7.6%，城镇调查失业率4.8%。
    二、\(year)年工作安排
    今年经济社会发展的主要预期目标是：地区生产总值增长6.5%以上，社会消费品零售总额增长8%左右，城镇调查失业率控制在5.5%以内。
    """
  }

  /// `pairs` places' reports for 2020 and 2021, read but not reconciled: one
  /// pair is ingested, and copied under each place's ids (ingesting
  /// a thousand reports would cost the test most of a minute).
  static func builder(pairs: Int) -> GraphBuilder {
    var read = GraphBuilder()
    for year in [2020, 2021] {
      Ingest.read(
        text: report(year: year), reportID: "place0-\(year)", source: "invented", into: &read)
    }
    var builder = GraphBuilder()
    for place in 0..<pairs {
      func moved(_ id: String) -> String {
        id.hasPrefix("place0-") ? "place\(place)-" + id.dropFirst("place0-".count) : id
      }
      for var report in read.reports {
        report.id = moved(report.id)
        builder.reports.append(report)
      }
      for var figure in read.indicators {
        (figure.id, figure.report, figure.section) =
          (moved(figure.id), moved(figure.report), moved(figure.section))
        builder.indicators.append(figure)
      }
      for var target in read.targets {
        (target.id, target.report, target.section) =
          (moved(target.id), moved(target.report), moved(target.section))
        target.indicators = target.indicators.map(moved)
        builder.targets.append(target)
      }
    }
    return builder
  }

  @Test func reconcileIsLinearInReports() {
    let one = Self.builder(pairs: 1)
    var checked = one
    Reconcile.add(to: &checked)
    let perPair = checked.reconciliations.count
    #expect(perPair == 3)
    let n = Self.builder(pairs: 250)
    let fourN = Self.builder(pairs: 1_000)
    let costN = Self.cost {
      var builder = n
      Reconcile.add(to: &builder)
      return builder.reconciliations.count
    }
    let cost4N = Self.cost {
      var builder = fourN
      Reconcile.add(to: &builder)
      return builder.reconciliations.count
    }
    #expect(costN.result == 250 * perPair)
    #expect(cost4N.result == 1_000 * perPair)
    Self.expectLinear(costN.seconds, cost4N.seconds)
  }

  /// One year's reports from a folder per place (`anji/2016.txt`,
  /// `hailaer/2016.txt` …: ids 2016, 2016-2 …): one file stem, thousands of
  /// places, and no pair among them to note.
  static func oneYear(places: Int) -> [Report] {
    (0..<places).map { place in
      Report(
        id: place == 0 ? "2016" : "2016-\(place + 1)", title: "2016年政府工作报告",
        place: "地方\(place)", year: 2016, source: "invented")
    }
  }

  @Test func pairNotesAreLinearInReports() {
    let costN = Self.cost { PairNotes.unpaired(Self.oneYear(places: 2_000)) }
    let cost4N = Self.cost { PairNotes.unpaired(Self.oneYear(places: 8_000)) }
    #expect(costN.result.isEmpty && cost4N.result.isEmpty)
    Self.expectLinear(costN.seconds, cost4N.seconds)
  }

  @Test func pairNotesStillNoteAPairOfTwoPlaces() {
    let reports = [
      Report(id: "hailaer-2016", title: "", place: "海拉尔区", year: 2016, source: "a"),
      Report(id: "hailaer-2017", title: "", place: "满洲里市", year: 2017, source: "b"),
    ]
    let notes = PairNotes.unpaired(reports)
    #expect(notes.count == 1)
    #expect(notes.first?.hasPrefix("hailaer-2016 (2016) and hailaer-2017 (2017)") == true)
  }
}
