// ReportScoring.swift: the matching rules of ../shared/tools/score-reports, in
// Swift, over the per-report gold in Tests/Fixtures/gold/reports. Gives, per
// report, the hits and totals of main_r, main_p, review_r, places_r,
// projects_r and sections_r, and the count of nodes from junk, so the suite
// asserts floors on what the scorer prints (conventions: gold/README.md).
import BaogaoGraph
import BaogaoIngest
import Foundation

/// One measure of the scorer, named as it prints it.
enum ReportMeasure: String, CaseIterable, Sendable {
  case mainRecall = "main_r"
  case mainPrecision = "main_p"
  case reviewRecall = "review_r"
  case placesRecall = "places_r"
  case projectsRecall = "projects_r"
  case sectionsRecall = "sections_r"
}

/// Hits and total of one measure; an empty measure counts as met, as the
/// scorer's totals do.
struct ReportCount: Sendable, CustomStringConvertible {
  var hits = 0
  var total = 0
  var rate: Double { total == 0 ? 1 : Double(hits) / Double(total) }
  var description: String { "\(hits)/\(total)" }
}

/// A report's score, with what it missed (as `--show-misses` prints it).
struct ReportScore: Sendable {
  var counts: [ReportMeasure: ReportCount] = [:]
  var fromJunk = 0
  var misses: [String] = []

  func rate(_ measure: ReportMeasure) -> Double { counts[measure, default: ReportCount()].rate }
}

enum ReportScoring {
  /// Report ids with per-report gold, from the fixtures' file names.
  static func reportIDs() throws -> [String] {
    let folder = Scoring.fixtures.appendingPathComponent("gold/reports")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") && !$0.hasPrefix("reconcile-") }
      .map { String($0.dropLast(".json".count)) }.sorted()
  }

  /// The gold object of a report.
  static func gold(_ id: String) throws -> [String: Any] {
    let url = Scoring.fixtures.appendingPathComponent("gold/reports/\(id).json")
    return (try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]) ?? [:]
  }

  /// Ingests the fixture report and scores it against its gold.
  static func score(_ id: String) throws -> ReportScore {
    let bytes = try Fixtures.bytes(id + ".txt")
    let graph = try Ingest.graph(of: [(bytes, id, id + ".txt")])
    let raw = String(decoding: bytes, as: UTF8.self)
    return score(graph, gold: try gold(id), raw: raw)
  }

  /// NFKC, no white space: the scorer's `norm`, as scalars (Python's `len`
  /// and `in` count code points).
  static func norm(_ s: String?) -> [Unicode.Scalar] {
    (s ?? "").precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
      !$0.properties.isWhitespace
    }
  }

  /// The scorer's `norm_place`: a trailing 街道/镇/乡/村/区/县/市/省 does not count.
  static func normPlace(_ s: String?) -> [Unicode.Scalar] {
    let n = norm(s)
    for suffix in ["街道", "镇", "乡", "村", "区", "县", "市", "省"] {
      let tail = Array(suffix.unicodeScalars)
      if n.count > tail.count + 1, Array(n.suffix(tail.count)) == tail {
        return Array(n.dropLast(tail.count))
      }
    }
    return n
  }

  static func contains(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    guard b.count <= a.count else { return false }
    if b.isEmpty { return true }
    for start in 0...(a.count - b.count) where a[start] == b[0] {
      if a[start..<(start + b.count)].elementsEqual(b) { return true }
    }
    return false
  }

  /// The scorer's `overlap`: one contains the other, or a shared run of six.
  static func overlap(_ gold: String?, _ found: String?) -> Bool {
    let g = norm(gold)
    let p = norm(found)
    guard !g.isEmpty, !p.isEmpty else { return false }
    return contains(p, g) || contains(g, p) || Scoring.longestCommonRun(g, p) >= 6
  }

  static func sameNumber(_ a: Double?, _ b: Any?) -> Bool {
    guard let a, let b = Scoring.number(b) else { return false }
    return abs(a - b) < 1e-9
  }

  static func sameUnit(_ a: String?, _ b: Any?) -> Bool {
    func u(_ s: String?) -> String {
      String(String.UnicodeScalarView(norm(s))).replacingOccurrences(of: "％", with: "%")
    }
    return u(a) == u(b as? String)
  }

  static func list(_ gold: [String: Any], _ key: String) -> [[String: Any]] {
    (gold[key] as? [[String: Any]]) ?? []
  }

  static func score(_ graph: Graph, gold: [String: Any], raw: String) -> ReportScore {
    var score = ReportScore()
    let indicators = Dictionary(
      graph.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    scoreMain(graph, indicators, list(gold, "main_targets"), into: &score)

    let review = graph.indicators.filter { $0.part == .review }
    var count = ReportCount()
    for g in list(gold, "review_figures_sample") {
      count.total += 1
      let span = g["span"] as? String
      if review.contains(where: {
        sameNumber($0.value, g["value"]) && sameUnit($0.unit, g["unit"])
          && overlap(span, $0.span)
      }) {
        count.hits += 1
      } else {
        score.misses.append("review figure: \(g["value"] ?? "")\(g["unit"] ?? ""): \(span ?? "")")
      }
    }
    score.counts[.reviewRecall] = count

    let places = Set(graph.places.map { normPlace($0.name) })
    count = ReportCount()
    for g in list(gold, "places_sample") {
      count.total += 1
      if places.contains(normPlace(g["name"] as? String)) {
        count.hits += 1
      } else {
        score.misses.append("place: \(g["name"] ?? "")")
      }
    }
    score.counts[.placesRecall] = count

    let projects = graph.projects.map { norm($0.name) }
    count = ReportCount()
    for g in list(gold, "projects_sample") {
      count.total += 1
      let a = norm(g["name"] as? String)
      let found = projects.contains { b in
        guard !b.isEmpty else { return false }
        if a == b { return true }
        let contained = contains(b, a) || contains(a, b)
        return contained && Double(min(a.count, b.count)) / Double(max(a.count, b.count)) >= 0.7
      }
      if found { count.hits += 1 } else { score.misses.append("project: \(g["name"] ?? "")") }
    }
    score.counts[.projectsRecall] = count

    let titles = graph.sections.map { norm($0.title) }
    count = ReportCount()
    for g in list(gold, "sections") {
      count.total += 1
      let a = norm(g["title"] as? String)
      if titles.contains(where: { b in
        !b.isEmpty && (a == b || (b.count >= 4 && (contains(b, a) || contains(a, b))))
      }) {
        count.hits += 1
      } else {
        score.misses.append("section: \(g["path"] ?? "") \(g["title"] ?? "")")
      }
    }
    score.counts[.sectionsRecall] = count

    score.fromJunk = fromJunk(graph, gold: gold, raw: raw, misses: &score.misses)
    return score
  }

  /// main_r and main_p. A gold item takes the first `main` target whose span
  /// overlaps and (numeric items) one of whose indicators has its value and
  /// unit; a target may serve several items, each through a different
  /// indicator (or, non-numeric, a different indicator name).
  static func scoreMain(
    _ graph: Graph, _ indicators: [String: Indicator], _ golds: [[String: Any]],
    into score: inout ReportScore
  ) {
    let main = graph.targets.filter(\.main)
    var used: Set<String> = []
    var recall = ReportCount()
    for g in golds {
      recall.total += 1
      let span = g["span"] as? String
      var hit = false
      for (k, target) in main.enumerated() where overlap(span, target.span) {
        var key: String?
        if g["value"] == nil || g["value"] is NSNull {
          key = "text:" + String(String.UnicodeScalarView(norm(g["indicator"] as? String)))
        } else {
          key = target.indicators.first { id in
            guard let x = indicators[id] else { return false }
            return sameNumber(x.value, g["value"]) && sameUnit(x.unit, g["unit"])
          }.map { "ind:" + $0 }
        }
        guard let key, !used.contains("\(k)|\(key)") else { continue }
        used.insert("\(k)|\(key)")
        hit = true
        break
      }
      if hit {
        recall.hits += 1
      } else {
        score.misses.append(
          "main target: \(g["indicator"] ?? "") \(g["value"] ?? "")\(g["unit"] ?? ""): \(span ?? "")"
        )
      }
    }
    score.counts[.mainRecall] = recall
    var precision = ReportCount()
    for target in main {
      precision.total += 1
      if golds.contains(where: { overlap($0["span"] as? String, target.span) }) {
        precision.hits += 1
      } else {
        score.misses.append("main target not in the list: \(target.span)")
      }
    }
    score.counts[.mainPrecision] = precision
  }

  /// Indicators and targets whose span stands only in the gold's junk lines.
  static func fromJunk(
    _ graph: Graph, gold: [String: Any], raw: String, misses: inout [String]
  ) -> Int {
    let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var junkLines: Set<Int> = []
    for range in list(gold, "junk_line_ranges") {
      guard let pair = range["lines"] as? [Int], pair.count == 2, pair[0] <= pair[1] else {
        continue
      }
      junkLines.formUnion((pair[0] - 1)..<pair[1])
    }
    let junkText = junkLines.sorted().filter { $0 < lines.count }.map { norm(lines[$0]) }
    let body = norm(
      lines.indices.filter { !junkLines.contains($0) }.map { lines[$0] }
        .joined(separator: "\n"))
    var bad = 0
    for span in graph.indicators.map(\.span) + graph.targets.map(\.span) {
      let s = norm(span)
      // The junk lines are few: test them first, the whole body only then.
      guard !s.isEmpty, junkText.contains(where: { contains($0, s) }), !contains(body, s) else {
        continue
      }
      bad += 1
      misses.append("node from junk: \(span)")
    }
    return bad
  }
}
