// HistoryTests.swift: the history file without a terminal: escaping, no
// consecutive duplicates, two shells writing at once lose nothing.
import BaogaoTestSupport
import Testing

@testable import BaogaoShell

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct HistoryTests {
  @Test func multiLineAndBackslashesRoundTrip() {
    let entries = ["targets where\narea = 民生", "a \\n b", "末尾\\"]
    #expect(HistoryFile.decode(HistoryFile.encode(entries)) == entries)
  }

  @Test func whatIsKept() {
    #expect(HistoryFile.keeps("targets"))
    #expect(!HistoryFile.keeps(" targets"))
    #expect(!HistoryFile.keeps(""))
  }

  @Test func twoShellsAtOnceLoseNothing() async {
    let path = PTY.temporaryHome() + "/state/baogao/history"
    // Two "shells" appending in turn and in parallel: every entry survives.
    await withTaskGroup(of: Void.self) { group in
      for shell in 0..<2 {
        group.addTask {
          let file = HistoryFile(path: path)
          for n in 0..<50 { file.append("shell \(shell) statement \(n)") }
        }
      }
    }
    let entries = HistoryFile(path: path).load()
    #expect(entries.count == 100)
    #expect(Set(entries).count == 100)
    var status = stat()
    #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o600)
  }

  @Test func consecutiveDuplicatesAreDropped() {
    let file = HistoryFile(path: PTY.temporaryHome() + "/history")
    file.append("sections")
    file.append("sections")
    file.append("outline")
    file.append("sections")
    #expect(file.load() == ["sections", "outline", "sections"])
  }
}
