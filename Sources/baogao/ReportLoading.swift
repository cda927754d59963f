// ReportLoading.swift: the report files of a command line, read into one
// graph. A file that cannot be read or decoded stops the program with exit
// status 2 and a message naming the file (`baogao: cannot read X: no such file`).
import ArgumentParser
import BaogaoGraph
import BaogaoIngest
import BaogaoShell

enum ReportLoading {
  /// The graph of the given files, or of the bundled report when there are none.
  static func graph(_ paths: [String]) throws(ExitCode) -> Graph {
    if paths.isEmpty {
      do {
        return try ReportFile.loadGraph(paths: [])
      } catch {
        throw usageFailure("baogao: \(error)")
      }
    }
    var builder = GraphBuilder()
    for path in paths {
      do {
        let bytes = try ReportFile.bytes(atPath: path)
        let warnings = try Ingest.read(
          bytes: bytes, reportID: reportID(path), source: path, into: &builder)
        for warning in warnings {
          StandardStreams().writeError("baogao: \(path): warning: \(warning)\n")
        }
      } catch {
        // `unreadable` already names the file; the others say what is wrong with it.
        if case .unreadable = error { throw usageFailure("baogao: \(error)") }
        throw usageFailure("baogao: cannot read \(path): \(error)")
      }
    }
    Ingest.finish(&builder)
    return builder.build()
  }

  /// The report id of a file: its name without directory and extension.
  static func reportID(_ path: String) -> String {
    ReportFile.reportID(forPath: path)
  }
}
