// ReportFileTests.swift: a report file's bytes come back whole, whatever its
// size against the sizes it is read in (ReportFile.bytes reads a regular
// file into room of the size fstat gives, and anything else in chunks), and
// what is no file says why.
import Foundation
import Testing

@testable import BaogaoIngest

@Suite struct ReportFileTests {
  /// A folder of its own, removed after `body`.
  private func inFolder(_ body: (String) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-file-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
  }

  /// Bytes that differ from one position to the next, so that a chunk
  /// read twice or in the wrong place shows.
  private static func bytes(count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
  }

  @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 131_072, 300_001])
  func aRegularFileComesBackWhole(size: Int) throws {
    try inFolder { folder in
      let path = folder + "/r.txt"
      let written = Self.bytes(count: size)
      try Data(written).write(to: URL(fileURLWithPath: path))
      #expect(try ReportFile.bytes(atPath: path) == written)
    }
  }

  /// A pipe has no size to go by: read in chunks to its end, past the
  /// first chunk's 64 KB.
  @Test func aPipeIsReadToItsEnd() throws {
    try inFolder { folder in
      let path = folder + "/fifo"
      #expect(mkfifo(path, 0o600) == 0)
      let written = Self.bytes(count: 200_000)
      let writer = Thread {
        if let handle = FileHandle(forWritingAtPath: path) {
          handle.write(Data(written))
          try? handle.close()
        }
      }
      writer.start()
      let read = try ReportFile.bytes(atPath: path)
      #expect(read == written)
    }
  }

  @Test func aFolderSaysSo() throws {
    try inFolder { folder in
      #expect(throws: IngestError.unreadable(path: folder, reason: "is a directory")) {
        try ReportFile.bytes(atPath: folder)
      }
    }
  }

  @Test func aMissingFileSaysSo() {
    #expect(throws: IngestError.unreadable(path: "/no/such/file", reason: "no such file")) {
      try ReportFile.bytes(atPath: "/no/such/file")
    }
  }

  /// A file larger than any report is refused from its size, before any
  /// room is made for it (a sparse file: its size costs no disk).
  @Test func aHugeFileIsRefusedBeforeReading() throws {
    try inFolder { folder in
      let path = folder + "/huge.txt"
      #expect(FileManager.default.createFile(atPath: path, contents: nil))
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.truncate(atOffset: UInt64(ReportFile.maxBytes) + 1)
      try handle.close()
      #expect(throws: IngestError.unreadable(path: path, reason: "larger than 256 MB")) {
        try ReportFile.bytes(atPath: path)
      }
    }
  }
}
