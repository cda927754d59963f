// StartupImportsTests.swift: the modules on baogao's start-up path do not
// import Foundation. Loading it costs milliseconds on every `baogao -c` run
// (Scripts/bench-process.sh), and the ingest's byte-level string search would
// silently fall back to Foundation's slower `contains` if it crept back in.
import BaogaoTestSupport
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

  /// Nor does any library it links, and it links neither libedit nor
  /// SQLite. The command line is parsed by hand
  /// (Sources/baogao/Options.swift) because swift-argument-parser pulled in
  /// FoundationEssentials, about 1.5 ms of every start-up.
  @Test func theBinaryLinksNoFoundationLibeditOrSQLite() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
    process.arguments = [BaogaoProcess.binary]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    // The Swift runtime is linked in (Package.swift: -static-stdlib), so no
    // Swift library is loaded at all, Foundation included.
    #expect(text.contains("libc.so"), "\(text)")
    #expect(!text.contains("libswift"), "\(text)")
    #expect(!text.contains("Foundation"), "\(text)")
    // libedit and SQLite are loaded when the shell or `export --sqlite`
    // first needs them (Sources/CEditLine, Sources/CSQLite): linked, they
    // cost every `-c` run their symbol lookups at start-up.
    #expect(!text.contains("libedit"), "\(text)")
    #expect(!text.contains("libsqlite3"), "\(text)")
  }
}
