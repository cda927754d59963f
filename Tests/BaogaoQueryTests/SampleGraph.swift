// SampleGraph.swift: a small graph built by hand, so that the evaluator's tests
// do not depend on extraction. Shaped like a work report: a review part, a plan
// part with areas, figures, targets naming places and projects.
import BaogaoGraph
import BaogaoQuery

enum SampleGraph {
  static let graph: Graph = {
    var b = GraphBuilder()
    b.reports.append(
      Report(id: "r", title: "2018年政府工作报告", place: "定海区", year: 2018, source: "test"))
    func section(_ path: String, _ title: String, parent: String?, area: String?, part: Part)
      -> String
    {
      let id = b.newID(.section)
      b.sections.append(
        Section(
          id: id, report: "r", path: path, title: title, parent: parent, area: area, part: part))
      if let parent { b.edges.append(Edge(from: parent, to: id, rel: .contains)) }
      return id
    }
    let review = section("一", "2017年工作回顾", parent: nil, area: nil, part: .review)
    let plan = section("二", "2018年工作安排", parent: nil, area: nil, part: .plan)
    let industry = section("二.(一)", "推动产业发展", parent: plan, area: "产业", part: .plan)
    let city = section("二.(三)", "推进品质城市建设", parent: plan, area: "城市建设", part: .plan)
    _ = industry

    func place(_ name: String, _ type: PlaceType, _ mentions: Int) -> String {
      let id = b.newID(.place)
      b.places.append(Place(id: id, report: "r", name: name, type: type, mentions: mentions))
      return id
    }
    let jintang = place("金塘镇", .town, 7)
    let cengang = place("岑港街道", .subdistrict, 3)
    let zhoushan = place("舟山岛", .island, 12)

    func project(_ name: String, _ kind: String, _ places: [String], _ status: String?) -> String {
      let id = b.newID(.project)
      b.projects.append(
        Project(id: id, report: "r", name: name, kind: kind, places: places, status: status))
      for p in places { b.edges.append(Edge(from: id, to: p, rel: .locatedIn)) }
      return id
    }
    let wharf = project("金塘港区集装箱码头", "码头", [jintang], "开工")
    let road = project("岑港疏港公路", "道路", [cengang], "建成")

    func figure(
      _ section: String, _ name: String, _ value: Double, _ unit: String, _ kind: IndicatorKind,
      _ part: Part, _ qualifiers: [String] = []
    ) -> String {
      let id = b.newID(.indicator)
      b.indicators.append(
        Indicator(
          id: id, report: "r", section: section, name: name, value: value, unit: unit, kind: kind,
          qualifiers: qualifiers, part: part, span: name + "增长" + Value.format(value) + unit))
      return id
    }
    _ = figure(review, "地区生产总值", 8.6, "%", .growth, .review)
    _ = figure(review, "城镇居民人均可支配收入", 8.8, "%", .growth, .review)
    _ = figure(review, "农村居民人均可支配收入", 9.1, "%", .growth, .review, ["同比"])
    _ = figure(review, "固定资产投资", 260.5, "亿元", .level, .review)
    let gdpPlan = figure(industry, "地区生产总值", 7, "%", .growth, .plan, ["左右"])

    func target(
      _ section: String, _ area: String, _ span: String, verb: String?, indicators: [String] = [],
      projects: [String] = [], places: [String] = [], main: Bool = false
    ) {
      let id = b.newID(.target)
      b.targets.append(
        Target(
          id: id, report: "r", section: section, area: area, span: span, main: main,
          indicators: indicators, verb: verb, projects: projects, places: places))
      for x in indicators + projects + places {
        b.edges.append(Edge(from: id, to: x, rel: .mentions))
      }
    }
    target(industry, "产业", "地区生产总值增长7%左右", verb: "力争", indicators: [gdpPlan], main: true)
    target(city, "城市建设", "确保金塘港区集装箱码头开工", verb: "确保", projects: [wharf], places: [jintang])
    target(city, "城市建设", "建成岑港疏港公路", verb: "建成", projects: [road], places: [cengang])
    target(city, "城市建设", "完成舟山岛环岛公路规划", verb: "完成", places: [zhoushan])
    b.junk.append(
      Junk(id: b.newID(.junk), report: "r", text: "打印本页", reason: .navigation, line: 3))
    return b.build()
  }()
}
