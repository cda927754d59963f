// CacheCodingTests.swift: the cache's binary layout gives back every field
// of every node type as it was, and damaged bytes give an error, never a
// crash. The layout is written by hand (CachedNodes.swift), so a field added
// to a node type and not to it is caught here: every sample below sets every
// field, checked by reflection.
import BaogaoGraph
import BaogaoTestSupport
import Testing

@testable import BaogaoIngest

@Suite struct CacheCodingTests {
  /// One report's nodes as ingest made them, in the entry the cache writes.
  static func entry(_ file: String) throws -> CachedReport {
    var builder = GraphBuilder()
    let warnings = try Ingest.read(
      bytes: try Fixtures.bytes(file), reportID: "r", source: file, into: &builder)
    return CachedReport(
      key: "key", reportID: "r", textHash: TextFingerprint(file), warnings: warnings,
      builder: builder)
  }

  static func roundTrip<T: CacheValue>(_ value: T) throws -> T {
    try CacheReader.value(T.self, from: CacheWriter.bytes(of: value))
  }

  /// The fields of `value` (and of the structs in it) left at nil, empty,
  /// zero or false: a sample with one would not show that field is cached.
  static func unsetFields(of value: Any, path: String = "") -> [String] {
    Mirror(reflecting: value).children.flatMap { child -> [String] in
      let name = path + (child.label ?? "?")
      let mirror = Mirror(reflecting: child.value)
      switch child.value {
      case let text as String: return text.isEmpty ? [name] : []
      case let number as Int: return number == 0 ? [name] : []
      case let number as Double: return number == 0 ? [name] : []
      case let flag as Bool: return flag ? [] : [name]
      default: break
      }
      switch mirror.displayStyle {
      case .optional:
        guard let wrapped = mirror.children.first?.value else { return [name] }
        return Mirror(reflecting: wrapped).displayStyle == .struct
          ? unsetFields(of: wrapped, path: name + ".") : []
      case .collection, .dictionary: return mirror.children.isEmpty ? [name] : []
      case .struct: return unsetFields(of: child.value, path: name + ".")
      default: return []
      }
    }
  }

  /// One value of every node type with every field set, not to its default.
  static var fullNodes: [any CacheValue & Equatable] {
    [
      Report(
        id: "r", title: "2018年定海区政府工作报告", place: "定海区", year: 2018, source: "d.txt",
        identity: ReportIdentity(
          code: "330902", level: .district, province: "浙江省", prefecture: "舟山市",
          reviewYear: 2017, placeSource: .title, yearSource: .congress)),
      Section(
        id: "S1", report: "r", path: "二.(三)", title: "城市建设", parent: "S0", area: "城市建设",
        part: .plan, kind: .appendix, level: 2, text: "段落", topics: ["突出抓好产业创新。"]),
      Indicator(
        id: "I1", report: "r", section: "S1", name: "地区生产总值", value: -3.25, unit: "%",
        kind: .growth, qualifiers: ["左右", ""], part: .plan, span: "增长6%左右", place: "定海区",
        upper: 7, sentence: "地区生产总值增长6%左右。",
        measure: Measure(
          indicator: "地区生产总值", scope: "全市", direction: .down, amount: 1.81e9,
          baseUnit: "元")),
      Target(
        id: "T1", report: "r", section: "S1", area: "民生", span: "确保完成", main: true,
        indicators: ["I1"], verb: "确保", projects: ["J1"], places: ["P1"], sentence: "确保完成。",
        name: "居民收入", qualifiers: ["与经济增长同步"]),
      Place(id: "P1", report: "r", name: "金塘镇", type: .town, mentions: 3, parent: "定海区"),
      Project(
        id: "J1", report: "r", name: "港口", kind: "码头", places: ["P1", "P2"], status: "建成",
        statusByPart: [.review: "开工", .plan: "建成"], mentions: Int.max),
      Organization(id: "O1", report: "r", name: "舟山医院", type: "hospital", mentions: 2),
      Reconciliation(
        id: "C1", target: "T1", result: "I9", verdict: .notMet, figure: "I1", place: "定海区",
        year: 2018, indicator: "地区生产总值", scope: "城镇", planned: "7.5%", outcome: "下降3.5%",
        gap: -0.5),
      Junk(id: "K1", report: "r", text: "上一篇", reason: .navigation, line: 12),
      Edge(from: "S1", to: "T1", rel: .locatedIn),
    ]
  }

  @Test func everyFieldOfEveryNodeTypeComesBack() throws {
    for node in Self.fullNodes {
      let unset = Self.unsetFields(of: node)
      // A new field: set it here, and cache it in CachedNodes.swift.
      #expect(unset.isEmpty, "\(type(of: node)) \(unset) not set in the sample")
      #expect(try Self.sameAfterRoundTrip(node), "\(type(of: node)) changed in the cache")
    }
  }

  static func sameAfterRoundTrip<T: CacheValue & Equatable>(_ value: T) throws -> Bool {
    try roundTrip(value) == value
  }

  @Test(arguments: ["dinghai-2018.txt", "hebei-2019.txt", "hailaer-2016.txt"])
  func aReportsNodesComeBackEqual(file: String) throws {
    let entry = try Self.entry(file)
    let back = try Self.roundTrip(entry)
    #expect(!entry.nodes.indicators.isEmpty && !entry.nodes.targets.isEmpty)
    #expect(!entry.nodes.places.isEmpty)
    #expect(back.key == entry.key && back.reportID == entry.reportID)
    #expect(back.textHash == entry.textHash && back.warnings == entry.warnings)
    #expect(back.nodes == entry.nodes)
  }

  /// Strings taken unchecked from a checksummed entry are the strings
  /// checked ones are, byte for byte (`==` alone would let canonically
  /// equal strings with other bytes pass).
  @Test func aChecksummedEntryReadsBackAsACheckedOne() throws {
    let bytes = CacheWriter.bytes(of: try Self.entry("hebei-2019.txt"))
    let checked = try CacheReader.value(CachedReport.self, from: bytes)
    let trusted = try CacheReader.value(CachedReport.self, from: bytes, origin: .checksummed)
    #expect(trusted.nodes == checked.nodes && trusted.key == checked.key)
    let texts = { (entry: CachedReport) in entry.nodes.sections.map { Array($0.text.utf8) } }
    #expect(texts(trusted) == texts(checked) && !texts(checked).isEmpty)
  }

  /// Every optional field unset as well, negative and large numbers, an
  /// empty dictionary, empty and non-ASCII strings.
  @Test func unsetFieldsComeBack() throws {
    let full = try #require(Self.fullNodes[2] as? Indicator)
    let bare = Indicator(
      id: "I2", report: "r", section: "S1", name: "", value: 0, unit: "", kind: .other,
      part: .review, span: "")
    #expect(try Self.roundTrip([full, bare]) == [full, bare])
    let project = try #require(Self.fullNodes[5] as? Project)
    let bareProject = Project(id: "J2", report: "r", name: "", kind: "")
    #expect(try Self.roundTrip([bareProject, project]) == [bareProject, project])
    let report = Report(
      id: "r", title: "t", place: nil, year: -1, source: "s",
      identity: ReportIdentity(code: "150702", level: .countyCity, reviewYear: 2015))
    #expect(try Self.roundTrip(report) == report)
    let check = Reconciliation(
      id: "C1", target: "T1", result: nil, verdict: .notStated, gap: -0.5)
    #expect(try Self.roundTrip([check]) == [check])
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
    let bytes = dictionaries.map { CacheWriter.bytes(of: $0) }
    #expect(Set(bytes).count == 1)
  }

  @Test func everyCutOfTheBytesIsAnErrorNotACrash() throws {
    let bytes = CacheWriter.bytes(of: try Self.entry("dinghai-2018.txt"))
    // Every cut in the first 4 KB, then every 997th: the string table and the first nodes.
    let cuts =
      Array(0..<min(4096, bytes.count)) + Array(stride(from: 4096, to: bytes.count, by: 997))
    for cut in cuts {
      #expect(throws: (any Error).self) {
        try CacheReader.value(CachedReport.self, from: Array(bytes[..<cut]))
      }
    }
  }

  @Test func changedBytesNeverCrash() throws {
    let bytes = CacheWriter.bytes(of: try Self.entry("dinghai-2018.txt"))
    var random = SeededRandom(seed: 15)
    for _ in 0..<300 {
      var damaged = bytes
      for _ in 0..<4 {
        damaged[random.below(damaged.count)] = UInt8(
          truncatingIfNeeded: random.next())
      }
      // A change may still decode (a string index to another string); it must not trap.
      _ = try? CacheReader.value(CachedReport.self, from: damaged)
    }
  }
}
