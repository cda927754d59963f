// BadInputCatalogueTests.swift: the bad-input catalogue of issue 17, each case
// through the real binary with its expected message and exit status. Writes
// that fail (a full disk, a closed standard output, a reader gone away),
// files that are not plain reports (UTF-16 without BOM, GB18030 with bad
// bytes, NULs, HTML, one flattened line, whitespace, a name that is not
// UTF-8), queries that are not the grammar's (`0x10`, an open quote). The
// cases that were quadratic (a 30,000-line statement, 1 MB of random bytes,
// 40,000 headings) are LinearTimeTests; escape sequences at a terminal are in
// BaogaoShellTests/Terminal/EscapesPTYTests.swift, history in HistoryPTYTests.
import BaogaoTestSupport
import Foundation
import Testing

@Suite struct BadInputCatalogueTests {
  static let fixtures = BaogaoProcess.root.appendingPathComponent("Tests/Fixtures/reports")

  /// `baogao ARGUMENTS` with stdin from `input`, stdout to `target`.
  static func run(_ arguments: [String], input: String = "", stdout target: StandardOutput)
    throws -> SpawnResult
  {
    try BaogaoProcess.spawn(arguments, input: input, stdout: target)
  }

  static let noSpace = "baogao: cannot write to standard output: No space left on device\n"

  // MARK: writes

  @Test func exportToAFullDiskFailsLoudly() throws {
    let result = try Self.run(["export"], stdout: .path("/dev/full"))
    #expect(result.status == 4)
    #expect(result.stderr == Self.noSpace)
  }

  @Test func dashCToAFullDiskFailsLoudly() throws {
    let result = try Self.run(["-c", "sections"], stdout: .path("/dev/full"))
    #expect(result.status == 4)
    #expect(result.stderr == Self.noSpace)
  }

  @Test func dotOutputToAFullDiskFailsLoudly() throws {
    let result = try Self.run(
      [], input: ".output /dev/full\nsections\n", stdout: .path("/dev/null"))
    #expect(result.status == 4)
    #expect(result.stderr == "baogao: cannot write to /dev/full: No space left on device\n")
  }

  @Test func aClosedStandardOutputFailsLoudly() throws {
    let result = try Self.run(["-c", "sections"], stdout: .closed)
    #expect(result.status == 4)
    #expect(result.stderr == "baogao: cannot write to standard output: Bad file descriptor\n")
  }

  // Far more than a pipe holds (64 KB), so the writer meets the closed end.
  @Test(arguments: [
    ["export"], ["-c", Array(repeating: "targets", count: 40).joined(separator: ";")],
  ])
  func aBrokenPipeEndsQuietlyEvenWithSIGPIPEIgnored(arguments: [String]) throws {
    // bash: `trap '' PIPE` makes the pipeline's commands start with SIGPIPE ignored.
    let command =
      "trap '' PIPE; '\(BaogaoProcess.binary)' \(arguments.map { "'\($0)'" }.joined(separator: " "))"
      + " 2>err | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}; cat err"
    // A folder of its own: the cases run at once, and one `err` file shared
    // by them mixed their messages.
    let folder = URL(fileURLWithPath: NSTemporaryDirectory())
      .appendingPathComponent("baogao-pipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ProcessRunner.run("/bin/bash", ["-c", command], in: folder).stdout
    #expect(output == "141\n")
  }

  // MARK: report files

  static func fixture(_ name: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
  }

  static let counts = "count sections; count targets; count indicators"

  @Test func utf16WithoutBOMGivesTheUTF8Graph() throws {
    let text = try Self.fixture("hailaer-2016.txt")
    let little = try BaogaoProcess.file(
      "le.txt", text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let big = try BaogaoProcess.file(
      "be.txt", text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    let utf8 = try BaogaoProcess.run(["-c", Self.counts, Self.fixtures.path + "/hailaer-2016.txt"])
    for path in [little, big] {
      let result = try BaogaoProcess.run(["-c", Self.counts, path])
      #expect(result.status == 0)
      #expect(result.stderr == "")
      #expect(result.stdout == utf8.stdout)
    }
  }

  @Test func gb18030WithBadBytesWarns() throws {
    var bytes = [UInt8](
      try Data(
        contentsOf: Self.fixtures.appendingPathComponent(
          "encodings/hailaer-2016.gb18030.txt")))
    bytes[5000] = 0xFF
    let path = try BaogaoProcess.file("gb.txt", bytes)
    let result = try BaogaoProcess.run(["-c", "count sections", path])
    #expect(result.status == 0)
    // 15 numbered sections and the 11 一是… leads under them.
    #expect(result.stdout == "count\n26\n")
    #expect(result.stderr.hasPrefix("baogao: \(path): warning: "))
    #expect(result.stderr.hasSuffix("could not be decoded as GB18030 and show as U+FFFD\n"))
  }

  @Test func aNULDeepInTheFileIsBinary() throws {
    var bytes = Array(try Self.fixture("dinghai-2018.txt").utf8)
    bytes.insert(0, at: 20_000)
    let path = try BaogaoProcess.file("nul.txt", bytes)
    let result = try BaogaoProcess.run(["-c", "sections", path])
    #expect(result.status == 2)
    #expect(
      result.stderr == "baogao: cannot read \(path): the file looks binary, not a text report\n")
  }

  @Test(arguments: [
    ("empty.txt", [UInt8](), 2, ": the file is empty\n"),
    (
      "space.txt", Array(" \n\t\n\u{3000}\n".utf8), 0,
      ": warning: no sections or targets found: is this a work report?\n"
    ),
    (
      "english.txt", Array("This is not a work report.\nJust some text.\n".utf8), 0,
      ": warning: no sections or targets found: is this a work report?\n"
    ),
  ])
  func filesWithNothingToReadSaySo(name: String, bytes: [UInt8], status: Int32, message: String)
    throws
  {
    let path = try BaogaoProcess.file(name, bytes)
    let result = try BaogaoProcess.run(["-c", "count sections", path])
    #expect(result.status == status)
    #expect(result.stderr.hasPrefix("baogao: ") && result.stderr.contains(path))
    #expect(result.stderr.hasSuffix(message))
  }

  @Test func anHTMLPageReadsAsItsReport() throws {
    let lines = try Self.fixture("dinghai-2018.txt").split(separator: "\n")
    let body = lines.map {
      "<p style=\"text-indent:2em\">"
        + $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
          of: "<", with: "&lt;")
        + "</p>"
    }.joined(separator: "\n")
    let page =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>报告</title>"
      + "<script>var a = \"<p>x</p>\";</script><style>p { color: red }</style></head><body>"
      + "<div><a href=\"/\">首页</a> &gt; 政务公开</div>\n\(body)\n<div>版权所有 &copy;</div></body></html>"
    let path = try BaogaoProcess.file("page.html", Array(page.utf8))
    let result = try BaogaoProcess.run(["-c", Self.counts, path])
    let plain = try BaogaoProcess.run(["-c", Self.counts, Self.fixtures.path + "/dinghai-2018.txt"])
    #expect(result.status == 0)
    #expect(result.stdout == plain.stdout)
  }

  @Test func aReportFlattenedToOneLineIsRead() throws {
    let text = try Self.fixture("dinghai-2018.txt")
    let path = try BaogaoProcess.file(
      "flat.txt", Array(text.replacingOccurrences(of: "\n", with: "　　").utf8))
    let result = try BaogaoProcess.run(["-c", "count sections; count targets", path])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let counts = result.stdout.split(separator: "\n").compactMap { Int($0) }
    #expect(counts.count == 2 && counts[0] >= 5 && counts[1] >= 50)
    let bare = try BaogaoProcess.file(
      "bare.txt", Array(text.replacingOccurrences(of: "\n", with: "").utf8))
    let sentences = try BaogaoProcess.run(["-c", "count sections", bare])
    #expect(sentences.status == 0)
    #expect((Int(sentences.stdout.split(separator: "\n").last ?? "") ?? 0) > 0)
  }

  @Test func aFileNameThatIsNotUTF8Opens() throws {
    // 定海 in GB18030, as a Windows archive names it.
    let name: [UInt8] = Array("gb-".utf8) + [0xB6, 0xA8, 0xBA, 0xA3] + Array(".txt".utf8)
    let directory = NSTemporaryDirectory() + "baogao-catalogue-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = Array(directory.utf8) + [UInt8(ascii: "/")] + name
    let text = Array(try Self.fixture("dinghai-2018.txt").utf8)
    let fd = (path + [0]).withUnsafeBufferPointer {
      $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
    }
    #expect(fd >= 0)
    _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    // Foundation's Process passes arguments as UTF-8; spawn with the raw bytes.
    let argv: [UnsafeMutablePointer<CChar>?] =
      [strdup(BaogaoProcess.binary), strdup("-c"), strdup("count targets")]
      + [
        (path + [0]).withUnsafeBufferPointer {
          $0.withMemoryRebound(to: CChar.self) { strdup($0.baseAddress!) }
        }
      ]
      + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    #expect(posix_spawn(&pid, BaogaoProcess.binary, &actions, nil, argv, environ) == 0)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    #expect((status >> 8) & 0xFF == 0)
  }

  // MARK: queries

  @Test(arguments: [
    (
      "indicators where value > 0x10",
      "-c:1:26: error: 'value' is a number; '0x10' is not\n"
        + " 1 | indicators where value > 0x10\n   |                          ^^^^\n"
    ),
    (
      "indicators where value > nan",
      "-c:1:26: error: 'value' is a number; 'nan' is not\n"
        + " 1 | indicators where value > nan\n   |                          ^^^\n"
    ),
  ])
  func notTheGrammarsNumbers(query: String, message: String) throws {
    let result = try BaogaoProcess.run(["-c", query])
    #expect(result.status == 1)
    #expect(result.stderr == message)
  }

  @Test func anUnterminatedQuotePointsWhereItOpened() throws {
    let script = try BaogaoProcess.script(
      "sections limit 1;\nplaces where name = '金塘;\nsections;\n")
    let result = try BaogaoProcess.run(["-f", script.path])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "\(script.path):2:21: error: unterminated string: the quote here is never closed\n"
        + " 2 | places where name = '金塘;\n   |                     ^\n")
  }
}
