// Fixtures.swift: the test reports in Tests/Fixtures, found by #filePath so a
// fresh clone tests without ../shared.
import BaogaoGraph
import Foundation

@testable import BaogaoIngest

enum Fixtures {
  /// Every bundled report, by report id.
  static let reportIDs = [
    "anguo-2022", "baoding-2021", "boye-2024", "dinghai-2018", "hailaer-2016", "hailaer-2017",
    "hebei-2019",
  ]

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Bytes of `reports/<path>`, e.g. `dinghai-2018.txt` or `encodings/dinghai-2018.crlf.txt`.
  static func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent("reports/" + path)))
  }

  /// The outlined document of a bundled report.
  static func document(_ id: String) throws -> Document {
    let text = try Decode.text(from: try bytes(id + ".txt"))
    let cleaned = Clean.lines(of: text)
    return Outline.document(reportID: id, lines: cleaned.lines, junk: cleaned.junk)
  }

  /// The graph of one report file, with a fixed id and source so that copies
  /// in other encodings can be compared node for node.
  static func graph(_ path: String) throws -> Graph {
    try Ingest.graph(of: [(try bytes(path), "report", "source")])
  }
}
