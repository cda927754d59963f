// BenchQuery.swift: the queries bench-query times, each with its floor: the
// plainest pass over the same nodes' fields that answers it (a loop over the
// arrays of the graph, String comparisons, no index), timed in the same run.
import BaogaoGraph
import Foundation

struct BenchQuery: Sendable {
  /// filter, group, order, show, search or text.
  var kind: String
  var text: String
  /// A number out of the pass (rows it kept), so that it is not optimised away.
  var floor: @Sendable (Graph) -> Int

  /// The queries of CONTRACT.md, "Queries that must work", then one of each
  /// other kind of statement.
  static let all: [BenchQuery] = [
    BenchQuery(kind: "filter", text: "targets where area = 城市建设") { g in
      g.targets.count { $0.area == "城市建设" }
    },
    BenchQuery(kind: "filter", text: "targets where area = 城市建设 and verb = 确保") { g in
      g.targets.count { $0.area == "城市建设" && $0.verb == "确保" }
    },
    BenchQuery(
      kind: "order",
      text: #"indicators where part = review and unit = "%" order by value desc limit 5"#
    ) { g in
      let kept = g.indicators.filter { $0.part == .review && $0.unit == "%" }
      return kept.map(\.value).sorted(by: >).prefix(5).count
    },
    BenchQuery(kind: "filter", text: "indicators where name ~ 收入") { g in
      g.indicators.count { $0.name.contains("收入") }
    },
    BenchQuery(kind: "group", text: "count targets group by area") { g in
      var counts: [String: Int] = [:]
      for target in g.targets { counts[target.area, default: 0] += 1 }
      return counts.count
    },
    BenchQuery(kind: "order", text: "places order by mentions desc limit 10") { g in
      g.places.map(\.mentions).sorted(by: >).prefix(10).count
    },
    BenchQuery(kind: "filter", text: "projects where place = 金塘") { g in
      g.projects.count { project in
        project.places.contains { id in
          g.byID[id].map { g.places[$0.index].name.hasPrefix("金塘") } ?? false
        }
      }
    },
    BenchQuery(kind: "list", text: "sections") { g in
      g.sections.reduce(0) { $0 + $1.path.utf8.count + $1.title.utf8.count }
    },
    BenchQuery(kind: "show", text: "show T1") { g in
      g.edges.count { $0.from == "T1" || $0.to == "T1" }
    },
    BenchQuery(kind: "group", text: "count indicators group by unit") { g in
      var counts: [String: Int] = [:]
      for indicator in g.indicators { counts[indicator.unit, default: 0] += 1 }
      return counts.count
    },
    BenchQuery(kind: "search", text: "search 收入") { g in
      g.sections.count { $0.text.contains("收入") }
    },
    BenchQuery(kind: "text", text: "text 二") { g in
      g.sections.reduce(0) { $0 + ($1.path.hasPrefix("二") ? $1.text.utf8.count : 0) }
    },
    BenchQuery(kind: "outline", text: "outline") { g in
      g.sections.reduce(0) { $0 + $1.path.utf8.count + $1.title.utf8.count }
    },
  ]
}
