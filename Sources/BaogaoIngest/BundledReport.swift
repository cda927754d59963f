// BundledReport.swift: the report that ships with baogao (dinghai-2018),
// loaded when no file is given. The resource is byte-identical to the scraped
// page: cleaning is ingest's job, not the resource's.
import BaogaoGraph
import Foundation

public enum BundledReport {
  public static let id = "dinghai-2018"

  /// The raw bytes of the bundled report.
  public static func bytes() throws(IngestError) -> [UInt8] {
    guard let url = Bundle.module.url(forResource: id, withExtension: "txt"),
      let data = try? Data(contentsOf: url)
    else { throw .unreadable(path: "\(id).txt (bundled)", reason: "resource not found") }
    return [UInt8](data)
  }
}

/// Reads report files from disk.
public enum ReportFile {
  /// The report id of a file: its name without directory and extension.
  public static func reportID(forPath path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  public static func bytes(atPath path: String) throws(IngestError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDir: ObjCBool = false
      let reason =
        FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        ? (isDir.boolValue ? "is a directory" : "permission denied") : "no such file"
      throw .unreadable(path: path, reason: reason)
    }
    return [UInt8](data)
  }

  /// Loads the given files, or the bundled report when there are none.
  public static func loadGraph(paths: [String]) throws(IngestError) -> BaogaoGraph.Graph {
    if paths.isEmpty {
      return try Ingest.graph(of: [(try BundledReport.bytes(), BundledReport.id, "bundled")])
    }
    var inputs: [(bytes: [UInt8], reportID: String, source: String)] = []
    for path in paths {
      inputs.append((try bytes(atPath: path), reportID(forPath: path), path))
    }
    return try Ingest.graph(of: inputs)
  }
}
