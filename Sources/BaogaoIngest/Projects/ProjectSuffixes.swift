// ProjectSuffixes.swift: the vocabulary of project and organisation names.
// A project name is a stem plus a facility word (…工程, …园区, …码头, …幼儿园);
// these tables give the words, the kind each one gives, the stems that are
// generic (一批项目, 重点工程), the status words, and organisation suffixes.

enum ProjectSuffixes {
  /// Facility words and the kind of project they name. Longest first at match time.
  static let rules: [(suffix: String, kind: String)] = [
    ("工程", "工程"), ("项目", "项目"), ("园区", "园区"), ("产业园", "园区"), ("工业园", "园区"),
    ("现代园", "园区"), ("示范区", "园区"), ("基地", "基地"), ("码头", "码头"),
    ("医院", "医院"), ("分院", "医院"), ("卫生院", "医院"), ("学校", "学校"), ("小学", "学校"),
    ("中学", "学校"), ("高中", "学校"), ("幼儿园", "学校"), ("二幼", "学校"), ("公园", "公园"),
    ("植物园", "公园"), ("广场", "广场"), ("中心", "中心"), ("小镇", "小镇"), ("强镇", "小镇"),
    ("市场", "市场"), ("街区", "街区"), ("一条街", "街区"), ("铁路", "铁路"), ("公路", "道路"),
    ("大道", "道路"), ("通道", "道路"), ("大通道", "道路"), ("主通道", "道路"), ("延伸段", "道路"),
    // 段 only with a road or river in the stem, see ProjectNames.isName.
    ("段", "道路"), ("大桥", "桥梁"), ("水库", "水利"), ("污水处理厂", "环保"), ("敬老院", "养老"),
    ("福利院", "养老"), ("故居", "文旅"), ("书楼", "文旅"), ("综合体", "综合体"), ("科学城", "平台"),
    ("新城", "平台"), ("物流岛", "平台"), ("管道", "能源"), ("仓储", "项目"), ("步道", "道路"),
    ("绿道", "道路"), ("夜市", "市场"), ("小区", "住房"), ("旅游区", "文旅"), ("景区", "文旅"),
    ("图书馆", "文旅"), ("科技馆", "文旅"), ("文化馆", "文旅"), ("体育馆", "文旅"),
    ("博物馆", "文旅"), ("艺谷", "文旅"), ("华康园", "养老"), ("百果园", "农业"), ("绿色矿山", "环保"),
    ("一期", "项目"), ("二期", "项目"), ("三期", "项目"), ("四期", "项目"), ("电站", "能源"),
    ("电厂", "能源"), ("机场", "交通"), ("高速", "交通"), ("高铁", "交通"), ("枢纽", "交通"),
    ("试点", "项目"),
    // Issue 10 item 6: schools and campuses, rail lines and their sections, bridges,
    // water plants, memorials, parks and resorts, industrial works, trade platforms.
    ("二小", "学校"), ("三小", "学校"), ("四小", "学校"), ("五小", "学校"), ("二中", "学校"),
    ("三中", "学校"), ("四中", "学校"), ("五中", "学校"), ("研究生院", "学校"), ("院区", "医院"),
    ("校区", "学校"), ("号线", "铁路"), ("延伸线", "铁路"), ("复线", "铁路"), ("城际", "铁路"),
    ("班列", "铁路"), ("改扩建", "道路"), ("一桥", "桥梁"), ("二桥", "桥梁"), ("三桥", "桥梁"),
    ("高架桥", "桥梁"), ("立交桥", "桥梁"), ("特大桥", "桥梁"), ("跑道", "交通"), ("航站楼", "交通"),
    ("客运站", "交通"), ("客运总站", "交通"), ("陆港", "交通"), ("处理厂", "环保"), ("净水厂", "水利"),
    ("自来水厂", "水利"), ("水厂", "水利"), ("灌区", "水利"), ("纪念馆", "文旅"), ("纪念园", "文旅"),
    ("文化带", "文旅"), ("乐园", "文旅"), ("度假区", "文旅"), ("生产线", "工业"), ("钢厂", "工业"),
    ("机组", "能源"), ("露天矿", "能源"), ("煤矿", "能源"), ("生态林带", "生态"), ("合作区", "园区"),
    ("交易平台", "平台"), ("商城", "商业"), ("购物中心", "商业"),
    // baoding-2021 "永清――保定天然气管线"; hebei-2019 "石保廊全面创新改革试验区".
    ("管线", "能源"), ("试验区", "园区"),
  ]

  /// Longest stem looked at: 国家海洋电子信息产业基地定海园区 has 14 characters before 园区.
  static let maximumStem = 18
  static let minimumStem = 2

  /// Whole names that are generic, not one facility (dinghai-2018
  /// borderline_excluded: 城市书房, 果蔬采摘园, 田园综合体).
  static let genericNames: TextSet = [
    "重点项目", "重大项目", "产业项目", "民生项目", "实事项目", "工业项目", "招商项目", "农业项目",
    "基础设施项目", "政府投资项目", "新建项目", "续建项目", "在建项目", "亿元项目", "精品项目",
    "服务中心", "综合服务中心", "便民服务中心", "文化中心", "活动中心", "指挥中心", "数据中心",
    "交易中心", "服务平台", "公共服务中心", "卫生服务中心", "政务服务中心", "为民服务中心",
    "田园综合体", "商贸综合体", "城市综合体", "特色小镇", "小城镇", "重点工程", "民生工程",
    "中小学", "幼儿园", "学校", "医院", "公园", "广场", "市场", "小区", "基地", "园区", "景区",
    "工业园区", "产业园区", "示范区", "试点", "中心", "工程", "项目", "社区卫生服务中心",
    // Kinds of pipeline and of trial zone, not one of them.
    "管线", "地下管线", "燃气管线", "供水管线", "试验区", "自贸试验区", "综合试验区", "改革试验区",
    "创新改革试验区",
  ]

  /// Stem beginnings that make a name plural or generic: 一批项目, 3个项目, 各类园区.
  static let genericStemStarts: [String] = [
    "一批", "一系列", "各类", "各种", "多个", "一些", "所有", "全部", "其他", "相关", "有关",
    "这些", "重点", "重大", "新建", "该", "本", "全", "各", "每", "主要", "部分", "大批",
    "省级", "市级", "多层次", "高端", "高新技术", "入口", "绿地", "核心", "产业", "农村",
  ]

  /// Stem endings that make a name generic (民生项目, 城市书房, 美丽学校).
  static let genericStemEndings: [String] =
    [
      "重点", "重大", "民生", "实事", "产业", "精品", "示范", "美丽", "城市", "公共", "基础",
      "招商", "亿元", "的", "等", "个", "批", "项", "类", "型", "性", "新",
      "在建", "续建", "优质", "配套", "相关", "一体", "现代化", "信息化", "智能化", "管理", "投资",
      "数字化", "自动化", "数智化",
      "蔬菜", "奔小康", "惠民", "振兴", "首个", "入口", "一期", "二期", "一批",
      // Markets in the abstract (房地产市场, 消费市场) and kinds of project (高耗能项目).
      "消费", "旅游", "房地产", "产品", "优势", "表演", "要素", "资本", "金融", "人才", "万亿",
      "国内外", "耗能", "排放", "污染", "储备", "帮扶", "扶贫", "进园", "抓", "稳", "国债", "专项债",
      "老旧", "农村", "乡镇", "公立", "街角", "口袋", "社区", "生态", "公办", "民办", "普惠性",
      "综合", "附属", "扫尾", "启动", "完成", "工作", "重要", "各", "更多", "防灾减灾", "能源",
    ] + JoiningWords.conjunctionWords

  /// Measure words: a count with one of them (4条, 3所, 6家) makes a stem plural.
  static let measureWords: Set<Unicode.Scalar> = ["个", "条", "所", "家", "座", "处", "项", "批", "类"]

  /// Characters right after a facility word that show the word goes on (市场化, 市场主体).
  static let nonFinalFollowers: Set<Unicode.Scalar> = ["化", "性", "主"]

  /// What may follow a facility word although it begins with a non-final
  /// character: the works' main body or line (基地主体建成, 高速主线通车).
  static let finalContinuations: [[Unicode.Scalar]] = [
    "主体完工", "主体建成", "主体封顶", "主体工程", "主体结构", "主线",
  ].map { Array($0.unicodeScalars) }

  /// Generic stem endings that a long enough name in front makes part of a name:
  /// 麻栗坝大型灌区 (大型), 两河圣山文化旅游景区 (旅游), with that many characters before.
  /// 创新 is no 新 (a new thing): 河北工业设计创新中心.
  static let endingsAfterNames: [String: Int] = [
    "大型": 2, "中型": 2, "旅游": 3, "示范": 5, "创新": 2,
  ]

  /// Verbs before a name that make it a title won, not a facility
  /// (获批国家科技兴海产业示范基地, 列入省两化融合示范区).
  static let designationVerbs: [String] = [
    "获批", "获评", "评为", "列入", "入选", "创成", "命名", "成为", "荣获", "被评为", "成功创建",
  ]

  /// Quoted names with these endings are campaigns, not works (“雪亮工程”).
  static let campaignEndings: [String] = ["工程", "计划", "行动", "示范区", "基地", "项目"]

  /// Status words, longest first at match time; the project's status is the
  /// first one after its name in the clause, else the last one before it.
  static let statusWords: [String] = [
    "建成投产", "建成投用", "建成通车", "建成开放", "建成运营", "基本建成", "全面建成", "建成",
    "开工建设", "顺利开工", "开工奠基", "开工", "投入使用", "投产", "投用", "竣工验收", "竣工",
    "完工", "主体完工", "启动建设", "启动实施", "启动", "试运行", "加快推进", "稳步推进",
    "配合推进", "推进", "加快建设", "加快实施", "加速建设", "加快", "谋划建设", "谋划", "规划",
    "完成", "挂牌", "运行", "运营", "落户", "签约", "开港运营", "改造提升", "改扩建", "实施",
    "打造", "建设", "开放", "退市", "获评",
  ]

  /// Organisation suffixes and the type they give (中集集团, 中电科39所).
  static let organizationSuffixes: [(suffix: String, type: String)] = [
    ("集团", "company"), ("公司", "company"), ("银行", "bank"), ("大学", "university"),
    ("学院", "college"), ("研究院", "institute"), ("研究所", "institute"), ("所", "institute"),
    ("重工", "company"), ("协会", "association"), ("商会", "association"),
  ]
}
