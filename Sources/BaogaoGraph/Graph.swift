// Graph.swift: the in-memory store of one or more ingested reports.
// Ingest fills a `GraphBuilder`, which hands out ids unique across every report
// loaded together; `build()` freezes it into an immutable `Graph` with its
// indexes. Query and Shell only ever read a `Graph`.
#if canImport(Glibc)
  import Glibc
#endif

/// The kinds of node, with the id prefix of each.
public enum NodeKind: String, Sendable, Hashable, CaseIterable, Codable {
  case report
  case section
  case indicator
  case target
  case place
  case project
  case organization
  case reconciliation
  case junk

  /// Prefix of this kind's ids: `T1` is a target, `S3` a section.
  public var idPrefix: String {
    switch self {
    case .report: "R"
    case .section: "S"
    case .indicator: "I"
    case .target: "T"
    case .place: "P"
    case .project: "J"
    case .organization: "O"
    case .reconciliation: "C"
    case .junk: "X"
    }
  }
}

/// Collects nodes while reports are ingested; ids never repeat within one builder.
/// Its node lists are read and written as its own fields (`builder.targets`)
/// through `nodeLists`.
@dynamicMemberLookup
public struct GraphBuilder: Sendable {
  /// Everything added so far.
  public var nodeLists = NodeLists()

  /// `builder.targets` and the like: one of `nodeLists`, changed in place.
  @inlinable
  public subscript<List>(dynamicMember list: WritableKeyPath<NodeLists, List>) -> List {
    get { nodeLists[keyPath: list] }
    _modify { yield &nodeLists[keyPath: list] }
  }
  /// The report whose nodes are being added: ids are numbered per report and
  /// scoped by it (`hailaer-2016:T3`), so a node's id never depends on which
  /// other reports are loaded or in what order.
  public var scope: String = "" {
    didSet {
      guard scope != oldValue else { return }
      // The left report's counters are put away only now, not at every new
      // id (that hashed the scope string per node; perf on bench-ingest).
      scopedCounters[oldValue] = counters
      counters = scopedCounters[scope] ?? [:]
    }
  }
  private var counters: [NodeKind: Int] = [:]
  private var scopedCounters: [String: [NodeKind: Int]] = [:]
  /// The runs of the ids of the nodes read so far (`readIDs`), which
  /// `build` gives the graph's index so that it reads only the rest.
  /// Ids are never changed once added, and the lists only grow, but
  /// through `cut(to:)`, which forgets what was read.
  public internal(set) var idRuns = NodeRuns()
  /// False for a builder whose lists are to be copied into another's (a
  /// load's later runs of reports, CorpusLoad.swift): the builder they are
  /// copied into reads their ids, so reading them here too would be waste.
  public var readsIDs = true

  public init() {}

  /// Reads the ids of the nodes added since the last call, while they are
  /// at hand (NodeRuns.swift): after adding a report's nodes.
  public mutating func readIDs() {
    if readsIDs { idRuns.read(nodeLists) }
  }

  /// `readIDs` of one kind's nodes.
  mutating func readIDs(of kind: NodeKind) {
    if readsIDs { idRuns.read(kind, in: nodeLists) }
  }

  /// Cuts each list back to its length in `lengths` (NodeLists.lengths
  /// order), forgetting the ids read.
  public mutating func cut(to lengths: [Int]) {
    func cut<T>(_ array: inout [T], _ kind: Int) {
      if lengths[kind] < array.count { array.removeSubrange(lengths[kind]...) }
    }
    cut(&nodeLists.reports, 0)
    cut(&nodeLists.sections, 1)
    cut(&nodeLists.indicators, 2)
    cut(&nodeLists.targets, 3)
    cut(&nodeLists.places, 4)
    cut(&nodeLists.projects, 5)
    cut(&nodeLists.organizations, 6)
    cut(&nodeLists.reconciliations, 7)
    cut(&nodeLists.junk, 8)
    cut(&nodeLists.edges, 9)
    idRuns = NodeRuns()
  }

  /// A fresh id of the given kind: `hailaer-2016:T1`, `hailaer-2016:T2`, …
  /// (`T1` with no scope).
  public mutating func newID(_ kind: NodeKind) -> String {
    let next = (counters[kind] ?? 0) + 1
    counters[kind] = next
    let local = kind.idPrefix + String(next)
    return scope.isEmpty ? local : scope + ":" + local
  }

  public func build() -> Graph { Graph(nodeLists, read: idRuns) }

}

/// Where a node lives: its kind and its index in that kind's array.
public struct NodeRef: Sendable, Hashable {
  public var kind: NodeKind
  public var index: Int

  public init(kind: NodeKind, index: Int) {
    self.kind = kind
    self.index = index
  }
}

/// An immutable graph of reports with indexes by id and, built on first use, by
/// the ends of its edges (EdgeIndex.swift).
public struct Graph: Sendable {
  public let reports: [Report]
  public let sections: [Section]
  public let indicators: [Indicator]
  public let targets: [Target]
  public let places: [Place]
  public let projects: [Project]
  public let organizations: [Organization]
  public let reconciliations: [Reconciliation]
  public let junk: [Junk]
  public let edges: [Edge]

  /// Every node by its id.
  public let byID: NodeIndex
  /// Indexes that readers build on first use (the query module's per-field
  /// value indexes), shared by every copy of this graph.
  public let memo = GraphMemo()

  public init(
    reports: [Report] = [], sections: [Section] = [], indicators: [Indicator] = [],
    targets: [Target] = [], places: [Place] = [], projects: [Project] = [],
    organizations: [Organization] = [], reconciliations: [Reconciliation] = [],
    junk: [Junk] = [], edges: [Edge] = []
  ) {
    var nodes = NodeLists()
    (nodes.reports, nodes.sections, nodes.indicators, nodes.targets) =
      (reports, sections, indicators, targets)
    (nodes.places, nodes.projects, nodes.organizations) = (places, projects, organizations)
    (nodes.reconciliations, nodes.junk, nodes.edges) = (reconciliations, junk, edges)
    self.init(nodes, read: NodeRuns())
  }

  /// The graph of these lists, whose index reads only the ids `read` has not.
  init(_ nodes: NodeLists, read: NodeRuns) {
    reports = nodes.reports
    sections = nodes.sections
    indicators = nodes.indicators
    targets = nodes.targets
    places = nodes.places
    projects = nodes.projects
    organizations = nodes.organizations
    reconciliations = nodes.reconciliations
    junk = nodes.junk
    edges = nodes.edges
    byID = NodeIndex(nodes, read: read)
  }

  /// The edges leaving the node with this id, in the order they were added.
  public func outgoing(_ id: String) -> [Edge] { edges(of: id).outgoing }

  /// The edges entering the node with this id, in the order they were added.
  public func incoming(_ id: String) -> [Edge] { edges(of: id).incoming }

  /// The edges leaving and entering the node with this id, in the order they
  /// were added. Through the edge index once it is built; before that one
  /// pass over the edges (3 ms on 1,000 reports, where building the index
  /// takes 150: `show ID`'s first run, issue 15), which starts building the
  /// index on another thread for the calls after it.
  public func edges(of id: String) -> (outgoing: [Edge], incoming: [Edge]) {
    guard let ref = byID[id] else { return ([], []) }
    let key = "Graph.edgeIndex"
    if let index = memo.existing(key, as: EdgeIndex.self) {
      return (
        index.outgoing(ref).map { edges[Int($0)] }, index.incoming(ref).map { edges[Int($0)] }
      )
    }
    let graph = self
    memo.prepare(key) { EdgeIndex(graph) }
    var found: (outgoing: [Edge], incoming: [Edge]) = ([], [])
    // Read in place: a `for edge in edges` copy retained and released each
    // edge's three strings, four fifths of the pass.
    edges.withUnsafeBufferPointer { edges in
      for i in edges.indices {
        if edges[i].from == id { found.outgoing.append(edges[i]) }
        if edges[i].to == id { found.incoming.append(edges[i]) }
      }
    }
    return found
  }

  /// Number of nodes of one kind.
  public func count(of kind: NodeKind) -> Int { byID.count(of: kind) }

  /// The id of node `index` of `kind`.
  public func id(of kind: NodeKind, at index: Int) -> String { byID.id(of: kind, at: index) }

  /// Number of nodes of every kind together.
  public var nodeCount: Int { NodeKind.allCases.reduce(0) { $0 + count(of: $1) } }

  /// The node an id a user typed names: the id itself, in any letter case
  /// (`t3`), or, while one report is loaded, its id within the report (`T3`
  /// for `hailaer-2016:T3`). Gives the node's id and where it lives.
  public func resolve(id typed: String) -> (id: String, ref: NodeRef)? {
    if let ref = byID[typed] { return (typed, ref) }
    var candidates = [typed.uppercased()]
    if let colon = typed.lastIndex(of: ":") {
      candidates.append(typed[..<colon] + ":" + typed[typed.index(after: colon)...].uppercased())
    } else if reports.count == 1 {
      candidates += [reports[0].id + ":" + typed, reports[0].id + ":" + typed.uppercased()]
    }
    for id in candidates { if let ref = byID[id] { return (id, ref) } }
    return nil
  }

  /// Where the node of `kind` with this id sits in its kind's array; nil
  /// for an unknown id or a node of another kind.
  public func index(of id: String, kind: NodeKind) -> Int? {
    guard let ref = byID[id], ref.kind == kind else { return nil }
    return ref.index
  }

  public func section(id: String) -> Section? { index(of: id, kind: .section).map { sections[$0] } }
  public func place(id: String) -> Place? { index(of: id, kind: .place).map { places[$0] } }
  public func project(id: String) -> Project? { index(of: id, kind: .project).map { projects[$0] } }
  public func target(id: String) -> Target? { index(of: id, kind: .target).map { targets[$0] } }
  public func indicator(id: String) -> Indicator? {
    index(of: id, kind: .indicator).map { indicators[$0] }
  }

  /// The display name of any node: a section's path and title, a place's name,
  /// an indicator's name, a target's span.
  public func displayName(id: String) -> String? {
    byID[id].map(displayName(of:))
  }

  /// The display name of the node at `ref`: for a caller that has looked the
  /// id up already (a second look-up in a table of every node misses the
  /// cache: a third of listing 43,000 targets with their links).
  public func displayName(of ref: NodeRef) -> String {
    switch ref.kind {
    case .report: return reports[ref.index].title
    case .section: return sections[ref.index].path + " " + sections[ref.index].title
    case .indicator: return indicators[ref.index].name
    case .target: return targets[ref.index].span
    case .place: return places[ref.index].name
    case .project: return projects[ref.index].name
    case .organization: return organizations[ref.index].name
    case .reconciliation: return reconciliations[ref.index].verdict.rawValue
    case .junk: return junk[ref.index].text
    }
  }
}

/// A store of values derived from one immutable graph, each built once on first
/// use. The graph never changes, so an entry never goes stale. The shell and
/// tests may query one graph from several threads, and the shell counts
/// values in the background: each entry has its own lock, held while it is
/// built, so that a Tab needing one index never waits for another's build
/// (issue 15); the memo's lock guards the table of entries only.
public final class GraphMemo: @unchecked Sendable {
  private let lock = RecursiveLock()
  private var entries: [String: Entry] = [:]

  /// One value, and the lock its build holds. `value` is read and written
  /// under the memo's lock.
  private final class Entry: @unchecked Sendable {
    // Recursive, as the one lock of the memo was: building one entry may ask
    // for another (an index reads names), never for itself.
    let building = RecursiveLock()
    var value: (any Sendable)?
    /// True while an idle thread (IdleThread) builds the value.
    var builtIdly = false
  }

  public init() {}

  /// The value stored under `key`, built by `build` the first time. The key
  /// must name the type too: a key always holds values of one type.
  public func value<T: Sendable>(_ key: String, build: () -> T) -> T {
    let entry = self.entry(key)
    if let stored = read(entry) as? T { return stored }
    if IdleThread.isCurrent {
      // Marked before the lock is taken, so that no request of the user's
      // waits on a lock an idle thread holds: that thread stands still
      // while the user's work runs (IdleThread.yieldToForeground).
      markBuiltIdly(entry)
      entry.building.lock()
      defer { entry.building.unlock() }
      // Another thread may have built it while this one waited.
      if let stored = read(entry) as? T { return stored }
      return keep(build(), in: entry)
    }
    // Built meanwhile on an idle thread, on one core and yielding it: the
    // user's own request builds it too, on every core, rather than wait (a
    // Tab during the start-up counting took twice as long as one before
    // it). The two values are the same; the first one stored is kept.
    while !entry.building.tryLock() {
      if let stored = read(entry) as? T { return stored }
      if isBuiltIdly(entry) { return keep(build(), in: entry) }
      // Built by another of the user's threads: waited for, by looking
      // again rather than by `lock()`, since an idle thread may mark the
      // entry and take the lock between this look and that call.
      usleep(50)
    }
    defer { entry.building.unlock() }
    if let stored = read(entry) as? T { return stored }
    return keep(build(), in: entry)
  }

  /// `built`, stored under `entry` unless a value is there already, which
  /// is given instead: the first value stored is the one every caller gets.
  private func keep<T: Sendable>(_ built: T, in entry: Entry) -> T {
    lock.lock()
    defer { lock.unlock() }
    // Once a value is stored, no caller asks who is building it.
    entry.builtIdly = false
    if let stored = entry.value as? T { return stored }
    entry.value = built
    return built
  }

  private func isBuiltIdly(_ entry: Entry) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return entry.builtIdly
  }

  private func markBuiltIdly(_ entry: Entry) {
    lock.lock()
    entry.builtIdly = true
    lock.unlock()
  }

  /// The value under `key` if it is built; nil, without waiting, if not.
  public func existing<T: Sendable>(_ key: String, as type: T.Type) -> T? {
    lock.lock()
    defer { lock.unlock() }
    return entries[key]?.value as? T
  }

  /// Builds the value under `key` on another thread, unless some thread has
  /// begun it: for a value a later call will want.
  public func prepare<T: Sendable>(_ key: String, build: @escaping @Sendable () -> T) {
    lock.lock()
    let begun = entries[key] != nil
    // The entry made now: a second `prepare` finds it begun.
    if !begun { _ = entry(key) }
    lock.unlock()
    guard !begun else { return }
    // `value` on the idle thread: it marks the entry as built idly, so that
    // no request of the user's waits for it.
    IdleThread.start { [self] in _ = value(key, build: build) }
  }

  private func entry(_ key: String) -> Entry {
    lock.lock()
    defer { lock.unlock() }
    if let known = entries[key] { return known }
    let new = Entry()
    entries[key] = new
    return new
  }

  private func read(_ entry: Entry) -> (any Sendable)? {
    lock.lock()
    defer { lock.unlock() }
    return entry.value
  }
}

/// A recursive mutex on pthreads: Foundation's NSRecursiveLock without
/// Foundation, whose loading would cost every start-up several milliseconds.
final class RecursiveLock: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init() {
    var attributes = pthread_mutexattr_t()
    pthread_mutexattr_init(&attributes)
    pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
    pthread_mutex_init(mutex, &attributes)
    pthread_mutexattr_destroy(&attributes)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  func lock() { pthread_mutex_lock(mutex) }
  /// Takes the lock if no other thread holds it; false, at once, if one does.
  func tryLock() -> Bool { pthread_mutex_trylock(mutex) == 0 }
  func unlock() { pthread_mutex_unlock(mutex) }
}
