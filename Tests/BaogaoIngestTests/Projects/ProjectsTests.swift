// ProjectsTests.swift: projects and organisations of the bundled report
// against the gold (matched as Scripts/score-extraction matches them), their
// status words and places, and the name rules on invented sentences.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct ProjectsTests {
  static let graph: BaogaoGraph.Graph? = try? ReportFile.loadGraph(paths: [])

  @Test func bundledReportMeetsTheProjectsFloor() throws {
    let graph = try #require(Self.graph)
    let golds = try Scoring.gold("dinghai-2018.projects.json", key: "projects")
    let preds = graph.projects
    let matches = Scoring.greedyMatch(golds, preds) { g, x in
      let a = Scoring.normalised(g["name"] as? String)
      let b = Scoring.normalised(x.name)
      guard !a.isEmpty, !b.isEmpty else { return 0 }
      if a == b { return 2 }
      let contained = Scoring.contains(a, b) || Scoring.contains(b, a)
      return contained && Double(min(a.count, b.count)) / Double(max(a.count, b.count)) >= 0.7
        ? 1 : 0
    }
    let matched = Set(matches.map(\.gold))
    let weakMissed = golds.indices.filter {
      (golds[$0]["name_strength"] as? String) == "weak" && !matched.contains($0)
    }
    let f1 = Scoring.f1(
      matched: matches.count, gold: golds.count - weakMissed.count, found: preds.count)
    #expect(f1 >= 0.75, "projects F1 \(f1)")
  }

  @Test func statusWordsPerPart() throws {
    let graph = try #require(Self.graph)
    let culture = try #require(graph.projects.first { $0.name == "金塘文化中心" })
    #expect(culture.statusByPart[.review] == "建成投用")
    // "加速白泉中心卫生院、双桥街道社区卫生服务中心建设": the word after the list.
    let hospital = try #require(graph.projects.first { $0.name == "白泉中心卫生院" })
    #expect(hospital.statusByPart[.plan] == "建设")
    #expect(hospital.status == "建设")
    // 中澳现代产业园: "基础设施建设加快推进" (review), "加快推进…建设" (plan).
    let park = try #require(graph.projects.first { $0.name == "中澳现代产业园" })
    #expect(park.statusByPart[.review] != nil && park.statusByPart[.plan] != nil)
  }

  @Test func projectsAreLocatedInThePlacesTheirNamesHold() throws {
    let graph = try #require(Self.graph)
    let town = try #require(graph.projects.first { $0.name == "金塘螺杆小镇" })
    let jintang = try #require(graph.places.first { $0.name == "金塘" })
    #expect(town.places == [jintang.id])
    #expect(graph.edges.contains(Edge(from: town.id, to: jintang.id, rel: .locatedIn)))
  }

  @Test func aBayDevelopedIsAPlaceAndAProject() throws {
    // "定海湾建设加速推进": the bay is a place, its development a project.
    let graph = try #require(Self.graph)
    #expect(graph.places.contains { $0.name == "定海湾" })
    #expect(graph.projects.contains { $0.name == "定海湾" })
    #expect(!graph.projects.contains { $0.name == "定海" || $0.name == "金塘" })
  }

  @Test func organisationsAreNamedCompaniesAndInstitutes() throws {
    let graph = try #require(Self.graph)
    let names = Set(graph.organizations.map(\.name))
    for name in ["中集集团", "正威集团", "中电科39所", "招商局集团"] {
      #expect(names.contains(name), "\(name)")
    }
    #expect(!names.contains { $0.hasSuffix("3所") && $0.contains("路") })
    #expect(!graph.places.contains { names.contains($0.name) })
  }

  /// Project names found in one invented paragraph, with the given places known.
  static func projects(in text: String, places: [String] = []) -> [String] {
    let lookup = PlaceLookup(Dictionary(uniqueKeysWithValues: places.map { ($0, $0) }))
    return ProjectNames.find(in: Array(text.unicodeScalars), places: lookup).map(\.name)
  }

  @Test(arguments: [
    ("加快金塘螺杆小镇建设。", [String](), ["金塘螺杆小镇"]),
    ("启动实施定海公园改造提升工程。", [], ["定海公园改造提升工程"]),
    ("城北、和平路、金塘大丰等7个幼儿园建设加快推进。", [], ["城北幼儿园", "和平路幼儿园", "金塘大丰幼儿园"]),
    ("金鹰三元锂电池正极材料、科鑫重工耐腐蚀钢管项目建成投产。", [], ["金鹰三元锂电池正极材料项目", "科鑫重工耐腐蚀钢管项目"]),
    ("岑港、马岙现代生态循环农业示范区全面建成。", ["岑港", "马岙"], ["岑港现代生态循环农业示范区", "马岙现代生态循环农业示范区"]),
    ("精心建设小沙“百果园”等农业精品项目。", ["小沙"], ["小沙“百果园”"]),
    ("推进北向疏港公路建设。", ["北向疏港公路"], []),
    ("狠抓项目,扩大市场,推进一批重点项目和4条特色街区。", [], []),
    ("深入实施“雪亮工程”,获批国家科技兴海产业示范基地。", [], []),
  ])
  func nameRules(text: String, places: [String], expected: [String]) {
    #expect(Self.projects(in: text, places: places) == expected)
  }

  /// Issue 10 item 6: the classes of project names, on invented sentences.
  @Test(arguments: [
    ("新建青禾实验二小，启动柳岸中学东校区建设。", [String](), ["青禾实验二小", "柳岸中学东校区"]),
    ("推进市人民医院北院区和梧桐研究生院建设。", [], ["市人民医院北院区", "梧桐研究生院"]),
    ("轨道交通6号线东延伸线、雁江铁路复线和青禾城际开工。", [], ["轨道交通6号线东延伸线", "雁江铁路复线", "青禾城际"]),
    ("建成滨河路改扩建和雁江一桥，槐荫高架桥通车。", [], ["滨河路改扩建", "雁江一桥", "槐荫高架桥"]),
    ("实施了青禾第三中学改扩建和雁江大道扩容工程。", [], ["青禾第三中学", "雁江大道扩容工程"]),
    ("建设城东净水厂、城南污水深度处理厂。", [], ["城东净水厂", "城南污水深度处理厂"]),
    ("建好青禾革命纪念馆和雁江纪念园。", [], ["青禾革命纪念馆", "雁江纪念园"]),
    ("打造欢乐谷乐园、翠湖度假区。", [], ["欢乐谷乐园", "翠湖度假区"]),
    ("星河电子柔性屏生产线投产，华晟30万吨纸浆项目主体完工。", [], ["星河电子柔性屏生产线", "华晟30万吨纸浆项目"]),
    ("建成柳岸大型灌区和青石大型水库，扩容升级雁江国际陆港。", [], ["柳岸大型灌区", "青石大型水库", "雁江国际陆港"]),
    ("雁江大桥（北岸段）加快建设，建成青禾计量中心（东区）。", [], ["雁江大桥（北岸段）", "青禾计量中心（东区）"]),
    ("推进槐荫高速北段建设，青禾高速主线通车。", [], ["槐荫高速北段", "青禾高速"]),
    ("新建一批大型水库，建设数字化生产线。", [], []),
  ])
  func issueTenClasses(text: String, places: [String], expected: [String]) {
    #expect(Self.projects(in: text, places: places) == expected)
  }

  /// Names told by their shape: the items of 等…项目 lists that a sibling's
  /// facility word or a place in front shows to be names, a name after a
  /// description of the report's own place, a pipeline between two places.
  @Test(arguments: [
    ("星河服务器生产线、青禾6英寸硅晶圆、蓝湾复材纤维等项目建成投产。", [String](), ["星河服务器生产线", "青禾6英寸硅晶圆", "蓝湾复材纤维"]),
    ("加快实施雁江柳岸智能装备、城市老厂退城搬迁等一批重大转型升级项目。", ["雁江"], ["雁江柳岸智能装备"]),
    ("推进运动健身、健康食品等项目。", [], []),
    ("实施星河大厦亮化、滨河步行带美化等工程。", [], []),
    ("我市首条高架路青禾大街北延高架桥建成通车。", ["青禾大街"], ["青禾大街北延高架桥"]),
    ("我县2025年十大工程全部完工。", [], []),
    ("确保总投资3亿元的雁江――青禾天然气管线建成运营。", [], ["雁江――青禾天然气管线"]),
  ])
  func namesByShape(text: String, places: [String], expected: [String]) {
    #expect(Self.projects(in: text, places: places) == expected)
  }

  @Test(arguments: [
    ("青禾县柳岸工业区基础设施配套项目（一期）", "青禾县柳岸工业区基础设施配套项目（一期）"),
    ("雁江药材战略储备仓储及加工综合配套建设项目", "雁江药材战略储备仓储及加工综合配套建设项目"),
    ("建设教学楼、综合楼、食堂等。", nil),
    ("建设青禾污水处理厂", nil),
    ("总投资", nil),
    ("2026年底", nil),
  ])
  func rowsOfAnAppendixTable(line: String, expected: String?) {
    #expect(ProjectShapes.tableLine(Array(line.unicodeScalars))?.name == expected)
  }

  @Test func aShortFormInAListIsTheFullName() {
    let drafts: TextTable<ProjectDraft> = [
      "雁江输变电工程": ProjectDraft(kind: "工程"), "雁江输变电": ProjectDraft(kind: "项目"),
    ]
    #expect(ProjectShapes.fullName(of: "雁江输变电", among: drafts) == "雁江输变电工程")
    #expect(ProjectShapes.fullName(of: "雁江输变电工程", among: drafts) == nil)
  }

  @Test func aPlaceInBracketsStaysInTheName() {
    #expect(
      Self.projects(in: "加快建设中泰友好（青禾）工业园。", places: ["青禾"]) == ["中泰友好（青禾）工业园"])
    #expect(Self.projects(in: "建设雁江（二期）工业园。").isEmpty)
  }

  @Test(arguments: [
    ("引进星河科技、蓝鲸动力、QX智造等一批龙头企业。", ["星河科技", "蓝鲸动力", "QX智造"]),
    ("培育专精特新、高新技术、科技型等企业。", [String]()),
    ("推动数字影视、工业设计等企业集聚。", []),
    ("支持青禾、雁江等地企业发展。", []),
  ])
  func companiesNamedInALists(text: String, expected: [String]) {
    let places = PlaceLookup(["青禾": "P1", "雁江": "P2"])
    let names = Organizations.listedCompanies(in: Array(text.unicodeScalars), places: places)
    #expect(names.map(\.0) == expected)
  }

  @Test(arguments: [
    ("科鑫重工耐腐蚀钢管项目建成投产。", "建成投产"),
    ("加快建设金塘螺杆小镇。", "加快建设"),
    ("金塘螺杆小镇。", nil),
  ])
  func statusOfAMention(text: String, expected: String?) throws {
    let scalars = Array(text.unicodeScalars)
    let mention = try #require(ProjectNames.find(in: scalars, places: PlaceLookup([:])).first)
    #expect(ProjectStatus.word(in: scalars, around: mention.range) == expected)
  }
}
