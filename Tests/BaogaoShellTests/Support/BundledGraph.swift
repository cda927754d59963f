// BundledGraph.swift: the bundled report's graph, read once for the suites
// that need a real report.
import BaogaoGraph
import BaogaoIngest

enum BundledGraph {
  static let graph = try? ReportFile.loadGraph(paths: [])
}
