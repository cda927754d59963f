// NodeIndexTests.swift: the run-based index answers every look-up as a
// table of every id does, for ids of the usual form and any other.
import Testing

@testable import BaogaoGraph

@Suite struct NodeIndexTests {
  /// Ids kind by kind: runs in several scopes (one of them Chinese, one
  /// with a colon in it, one empty), a gap, ids out of order, and ids of
  /// other forms.
  static let ids: [[String]] = {
    var ids = NodeKind.allCases.map { _ in [String]() }
    for (slot, kind) in NodeKind.allCases.enumerated() {
      let p = kind.idPrefix
      for scope in ["hailaer-2016:", "定海区政府工作报告-2018:", "a:b:", ""] {
        for n in 1...5 { ids[slot].append(scope + p + String(n)) }
        ids[slot].append(scope + p + "9")
        ids[slot] += [scope + p + "7", scope + p + "6"]
      }
      ids[slot] += [
        p + "01", "x" + p + "3", ":" + p + "4", "odd", "", p, "r:" + p, "hailaer-2016:" + p + "10",
      ]
    }
    return ids
  }()

  /// Nodes of three kinds with those ids (the index reads nothing else of them).
  static let nodes: NodeLists = {
    var nodes = NodeLists()
    nodes.reports = ids[0].map { Report(id: $0, title: "", source: "") }
    nodes.organizations = ids[6].map { Organization(id: $0, report: "", name: "") }
    nodes.junk = ids[8].map { Junk(id: $0, report: "", text: "", reason: .navigation, line: 1) }
    return nodes
  }()

  static var table: [String: NodeRef] {
    var table: [String: NodeRef] = [:]
    for kind in NodeKind.allCases {
      for index in 0..<nodes.count(of: kind) {
        table[nodes.id(of: kind, at: index)] = NodeRef(kind: kind, index: index)
      }
    }
    return table
  }

  @Test func everyIdIsFoundWhereItIs() {
    let index = NodeIndex(Self.nodes)
    for (id, ref) in Self.table { #expect(index[id] == ref, "\(id)") }
    #expect(index.keys == [0, 6, 8].flatMap { Self.ids[$0] })
    #expect(index.count == Self.ids[0].count + Self.ids[6].count + Self.ids[8].count)
  }

  @Test(arguments: [
    "T8", "T0", "Q", "hailaer-2016:T99", "hailaer-2016:", "nowhere:T1", "hailaer-2016:t1",
    "hailaer-2016:Q1", "定海区政府工作报告-2018:T100", "b:T1", ":", "T1 ", "hailaer-2016:T1x",
    "hailaer-2016:T0001", "99999999999999999999",
  ])
  func anIdOfNoNodeIsNotFound(id: String) {
    #expect(NodeIndex(Self.nodes)[id] == Self.table[id])
    #expect(Self.table[id] == nil)
  }

  /// Enough nodes for the kinds to be read on every core: the same answers.
  @Test func aBigGraphIsIndexedAsASmallOne() {
    var nodes = NodeLists()
    var expected: [String: NodeRef] = [:]
    for n in 0..<(NodeIndex.nodesPerCore + 10_000) {
      // 300 reports of 100 junk lines and of organisations, every 97th out of order.
      let scope = "r\(n / 100):"
      let number = n % 97 == 0 ? 100 + n % 100 : 1 + n % 100
      let junk = scope + "J" + String(number)
      let organization = (n % 3 == 0 ? "odd-" : scope + "O") + String(number)
      expected[junk] = NodeRef(kind: .junk, index: nodes.junk.count)
      expected[organization] = NodeRef(kind: .organization, index: nodes.organizations.count)
      nodes.junk.append(Junk(id: junk, report: "", text: "", reason: .navigation, line: 1))
      nodes.organizations.append(Organization(id: organization, report: "", name: ""))
    }
    let index = NodeIndex(nodes)
    for (id, ref) in expected {
      // An id given twice is found at one of its nodes (ids are unique in a graph).
      if let found = index[id], found != ref {
        #expect(nodes.id(of: found.kind, at: found.index) == id)
      } else {
        #expect(index[id] == ref, "\(id)")
      }
    }
    for missing in ["r0:J101", "r600:J1", "r5:T1", "odd-0"] { #expect(index[missing] == nil) }
    #expect(index.count == nodes.junk.count + nodes.organizations.count)
  }

  @Test func aGraphFindsEachNodeByItsId() {
    var builder = GraphBuilder()
    builder.scope = "r1"
    for _ in 0..<3 {
      builder.organizations.append(
        Organization(id: builder.newID(.organization), report: "r1", name: "局"))
    }
    let graph = builder.build()
    #expect(graph.byID["r1:O2"] == NodeRef(kind: .organization, index: 1))
    #expect(graph.byID["r1:O4"] == nil)
  }
}
