// ValueCandidatesTests.swift: a field's values for Tab, by the index of its
// counted values and by the scan of its rows that stands in while they are
// counted: the same candidates, in the same order, with the same counts.
import BaogaoGraph
import BaogaoIngest
import BaogaoQuery
import Foundation
import Testing

@testable import BaogaoShell

@Suite struct ValueCandidatesTests {
  /// Every fixture report in one graph: real values, links and counts.
  static let reports: Graph = {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/reports")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let inputs = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
      name -> (bytes: [UInt8], reportID: String, source: String)? in
      (try? Data(contentsOf: directory.appendingPathComponent(name))).map {
        ([UInt8]($0), String(name.dropLast(4)), "fixture")
      }
    }
    return (try? Ingest.graph(of: inputs)) ?? Graph()
  }()

  /// Words to complete a field's values with: nothing, each value's first
  /// character, a character from its middle, its first and last characters
  /// (in order, not together), its ASCII in upper case, and a word no value
  /// holds.
  static func words(for values: [String]) -> [String] {
    var words: Set<String> = ["", "zzz"]
    for value in values.prefix(40) {
      let characters = Array(value)
      guard let first = characters.first, let last = characters.last else { continue }
      words.insert(String(first))
      words.insert(String(characters[characters.count / 2]))
      if characters.count > 2 { words.insert(String([first, last])) }
      words.insert(value.uppercased())
    }
    return words.sorted()
  }

  /// Each field worth completing, over `graph`: the scan against the index.
  static func compare(in graph: Graph) {
    for kind in Schema.kindNames {
      for field in Schema.kind(named: kind)?.fields ?? [] where field.suggestsValues {
        let counted = CandidateIndex(
          Schema.valueCounts(ofField: field.name, kind: kind, in: graph).map {
            CompletionCandidate($0.value, count: $0.count)
          })
        for word in words(for: counted.candidates.map(\.text)) {
          let scanned = ValueCandidates.scan(word, field: field.name, kind: kind, in: graph)
          #expect(scanned == counted.match(word), "\(kind).\(field.name) after \(word)")
        }
      }
    }
  }

  @Test func theScanGivesWhatTheCountedValuesGiveOnTheReports() {
    #expect(ValueCandidatesTests.reports.reports.count > 5)
    ValueCandidatesTests.compare(in: ValueCandidatesTests.reports)
  }

  /// Enough rows to be read in parts on several cores (three times
  /// FieldIndex.rowsPerCore), the values spread so that each part meets
  /// some first.
  @Test func theScanInPartsGivesWhatTheCountedValuesGive() {
    var b = GraphBuilder()
    b.reports.append(Report(id: "r", title: "报告", source: "test"))
    let areas = ["城市建设", "民生", "城乡融合", "社会事业", "", "生态", "城市更新"]
    let rows = 60_000
    for i in 0..<rows {
      // A value met only in the last part, and ties.
      let area = i > rows * 2 / 3 && i % 5 == 0 ? "城建后来" : areas[(i * i) % areas.count]
      b.sections.append(
        Section(id: b.newID(.section), report: "r", path: "一", title: "t", area: area))
    }
    ValueCandidatesTests.compare(in: b.build())
  }

  @Test func aTabBeforeTheCountingScansAndTheCountingFollows() {
    let graph = GraphCopiesForTests.unindexed(ValueCandidatesTests.reports)
    let completer = Completer(graph: graph, dotCommands: DotCommand.completionTable)
    #expect(!Schema.hasValueCounts(ofField: "area", kind: "targets", in: graph))
    let first = completer.complete("targets where area = 城")
    // The counting runs on an idle thread; the next Tab may come before it ends.
    var waited = 0
    while !Schema.hasValueCounts(ofField: "area", kind: "targets", in: graph) && waited < 2_000 {
      usleep(5_000)
      waited += 1
    }
    #expect(Schema.hasValueCounts(ofField: "area", kind: "targets", in: graph))
    #expect(completer.complete("targets where area = 城") == first)
  }
}

/// The same nodes in a graph whose memo is empty, as after a load.
enum GraphCopiesForTests {
  static func unindexed(_ graph: Graph) -> Graph {
    Graph(
      reports: graph.reports, sections: graph.sections, indicators: graph.indicators,
      targets: graph.targets, places: graph.places, projects: graph.projects,
      organizations: graph.organizations, reconciliations: graph.reconciliations,
      junk: graph.junk, edges: graph.edges)
  }
}
