// CachedNodes.swift: the types of BaogaoGraph in a cache entry. The enums are
// their raw values (CacheValue.swift). The structs are written field by
// field through their synthesized Encodable (CacheCoding.swift), so the
// write side lists no field; they are read here by hand, each field in
// declaration order, because the cached load is the hot path: reading
// through Decodable's boxes and dynamic casts took twice as long (300
// reports: 0.25 s against 0.48 s). A field added to a node type and not read
// here fails to compile (the init wants it) or, if it has a default, fails
// CacheCodingTests, which fills every field of every node type and names
// the one that does not come back.
import BaogaoGraph

extension Part: CacheValue {}
extension AdminLevel: CacheValue {}
extension IdentitySource: CacheValue {}
extension SectionKind: CacheValue {}
extension IndicatorKind: CacheValue {}
extension Direction: CacheValue {}
extension PlaceType: CacheValue {}
extension Verdict: CacheValue {}
extension JunkReason: CacheValue {}
extension Relation: CacheValue {}

// The lists one after another, each as CacheWriter writes an array.
extension NodeLists: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init()
    try append(cache: &reader)
  }

  /// Reads the lists of an entry onto the end of these, in declaration
  /// order (the order they are written in): a cached load reads straight
  /// onto the builder's lists (CachedHead.swift).
  mutating func append(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    try reader.append(to: &reports)
    try reader.append(to: &sections)
    try reader.append(to: &indicators)
    try reader.append(to: &targets)
    try reader.append(to: &places)
    try reader.append(to: &projects)
    try reader.append(to: &organizations)
    try reader.append(to: &reconciliations)
    try reader.append(to: &junk)
    try reader.append(to: &edges)
  }
}

extension Report: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), title: try reader.read(), place: try reader.read(),
      year: try reader.read(), source: try reader.read(), identity: try reader.read())
  }
}

extension ReportIdentity: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      code: try reader.read(), level: try reader.read(), province: try reader.read(),
      prefecture: try reader.read(), reviewYear: try reader.read(),
      placeSource: try reader.read(), yearSource: try reader.read())
  }
}

extension Section: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), path: try reader.read(),
      title: try reader.read(), parent: try reader.read(), area: try reader.read(),
      part: try reader.read(), kind: try reader.read(), level: try reader.read(),
      text: try reader.read(), topics: try reader.read())
  }
}

extension Indicator: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), section: try reader.read(),
      name: try reader.read(), value: try reader.read(), unit: try reader.read(),
      kind: try reader.read(), qualifiers: try reader.read(), part: try reader.read(),
      span: try reader.read(), place: try reader.read(), upper: try reader.read(),
      sentence: try reader.read(), measure: try reader.read())
  }
}

extension Measure: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      indicator: try reader.read(), scope: try reader.read(), direction: try reader.read(),
      amount: try reader.read(), baseUnit: try reader.read())
  }
}

extension Target: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), section: try reader.read(),
      area: try reader.read(), span: try reader.read(), main: try reader.read(),
      indicators: try reader.read(), verb: try reader.read(), projects: try reader.read(),
      places: try reader.read(), sentence: try reader.read(), name: try reader.read(),
      qualifiers: try reader.read())
  }
}

extension Place: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      type: try reader.read(), mentions: try reader.read(), parent: try reader.read())
  }
}

extension Project: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      kind: try reader.read(), places: try reader.read(), status: try reader.read(),
      statusByPart: try reader.read(), mentions: try reader.read())
  }
}

extension Organization: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      type: try reader.read(), mentions: try reader.read())
  }
}

extension Reconciliation: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), target: try reader.read(), result: try reader.read(),
      verdict: try reader.read(), figure: try reader.read(), place: try reader.read(),
      year: try reader.read(), indicator: try reader.read(), scope: try reader.read(),
      planned: try reader.read(), outcome: try reader.read(), gap: try reader.read())
  }
}

extension Junk: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), text: try reader.read(),
      reason: try reader.read(), line: try reader.read())
  }
}

extension Edge: WrittenByEncodable {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(from: try reader.read(), to: try reader.read(), rel: try reader.read())
  }
}
