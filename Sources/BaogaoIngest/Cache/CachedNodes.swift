// CachedNodes.swift: the node types of BaogaoGraph in a cache entry, each
// field in declaration order. A field added to a node type must be added
// here too, in both directions: CacheCodingTests fills every field of every
// node type and fails, naming the field, when one does not come back.
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
    (reports, sections, indicators) = (try reader.read(), try reader.read(), try reader.read())
    (targets, places, projects) = (try reader.read(), try reader.read(), try reader.read())
    (organizations, reconciliations) = (try reader.read(), try reader.read())
    (junk, edges) = (try reader.read(), try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(reports)
    writer.write(sections)
    writer.write(indicators)
    writer.write(targets)
    writer.write(places)
    writer.write(projects)
    writer.write(organizations)
    writer.write(reconciliations)
    writer.write(junk)
    writer.write(edges)
  }
}

extension Report: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), title: try reader.read(), place: try reader.read(),
      year: try reader.read(), source: try reader.read(), identity: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id)
    writer.write(title)
    writer.write(place)
    writer.write(year)
    writer.write(source)
    writer.write(identity)
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
    writer.write(code)
    writer.write(level)
    writer.write(province)
    writer.write(prefecture)
    writer.write(reviewYear)
    writer.write(placeSource)
    writer.write(yearSource)
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
    writer.write(id)
    writer.write(report)
    writer.write(path)
    writer.write(title)
    writer.write(parent)
    writer.write(area)
    writer.write(part)
    writer.write(kind)
    writer.write(level)
    writer.write(text)
    writer.write(topics)
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
    writer.write(id)
    writer.write(report)
    writer.write(section)
    writer.write(name)
    writer.write(value)
    writer.write(unit)
    writer.write(kind)
    writer.write(qualifiers)
    writer.write(part)
    writer.write(span)
    writer.write(place)
    writer.write(upper)
    writer.write(sentence)
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
    writer.write(indicator)
    writer.write(scope)
    writer.write(direction)
    writer.write(amount)
    writer.write(baseUnit)
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
    writer.write(id)
    writer.write(report)
    writer.write(section)
    writer.write(area)
    writer.write(span)
    writer.write(main)
    writer.write(indicators)
    writer.write(verb)
    writer.write(projects)
    writer.write(places)
    writer.write(sentence)
    writer.write(name)
    writer.write(qualifiers)
  }
}

extension Place: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      type: try reader.read(), mentions: try reader.read(), parent: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id)
    writer.write(report)
    writer.write(name)
    writer.write(type)
    writer.write(mentions)
    writer.write(parent)
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
    writer.write(id)
    writer.write(report)
    writer.write(name)
    writer.write(kind)
    writer.write(places)
    writer.write(status)
    writer.write(statusByPart)
    writer.write(mentions)
  }
}

extension Organization: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), name: try reader.read(),
      type: try reader.read(), mentions: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id)
    writer.write(report)
    writer.write(name)
    writer.write(type)
    writer.write(mentions)
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
    writer.write(id)
    writer.write(target)
    writer.write(result)
    writer.write(verdict)
    writer.write(figure)
    writer.write(place)
    writer.write(year)
    writer.write(indicator)
    writer.write(scope)
    writer.write(planned)
    writer.write(outcome)
    writer.write(gap)
  }
}

extension Junk: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(
      id: try reader.read(), report: try reader.read(), text: try reader.read(),
      reason: try reader.read(), line: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(id)
    writer.write(report)
    writer.write(text)
    writer.write(reason)
    writer.write(line)
  }
}

extension Edge: CacheValue {
  init(cache reader: inout CacheReader) throws(CacheEntryDamaged) {
    self.init(from: try reader.read(), to: try reader.read(), rel: try reader.read())
  }

  func write(to writer: inout CacheWriter) {
    writer.write(from)
    writer.write(to)
    writer.write(rel)
  }
}
