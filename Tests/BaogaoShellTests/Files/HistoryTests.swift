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

  @Test func consecutiveDuplicatesAreDropped() throws {
    let file = HistoryFile(path: PTY.temporaryHome() + "/history")
    try file.record("sections")
    try file.record("sections")
    try file.record("outline")
    try file.record("sections")
    #expect(file.load() == ["sections", "outline", "sections"])
  }

  @Test func bytesThatAreNotUTF8AreKept() throws {
    let path = PTY.temporaryHome() + "/history"
    let old: [UInt8] = Array("sections where title ~ ".utf8) + [0xB3, 0xC7, 0xCA, 0xD0, 10]
    #expect(Files.replace(path, with: old, mode: 0o600))
    try HistoryFile(path: path).record("outline")
    #expect(Files.read(path) == old + Array("outline\n".utf8))
  }

  @Test func crlfLinesAreEntries() throws {
    let path = PTY.temporaryHome() + "/history"
    #expect(Files.replace(path, with: Array("sections\r\noutline\r\n".utf8), mode: 0o600))
    let file = HistoryFile(path: path)
    #expect(try file.read() == ["sections", "outline"])
    // The last entry is `outline`, CR or not: no duplicate.
    #expect(try file.record("outline") == ["sections", "outline"])
  }

  @Test func aLastLineWithoutNewlineStaysOneEntry() throws {
    let path = PTY.temporaryHome() + "/history"
    #expect(Files.replace(path, with: Array("sections".utf8), mode: 0o600))
    #expect(try HistoryFile(path: path).record("outline") == ["sections", "outline"])
  }

  @Test func aSymlinkIsWrittenThrough() throws {
    let home = PTY.temporaryHome()
    #expect(Files.replace(home + "/real", with: Array("sections\n".utf8), mode: 0o600))
    #expect(symlink(home + "/real", home + "/history") == 0)
    try HistoryFile(path: home + "/history").record("outline")
    var status = stat()
    #expect(lstat(home + "/history", &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
    #expect(Files.read(home + "/real") == Array("sections\noutline\n".utf8))
  }

  @Test func anUnreadableFileIsNeverWritten() throws {
    // A folder where the file should be cannot be read by anyone, root too
    // (EISDIR); a write-only file, which root could read, is the PTY test
    // HistoryPTYTests.anUnreadableHistoryKeepsItsBytes.
    let path = PTY.temporaryHome() + "/history"
    #expect(mkdir(path, 0o700) == 0)
    let file = HistoryFile(path: path)
    #expect(throws: HistoryFile.Problem.self) { try file.read() }
    #expect(throws: HistoryFile.Problem.self) { try file.record("sections") }
    var status = stat()
    #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR)
    #expect(rmdir(path) == 0)  // still empty: nothing was written into it
  }

  @Test func trimmingKeepsTheNewestEntriesByteForByte() throws {
    let path = PTY.temporaryHome() + "/history"
    var old: [UInt8] = []
    for n in 0..<(2 * HistoryFile.maxEntries - 1) { old += Array("entry \(n)\n".utf8) }
    old += [0xFF, 10]
    #expect(Files.replace(path, with: old, mode: 0o600))
    let entries = try HistoryFile(path: path).record("newest")
    #expect(entries.count == HistoryFile.maxEntries)
    #expect(entries.last == "newest")
    let lines = HistoryFile.lines(of: Files.read(path) ?? [])
    #expect(lines.count == HistoryFile.maxEntries)
    #expect(Array(lines[lines.count - 2]) == [0xFF])
  }
}
