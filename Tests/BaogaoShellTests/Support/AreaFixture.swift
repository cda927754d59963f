// AreaFixture.swift: whether extraction already gives targets an area on the
// bundled report, so that the 城市建设 completion test runs once it can pass.
import BaogaoIngest
import BaogaoQuery
import Testing

@testable import BaogaoShell

enum AreaFixture {
  /// The bundled report's graph, read once.
  static let graph = try? ReportFile.loadGraph(paths: [])

  /// True when some target of the bundled report has the area 城市建设.
  static var hasAreas: Bool {
    guard let graph else { return false }
    let completer = Completer(graph: graph, dotCommands: [])
    return completer.values(field: "area", kind: "targets").contains { $0.text == "城市建设" }
  }
}
