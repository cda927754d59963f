// StartupImportsTests.swift: the modules on baogao's start-up path do not
// import Foundation. Loading it costs milliseconds on every `baogao -c` run
// (Scripts/bench-process.sh), and the ingest's byte-level string search would
// silently fall back to Foundation's slower `contains` if it crept back in.
import Foundation
import Testing

@Suite struct StartupImportsTests {
  /// Modules linked into the `baogao` executable.
  static let startupModules = [
    "baogao", "BaogaoGraph", "BaogaoIngest", "BaogaoQuery", "BaogaoShell",
  ]

  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  @Test(arguments: startupModules)
  func moduleDoesNotImportFoundation(module: String) throws {
    let folder = StartupImportsTests.sources.appendingPathComponent(module)
    let files = try #require(FileManager.default.enumerator(atPath: folder.path))
    var swiftFiles = 0
    for case let name as String in files where name.hasSuffix(".swift") {
      swiftFiles += 1
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let imports = text.split(separator: "\n").filter {
        let line = $0.drop(while: { $0 == " " })
        return line.hasPrefix("import Foundation") || line.hasPrefix("@_exported import Foundation")
      }
      #expect(imports.isEmpty, "\(module)/\(name) imports Foundation")
    }
    #expect(swiftFiles > 0)
  }
}
