// ReadmeLayoutTests.swift: every file the README's layout section names
// exists, so that the one hop from a question to its file stays true when
// files move.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct ReadmeLayoutTests {
  @Test func everyNamedFileExists() throws {
    let root = BaogaoProcess.root
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let layout = try #require(readme.components(separatedBy: "## Layout").dropFirst().first)
    let section = layout.components(separatedBy: "\n## ").first ?? ""
    let named = section.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }
      .map { String($0.element) }.filter { $0.hasSuffix(".swift") }
    #expect(named.count >= 20)
    var files: [String] = []
    for folder in ["Sources", "Tests", "Benchmarks"] {
      let base = root.appendingPathComponent(folder)
      let walker = FileManager.default.enumerator(atPath: base.path)
      while let path = walker?.nextObject() as? String { files.append(folder + "/" + path) }
    }
    for name in named {
      #expect(files.contains { ("/" + $0).hasSuffix("/" + name) }, "README names \(name)")
    }
  }
}
