// ExportWriterTests.swift: the pieces of the export writers on invented data:
// atomic files, CSV records, SQL for a layout, values as SQLite stores them.
import BaogaoQuery
import Testing

@testable import BaogaoShell

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct ExportWriterTests {
  /// A fresh folder under /tmp, removed by the caller.
  static func folder() -> String {
    var template = Array("/tmp/baogao-writer-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    return String(cString: made!)
  }

  static func names(in folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  static func write(_ text: String, to path: String) {
    let fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0o644)
    var text = text
    _ = text.withUTF8 { Glibc.write(fd, $0.baseAddress, $0.count) }
    close(fd)
  }

  static func read(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
    return String(decoding: buffer[..<max(n, 0)], as: UTF8.self)
  }

  @Test func atomicFileReplacesOnlyWhenCommitted() throws {
    let folder = ExportWriterTests.folder()
    defer { rmdirAll(folder) }
    let path = folder + "/out.txt"
    ExportWriterTests.write("old", to: path)

    let discarded = try AtomicFile(replacing: path)
    var writer = FileWriter(descriptor: discarded.descriptor, target: path)
    try writer.write("half")
    try writer.flush()
    // Until committed the new file has no name in the folder.
    #expect(ExportWriterTests.names(in: folder) == ["out.txt"])
    discarded.discard()
    #expect(ExportWriterTests.read(path) == "old")

    let committed = try AtomicFile(replacing: path)
    var second = FileWriter(descriptor: committed.descriptor, target: path)
    try second.write("new")
    try second.flush()
    try committed.commit()
    #expect(ExportWriterTests.read(path) == "new")
    #expect(ExportWriterTests.names(in: folder) == ["out.txt"])
  }

  /// Where the file system has no anonymous files: a hidden name until committed.
  @Test func namedFallbackIsHiddenUntilCommittedAndGoneWhenDiscarded() throws {
    let folder = ExportWriterTests.folder()
    defer { rmdirAll(folder) }
    let path = folder + "/out.db"
    ExportWriterTests.write("old", to: path)
    let discarded = try AtomicFile(replacing: path, anonymous: false)
    #expect(ExportWriterTests.names(in: folder) == [".out.db.tmp-\(getpid())", "out.db"])
    discarded.discard()
    #expect(ExportWriterTests.names(in: folder) == ["out.db"])

    let committed = try AtomicFile(replacing: path, anonymous: false)
    var writer = FileWriter(descriptor: committed.descriptor, target: path)
    try writer.write("new")
    try writer.flush()
    try committed.commit()
    #expect(ExportWriterTests.read(path) == "new")
    #expect(ExportWriterTests.names(in: folder) == ["out.db"])
  }

  @Test func aLinkIsKeptAndTheFileItNamesReplaced() throws {
    let folder = ExportWriterTests.folder()
    defer { rmdirAll(folder) }
    ExportWriterTests.write("old", to: folder + "/real.db")
    symlink("real.db", folder + "/link.db")
    let file = try AtomicFile(replacing: folder + "/link.db")
    var writer = FileWriter(descriptor: file.descriptor, target: file.path)
    try writer.write("new")
    try writer.flush()
    try file.commit()
    #expect(ExportWriterTests.read(folder + "/real.db") == "new")
    var status = stat()
    #expect(lstat(folder + "/link.db", &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
  }

  @Test func atomicFileRefusesWhatIsNotARegularFile() {
    #expect(throws: ExportError.cannotWrite(target: "/dev/null", reason: "not a regular file")) {
      _ = try AtomicFile(replacing: "/dev/null")
    }
    #expect(throws: ExportError.self) { _ = try AtomicFile(replacing: "/no-such-folder/x.db") }
  }

  @Test func csvRecordsQuoteCommasQuotesAndLineBreaks() {
    #expect(
      CSV.record(["a", "b,c", "say \"hi\"", "x\ny", ""])
        == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\r\n")
    #expect(CSV.record(["城市建设"]) == "城市建设\r\n")
    #expect(Value.list([.string("I1"), .string("I2")]).cellText == "[\"I1\",\"I2\"]")
    #expect(Value.null.cellText == "")
    #expect(Value.number(8).cellText == "8")
  }

  @Test func sqliteStoresWholeNumbersBooleansAndLists() {
    #expect(SQLiteSink.stored(.number(2018), as: .integer) == .integer(2018))
    #expect(SQLiteSink.stored(.number(7.5), as: .integer) == .real(7.5))
    #expect(SQLiteSink.stored(.number(8), as: .real) == .real(8))
    #expect(SQLiteSink.stored(.bool(true), as: .bool) == .integer(1))
    #expect(SQLiteSink.stored(.list([.string("左右")]), as: .list) == .text("[\"左右\"]"))
    #expect(SQLiteSink.stored(.null, as: .text) == .null)
  }

  static let layouts = [
    ExportLayout(
      name: "reports",
      columns: [.init(name: "id", storage: .text), .init(name: "year", storage: .integer)]),
    ExportLayout(
      name: "targets",
      columns: [
        .init(name: "id", storage: .text), .init(name: "report", storage: .reference("reports")),
        .init(name: "main", storage: .bool), .init(name: "indicators", storage: .list),
      ]),
    ExportLayout(
      name: "indicators",
      columns: [
        .init(name: "id", storage: .text), .init(name: "name", storage: .text),
        .init(name: "value", storage: .real),
      ]),
    ExportLayout(
      name: "edges",
      columns: [
        .init(name: "from", storage: .text), .init(name: "to", storage: .text),
        .init(name: "rel", storage: .text),
      ]),
  ]

  @Test func tablesHaveTypedColumnsKeysAndReferences() {
    let targets = SQLiteSchema.createTable(ExportWriterTests.layouts[1])
    #expect(targets.contains("\"id\" TEXT PRIMARY KEY NOT NULL"))
    #expect(targets.contains("\"report\" TEXT REFERENCES \"reports\"(id)"))
    #expect(targets.contains("\"main\" INTEGER"))
    let edges = SQLiteSchema.createTable(ExportWriterTests.layouts[3])
    #expect(edges.contains("\"from\" TEXT NOT NULL REFERENCES \"nodes\"(id)"))
    #expect(edges.contains("\"to\" TEXT NOT NULL REFERENCES \"nodes\"(id)"))
    #expect(SQLiteSchema.quoted("a\"b") == "\"a\"\"b\"")
  }

  @Test func viewsReadMissingColumnsAsNull() {
    let views = SQLiteSchema.views(ExportWriterTests.layouts)
    #expect(views.count == 1)
    let main = views[0]
    #expect(main.hasPrefix("CREATE VIEW main_targets AS"))
    // No canonical indicator yet: the name stands in; no place: NULL.
    #expect(main.contains("i.\"name\" AS \"indicator\""))
    #expect(main.contains("NULL AS \"place\""))
    #expect(main.contains("WHERE t.main = 1"))
  }

  @Test func indexesCoverReportsNamesAndLinks() {
    let indexes = SQLiteSchema.indexes(ExportWriterTests.layouts)
    #expect(indexes.contains("CREATE INDEX \"targets_report\" ON \"targets\" (\"report\");"))
    #expect(indexes.contains("CREATE INDEX \"indicators_name\" ON \"indicators\" (\"name\");"))
    #expect(indexes.contains("CREATE INDEX \"edges_from\" ON \"edges\" (\"from\");"))
    #expect(!indexes.contains { $0.contains("(\"id\")") })
  }

  /// Removes a folder of plain files.
  func rmdirAll(_ folder: String) {
    for name in ExportWriterTests.names(in: folder) { unlink(folder + "/" + name) }
    rmdir(folder)
  }
}
