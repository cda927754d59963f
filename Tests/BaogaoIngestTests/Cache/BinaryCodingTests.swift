// BinaryCodingTests.swift: the cache's binary layout gives back every field
// of every node type as it was (so a field added to a node type is cached
// without a second declaration), and damaged bytes give an error, never a
// crash.
import BaogaoGraph
import BaogaoTestSupport
import Testing

@testable import BaogaoIngest

@Suite struct BinaryCodingTests {
  /// One report's nodes as ingest made them, in the entry the cache writes.
  static func entry(_ file: String) throws -> CachedReport {
    var builder = GraphBuilder()
    let warnings = try Ingest.read(
      bytes: try Fixtures.bytes(file), reportID: "r", source: file, into: &builder)
    return CachedReport(
      key: "key", reportID: "r", textHash: TextFingerprint(file), warnings: warnings,
      builder: builder)
  }

  static func roundTrip<T: Codable>(_ value: T) throws -> T {
    try BinaryDecoder.value(T.self, from: try BinaryEncoder.bytes(of: value))
  }

  @Test(arguments: ["dinghai-2018.txt", "hebei-2019.txt", "hailaer-2016.txt"])
  func aReportsNodesComeBackEqual(file: String) throws {
    let entry = try Self.entry(file)
    let back = try Self.roundTrip(entry)
    #expect(!entry.indicators.isEmpty && !entry.targets.isEmpty && !entry.places.isEmpty)
    #expect(back.key == entry.key && back.reportID == entry.reportID)
    #expect(back.textHash == entry.textHash && back.warnings == entry.warnings)
    #expect(back.reports == entry.reports)
    #expect(back.sections == entry.sections)
    #expect(back.indicators == entry.indicators)
    #expect(back.targets == entry.targets)
    #expect(back.places == entry.places)
    #expect(back.projects == entry.projects)
    #expect(back.organizations == entry.organizations)
    #expect(back.junk == entry.junk)
    #expect(back.edges == entry.edges)
  }

  /// Every optional field both set and unset, every enum case's neighbour,
  /// negative and large numbers, a dictionary, empty and non-ASCII strings.
  @Test func everyKindOfFieldComesBack() throws {
    let full = Indicator(
      id: "I1", report: "r", section: "S1", name: "地区生产总值", value: -3.25, unit: "%",
      kind: .growth, qualifiers: ["左右", ""], part: .plan, span: "增长6%左右", place: "定海区",
      upper: 7, sentence: "地区生产总值增长6%左右。",
      measure: Measure(
        indicator: "地区生产总值", scope: "全市", direction: .down, amount: 1.81e9,
        baseUnit: "元"))
    let bare = Indicator(
      id: "I2", report: "r", section: "S1", name: "", value: 0, unit: "", kind: .other,
      part: .review, span: "")
    #expect(try Self.roundTrip([full, bare]) == [full, bare])
    let project = Project(
      id: "J1", report: "r", name: "港口", kind: "码头", places: ["P1", "P2"], status: "建成",
      statusByPart: [.review: "开工", .plan: "建成"], mentions: Int.max)
    #expect(try Self.roundTrip(project) == project)
    // An empty dictionary casts to every dictionary type; it once took the [String: String] path.
    let bareProject = Project(id: "J2", report: "r", name: "", kind: "")
    #expect(try Self.roundTrip([bareProject, project]) == [bareProject, project])
    let report = Report(
      id: "r", title: "t", place: nil, year: -1, source: "s",
      identity: ReportIdentity(code: "150702", level: .countyCity, reviewYear: 2015))
    #expect(try Self.roundTrip(report) == report)
    let check = Reconciliation(
      id: "C1", target: "T1", result: nil, verdict: .notStated, gap: -0.5)
    #expect(try Self.roundTrip(check) == check)
    let warnings: [IngestWarning] = [.nothingFound, .brokenCharacters(3, encoding: "GB18030")]
    #expect(try Self.roundTrip(warnings) == warnings)
  }

  /// Each dictionary has a seed of its own, so equal ones may iterate in
  /// other orders; an entry must still be the same bytes each time (a cache
  /// rewritten after damage is byte for byte the entry it replaces).
  @Test func equalDictionariesGiveEqualBytes() throws {
    // All alive at once: a freed dictionary's storage (and seed) is reused.
    let dictionaries = (0..<50).map { _ in [Part.review: "开工", Part.plan: "建成"] }
    #expect(Set(dictionaries.map { Array($0.keys) }).count > 1)
    let bytes = try dictionaries.map { try BinaryEncoder.bytes(of: $0) }
    #expect(Set(bytes).count == 1)
  }

  @Test func aShapeTheLayoutCannotHoldIsRefusedWhenWritten() {
    #expect(throws: BinaryCodingUnsupported.self) {
      try BinaryEncoder.bytes(of: ["a": 1])
    }
    #expect(throws: BinaryCodingUnsupported.self) {
      try BinaryEncoder.bytes(of: [Optional("a"), nil])
    }
  }

  @Test func everyCutOfTheBytesIsAnErrorNotACrash() throws {
    let bytes = try BinaryEncoder.bytes(of: try Self.entry("dinghai-2018.txt"))
    // Every cut in the first 4 KB, then every 997th: the string table and the first nodes.
    let cuts =
      Array(0..<min(4096, bytes.count)) + Array(stride(from: 4096, to: bytes.count, by: 997))
    for cut in cuts {
      #expect(throws: (any Error).self) {
        try BinaryDecoder.value(CachedReport.self, from: Array(bytes[..<cut]))
      }
    }
  }

  @Test func changedBytesNeverCrash() throws {
    let bytes = try BinaryEncoder.bytes(of: try Self.entry("dinghai-2018.txt"))
    var random = SeededRandom(seed: 15)
    for _ in 0..<300 {
      var damaged = bytes
      for _ in 0..<4 {
        damaged[random.below(damaged.count)] = UInt8(
          truncatingIfNeeded: random.next())
      }
      // A change may still decode (a string index to another string); it must not trap.
      _ = try? BinaryDecoder.value(CachedReport.self, from: damaged)
    }
  }
}
