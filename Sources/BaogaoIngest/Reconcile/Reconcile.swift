// Reconcile.swift: checks the targets of one year's report against the review
// of the next year's report of the same place, when both are loaded together
// (`baogao export hailaer-2016.txt hailaer-2017.txt`). Runs after every report
// is ingested; adds one `Reconciliation` per figure of every numeric target
// (and one `not comparable` per main target in words), with their edges.
//
// Reports pair by place identity (division code, else place name, else the
// file name's stem) and plan year: a report for Y is checked against the
// report for Y+1, in time linear in the number of reports. Finding the result
// is ResultSearch.swift; judging it is VerdictRules.swift.
import BaogaoGraph

public enum Reconcile {
  /// Adds the reconciliations of every pair of reports in the builder, and
  /// gives notes for reports that look like a pair but do not resolve to one
  /// place (the user should know why nothing was checked).
  @discardableResult
  public static func add(
    to builder: inout GraphBuilder, names: IndicatorNames = .standard
  ) -> [String] {
    let reports = builder.reports
    guard reports.count > 1 else { return [] }
    var byPlaceYear: [PlaceYear: Int] = [:]
    for (index, report) in reports.enumerated() {
      guard let key = PlaceYear(report) else { continue }
      if byPlaceYear[key] == nil { byPlaceYear[key] = index }
    }
    var pairs: [(earlier: Report, later: Report)] = []
    for earlier in reports {
      guard let key = PlaceYear(earlier), let next = byPlaceYear[key.next] else { continue }
      pairs.append((earlier, reports[next]))
    }
    guard !pairs.isEmpty else { return PairNotes.unpaired(reports) }
    let indicatorRuns = ReportRuns(builder.indicators) { $0.report }
    let targetRuns = ReportRuns(builder.targets) { $0.report }
    let indicatorIndex = figureIndex(
      of: pairs.map(\.earlier.id), in: builder, indicatorRuns: indicatorRuns,
      targetRuns: targetRuns)
    // Each pair's checks read the nodes only: found on every core (a
    // tenth of a cached load of 1,000 reports, on its one sequential
    // thread), then added in the pairs' order, as one by one.
    let (indicators, targets) = (builder.indicators, builder.targets)
    let found = Corpus.parallelMap(pairs) { earlier, later -> [(Target, [Check])] in
      let review = indicatorRuns.positions(of: later.id)
        .filter { indicators[$0].part == .review }.map { indicators[$0] }
      let planned = targetRuns.positions(of: earlier.id).map { targets[$0] }
      let search = ResultSearch(
        review: review, planned: planned, indicators: indicatorIndex, all: indicators,
        names: names)
      return planned.map { ($0, search.checks(of: $0)) }
    }
    for ((earlier, _), checks) in zip(pairs, found) {
      // A reconciliation is numbered within the report whose target it checks.
      builder.scope = earlier.id
      for (target, checks) in checks {
        for check in checks {
          let id = builder.newID(.reconciliation)
          builder.reconciliations.append(
            Reconciliation(
              id: id, target: target.id, result: check.result?.id, verdict: check.verdict,
              figure: check.figure?.id, place: earlier.place, year: earlier.year,
              indicator: check.indicator, scope: check.figure?.measure.scope,
              planned: check.planned,
              outcome: check.result.map(Written.figure), gap: check.gap))
          builder.edges.append(Edge(from: id, to: target.id, rel: .reconciles))
          if let result = check.result {
            builder.edges.append(Edge(from: id, to: result.id, rel: .outcome))
          }
        }
      }
    }
    return PairNotes.unpaired(reports)
  }

  /// Indicator positions by id, for the figures the planned targets name.
  /// Only the indicators of the reports whose targets are checked: ingest
  /// reads each report alone, so a target's figures are its own report's
  /// (hashing every indicator's id was a sixth of a cached load of 1,000
  /// reports, most of whose reports pair with none). Should a target name
  /// a figure outside them, every indicator is indexed, as before.
  static func figureIndex(
    of checked: [String], in builder: GraphBuilder, indicatorRuns: ReportRuns,
    targetRuns: ReportRuns
  ) -> [String: Int] {
    var index: [String: Int] = [:]
    func add(_ position: Int) { index[builder.indicators[position].id] = position }
    let reports = Set(checked)
    for run in indicatorRuns.runs where reports.contains(run.report) { run.range.forEach(add) }
    let complete = checked.allSatisfy { report in
      targetRuns.positions(of: report).allSatisfy { position in
        builder.targets[position].indicators.allSatisfy { index[$0] != nil }
      }
    }
    if !complete { builder.indicators.indices.forEach(add) }
    return index
  }
}

/// A report's place identity and plan year, the key reports pair on.
struct PlaceYear: Hashable {
  var place: String
  var year: Int

  init(place: String, year: Int) {
    self.place = place
    self.year = year
  }

  /// Division code when the place resolved, else the place as written, else
  /// the file name's stem (`hailaer-2016`: `hailaer`); nil without a year.
  init?(_ report: Report) {
    guard let year = report.year ?? PlaceYear.fileYear(report.id) else { return nil }
    if let code = report.identity.code, !code.isEmpty {
      place = "code:" + code
    } else if let name = report.place, !name.isEmpty {
      place = "name:" + name
    } else {
      place = "file:" + PlaceYear.fileStem(report.id)
    }
    self.year = year
  }

  var next: PlaceYear { PlaceYear(place: place, year: year + 1) }

  /// `hailaer-2016` → `hailaer`; an id without a dash is its own stem.
  static func fileStem(_ id: String) -> String {
    guard let dash = id.lastIndex(of: "-") else { return id }
    return String(id[..<dash])
  }

  static func fileYear(_ id: String) -> Int? {
    guard let dash = id.lastIndex(of: "-") else { return nil }
    return Int(id[id.index(after: dash)...])
  }
}
