// CachedNodes.swift: the types of BaogaoGraph in a cache entry. The enums are
// their places among their cases (CacheValue.swift). The structs are read and written by
// hand, each field in declaration order, the two lists side by side.
// Sentences, spans and topics are written as runs of the text they stand in
// where they are one (StringTable.swift); they read back as any string. Codable
// was slower on both sides: reading through Decodable's boxes and dynamic
// casts took twice as long (300 reports: 0.25 s against 0.48 s), and writing
// through the synthesized Encodable (a sequential encoder, once in
// CacheCoding.swift) was a tenth of the CPU of a first load of 300 reports
// (perf: keyed container boxes, generic metadata, dynamic casts to
// CacheValue per field). A field added to a node type and not read here
// fails to compile (the init wants it); one with a default, or one read
// but not written, fails CacheCodingTests, which fills every field of
// every node type and names the one that does not come back.
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
extension NodeLists: CacheValue {
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

  func write(to writer: inout CacheWriter) {
    writer.write(
      reports, sections, indicators, targets, places, projects, organizations, reconciliations,
      junk, edges)
  }
}

extension Report: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), title: try reader.read(), place: try reader.read(),
      year: try reader.read(), source: try reader.read(), identity: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id, title, place, year, source, identity)
  }
}

extension ReportIdentity: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      code: try reader.read(), level: try reader.read(), province: try reader.read(),
      prefecture: try reader.read(), reviewYear: try reader.read(),
      placeSource: try reader.read(), yearSource: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(code, level, province, prefecture, reviewYear, placeSource, yearSource)
  }
}

extension Section: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), path: try reader.read(),
      title: try reader.read(), parent: try reader.read(), area: try reader.read(),
      part: try reader.read(), kind: try reader.read(), level: try reader.read(),
      text: try reader.read(), topics: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id, report, path, title, parent, area, part, kind, level, text)
    writer.writeVarint(UInt64(topics.count))
    for topic in topics { writer.writeString(topic, within: text) }
    writer.sectionTexts[id] = text
  }
}

extension Indicator: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), section: try reader.read(),
      name: try reader.read(), value: try reader.read(), unit: try reader.read(),
      kind: try reader.read(), qualifiers: try reader.read(), part: try reader.read(),
      span: try reader.read(), place: try reader.read(), upper: try reader.read(),
      sentence: try reader.read(), measure: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    // The sentence into the table before its span, a run of it.
    let text = writer.sectionTexts[section] ?? ""
    writer.addString(sentence, within: text)
    writer.write(id, report, section, name, value, unit, kind, qualifiers, part)
    writer.writeString(span, within: sentence)
    writer.write(place, upper)
    writer.writeString(sentence, within: text)
    writer.write(measure)
  }
}

extension Measure: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      indicator: try reader.read(), scope: try reader.read(), direction: try reader.read(),
      amount: try reader.read(), baseUnit: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(indicator, scope, direction, amount, baseUnit)
  }
}

extension Target: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), section: try reader.read(),
      area: try reader.read(), span: try reader.read(), main: try reader.read(),
      indicators: try reader.read(), verb: try reader.read(), projects: try reader.read(),
      places: try reader.read(), sentence: try reader.read(), name: try reader.read(),
      qualifiers: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    let text = writer.sectionTexts[section] ?? ""
    writer.addString(sentence, within: text)
    writer.write(id, report, section, area)
    writer.writeString(span, within: sentence)
    writer.write(main, indicators, verb, projects, places)
    writer.writeString(sentence, within: text)
    writer.write(name, qualifiers)
  }
}

extension Place: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      type: try reader.read(), mentions: try reader.read(), parent: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id, report, name, type, mentions, parent)
  }
}

extension Project: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      kind: try reader.read(), places: try reader.read(), status: try reader.read(),
      statusByPart: try reader.read(), mentions: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id, report, name, kind, places, status, statusByPart, mentions)
  }
}

extension Organization: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      type: try reader.read(), mentions: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id, report, name, type, mentions)
  }
}

extension Reconciliation: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), target: try reader.read(), result: try reader.read(),
      verdict: try reader.read(), figure: try reader.read(), place: try reader.read(),
      year: try reader.read(), indicator: try reader.read(), scope: try reader.read(),
      planned: try reader.read(), outcome: try reader.read(), gap: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(
      id, target, result, verdict, figure, place, year, indicator, scope, planned, outcome, gap)
  }
}

extension Junk: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), text: try reader.read(),
      reason: try reader.read(), line: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id, report, text, reason, line)
  }
}

extension Edge: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(from: try reader.read(), to: try reader.read(), rel: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(from, to, rel)
  }
}
