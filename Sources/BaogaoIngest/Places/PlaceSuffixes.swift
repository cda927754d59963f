// PlaceSuffixes.swift: the vocabulary of place names the gazetteer does not hold.
// A name is a stem plus one of these suffixes (横河路, 马岙港区, 柳行社区); the
// tables below say which stems are generic words rather than names (道路,
// 乡村, 海岛) and which words after a list (竹山门、小洋岙等区块) make its items places.
import BaogaoGraph

/// One suffix rule: names that end in `suffix` are places of `type`.
struct PlaceSuffix: Sendable {
  var suffix: String
  var type: PlaceType
  var minimumStem: Int
  var maximumStem: Int
  /// The place is named without the suffix (竹山门区块 → 竹山门).
  var dropsSuffix: Bool = false
  /// Stem endings that make this suffix a generic word (农 for 村: 农村, 全国农村).
  var genericStemEndings: [String] = []
  /// The stem may be a number written in digits or Chinese numerals (626小河).
  var numberStem: Bool = false
  /// Characters after this suffix, besides `PlaceSuffixes.nonFinalFollowers`,
  /// that show it is not a name's end (港澳, 港股).
  var nonFinalFollowers: Set<Unicode.Scalar> = []
  /// A known place in front stays in the name (宁波舟山港, 福州大学城), instead of
  /// becoming the parent of the rest (册子大皇山 → 大皇山 in 册子).
  var keepsPlace: Bool = false
  /// The place is also written as its stem alone (小洋岙工业区, 小洋岙).
  var mergesWithStem: Bool = false
}

enum PlaceSuffixes {
  /// Longest suffix first, so that 港区 wins over 区 and 社区 over 区.
  static let rules: [PlaceSuffix] = [
    PlaceSuffix(
      suffix: "自然保护区", type: .natureReserve, minimumStem: 2, maximumStem: 4, keepsPlace: true),
    PlaceSuffix(
      suffix: "国家公园", type: .natureReserve, minimumStem: 2, maximumStem: 4, keepsPlace: true),
    // Metropolitan regions: …都市圈, …经济圈 (成渝地区双城经济圈), …城市群.
    PlaceSuffix(
      suffix: "都市圈", type: .region, minimumStem: 2, maximumStem: 4,
      genericStemEndings: ["现代化", "一小时", "生活", "核心", "国际"], keepsPlace: true),
    PlaceSuffix(
      suffix: "经济圈", type: .region, minimumStem: 2, maximumStem: 8,
      genericStemEndings: ["一小时", "生活", "核心", "国际"], keepsPlace: true),
    PlaceSuffix(
      suffix: "城市群", type: .region, minimumStem: 2, maximumStem: 4,
      genericStemEndings: ["世界级", "国家级", "现代化"], keepsPlace: true),
    // Urban quarters: …大学城, …商务区, …新片区, …组团 (a city's planned cluster).
    PlaceSuffix(suffix: "大学城", type: .block, minimumStem: 2, maximumStem: 4, keepsPlace: true),
    PlaceSuffix(
      suffix: "商务区", type: .block, minimumStem: 2, maximumStem: 4,
      genericStemEndings: ["中央", "中心"]),
    PlaceSuffix(suffix: "新片区", type: .block, minimumStem: 2, maximumStem: 4),
    PlaceSuffix(
      suffix: "组团", type: .block, minimumStem: 2, maximumStem: 4,
      genericStemEndings: ["城市", "功能", "产业"]),
    // dinghai-2018: 马岙港区
    PlaceSuffix(suffix: "港区", type: .portArea, minimumStem: 2, maximumStem: 8),
    PlaceSuffix(
      suffix: "核心区", type: .block, minimumStem: 2, maximumStem: 4, mergesWithStem: true),  // 盐仓核心区
    PlaceSuffix(
      suffix: "工业区", type: .block, minimumStem: 2, maximumStem: 4, mergesWithStem: true),  // 环南工业区
    PlaceSuffix(
      suffix: "区块", type: .block, minimumStem: 2, maximumStem: 4, dropsSuffix: true),  // 竹山门区块
    PlaceSuffix(
      suffix: "片区", type: .block, minimumStem: 2, maximumStem: 4, mergesWithStem: true),  // 容东片区
    PlaceSuffix(suffix: "自由贸易试验区", type: .district, minimumStem: 2, maximumStem: 3),  // 舟山自由贸易试验区
    PlaceSuffix(suffix: "新区", type: .district, minimumStem: 2, maximumStem: 4),  // 雄安新区
    PlaceSuffix(suffix: "街道", type: .subdistrict, minimumStem: 2, maximumStem: 4),
    PlaceSuffix(
      suffix: "社区", type: .community, minimumStem: 2, maximumStem: 4,
      genericStemEndings: ["街道", "镇", "乡", "区", "县", "市", "村", "农", "型", "慧", "谐"]),  // 柳行社区
    PlaceSuffix(suffix: "群岛", type: .island, minimumStem: 2, maximumStem: 4),  // 舟山群岛
    PlaceSuffix(suffix: "诸岛", type: .island, minimumStem: 2, maximumStem: 4),  // 南部诸岛
    PlaceSuffix(suffix: "国道", type: .road, minimumStem: 2, maximumStem: 4),  // 329国道
    PlaceSuffix(suffix: "省道", type: .road, minimumStem: 2, maximumStem: 4),
    PlaceSuffix(
      suffix: "公路", type: .road, minimumStem: 2, maximumStem: 6,
      genericStemEndings: [
        "干线", "普通", "国防", "边境", "等级", "快速", "高速", "国省", "县乡", "乡道", "村道", "沿海",
        "沿边", "景观", "通村", "联网", "资源", "产业", "二级", "三级", "四级", "界河",
      ]),  // 北向疏港公路, 海宝公路
    PlaceSuffix(suffix: "大街", type: .road, minimumStem: 2, maximumStem: 4),  // 胜利大街
    PlaceSuffix(suffix: "大路", type: .road, minimumStem: 2, maximumStem: 4),
    PlaceSuffix(suffix: "大河", type: .water, minimumStem: 2, maximumStem: 3),  // 盐仓大河
    PlaceSuffix(
      suffix: "小河", type: .water, minimumStem: 2, maximumStem: 4, numberStem: true),  // 626小河
    PlaceSuffix(suffix: "灌渠", type: .water, minimumStem: 2, maximumStem: 3),
    PlaceSuffix(suffix: "干渠", type: .water, minimumStem: 2, maximumStem: 3),
    PlaceSuffix(
      suffix: "湿地", type: .wetland, minimumStem: 2, maximumStem: 4,
      genericStemEndings: [
        "城市", "国家", "滨海", "人工", "河流", "湖泊", "沿海", "自然", "重要", "国际", "生态", "沼泽",
        "河湖", "草原", "口袋", "保护",
      ]),
    PlaceSuffix(
      suffix: "新村", type: .community, minimumStem: 2, maximumStem: 3,
      genericStemEndings: ["社会主义", "美丽", "农民", "移民", "生态"]),  // 工人新村
    PlaceSuffix(
      suffix: "路", type: .road, minimumStem: 2, maximumStem: 5,
      genericStemEndings: [
        "铁", "农村", "之", "断头", "颈", "道", "丝绸", "思", "线", "开", "其", "干", "巷", "板",
        "政", "出", "套", "网", "电", "探", "小康", "融合",
      ]),  // 横河路, 环城北路; 甬舟铁路 is a project
    PlaceSuffix(
      suffix: "街", type: .road, minimumStem: 2, maximumStem: 4, genericStemEndings: ["背", "精品"]),
    PlaceSuffix(
      suffix: "村", type: .village, minimumStem: 2, maximumStem: 3,
      genericStemEndings: [
        "农", "乡", "渔", "区", "村", "镇", "郊", "中", "政", "范", "点", "弱", "困", "明", "业", "壳", "心",
      ]),  // 金山村
    // A hamlet named after a family: 孙家屯, 李家屯.
    PlaceSuffix(
      suffix: "屯", type: .village, minimumStem: 2, maximumStem: 2, genericStemEndings: ["驻"]),
    // A port by its name: 黄骅港, 宁波舟山港; not 空港, 陆港, 保税港, 深水港.
    PlaceSuffix(
      suffix: "港", type: .port, minimumStem: 2, maximumStem: 4,
      genericStemEndings: [
        "空", "海", "陆", "河", "内", "渔", "军", "商", "保税", "自贸", "自由贸易", "枢纽", "国际",
        "深水", "出海", "良", "母", "香", "综合", "物流", "货运", "客运", "外贸", "集装箱",
        "信息", "数字", "智慧", "无水", "临", "离", "出", "回", "进", "赴", "抵", "到", "驶", "喂给",
        "支线", "干线", "避风", "中转", "服务", "贸易", "大", "主",
      ],
      // 港澳, 港股, 港资, 港人, 港城 (a port city).
      nonFinalFollowers: ["澳", "股", "资", "人", "城", "台", "商", "籍", "币", "元", "剧", "片"],
      keepsPlace: true),
    PlaceSuffix(
      suffix: "镇", type: .town, minimumStem: 2, maximumStem: 3,
      genericStemEndings: ["城", "乡", "集", "重", "名", "强", "村", "小", "业", "色", "改", "收"]),
    PlaceSuffix(
      suffix: "岛", type: .island, minimumStem: 2, maximumStem: 3,
      genericStemEndings: ["海", "物流", "小", "出", "花园", "离"]),
    PlaceSuffix(
      suffix: "湾", type: .water, minimumStem: 2, maximumStem: 3, genericStemEndings: ["港"]),  // 定海湾
    PlaceSuffix(suffix: "湖", type: .water, minimumStem: 2, maximumStem: 3),
    PlaceSuffix(
      suffix: "江", type: .water, minimumStem: 2, maximumStem: 3, nonFinalFollowers: ["山"]),  // 江山
    PlaceSuffix(
      suffix: "河", type: .water, minimumStem: 2, maximumStem: 3,
      genericStemEndings: ["内", "运", "界", "护城", "江"]),  // 疏浚内河: inland waterways
    PlaceSuffix(
      suffix: "山", type: .mountain, minimumStem: 2, maximumStem: 3,
      genericStemEndings: ["登", "矿", "青", "金", "银", "靠", "江", "名", "深", "高", "荒"]),  // 东岳山
  ]

  /// Whole words that end like a place and are not one: generic nouns,
  /// slogans, titles. dinghai-2018: "8条断头路、瓶颈路", "绿水青山就是金山银山".
  static let genericNames: TextSet = [
    "道路", "思路", "新路", "出路", "线路", "马路", "断头路", "瓶颈路", "一路", "之路", "门路",
    "农村路", "公路", "高速公路", "农村公路", "旅游公路", "美丽公路", "最美公路", "乡村公路",
    "步行街", "商业街", "美食街", "特色街", "老街", "一条街", "大街", "街",
    "农村", "乡村", "城中村", "行政村", "新农村", "全村", "各村", "村村", "本村",
    "示范村", "重点村", "薄弱村", "贫困村", "文明村", "专业村", "空壳村", "中心村", "特色村",
    "先进村", "经济薄弱村", "集体经济村", "试点村", "旅游村", "历史文化村", "美丽乡村",
    "城市社区", "农村社区", "智慧社区", "和谐社区", "示范社区", "养老社区", "新型社区",
    "城镇", "乡镇", "小镇", "小城镇", "集镇", "重镇", "名镇", "强镇", "村镇", "全镇", "各镇", "特色小镇",
    "海岛", "小岛", "全岛", "出岛", "本岛", "离岛", "海上花园岛", "物流岛", "国际物流岛",
    "港湾", "海湾", "大湾", "江湖", "长湖", "运河", "护城河", "母亲河", "家乡河", "最美家乡河",
    "青山", "金山", "银山", "江山", "靠山", "深山", "矿山", "绿色矿山", "火山", "冰山", "名山",
    "高山", "大山", "荒山", "绿水青山", "金山银山", "山山",
    "新区", "老区", "城区", "全区", "开发区", "园区", "工业区", "核心区", "功能区",
    "片区", "区块", "港区", "社区", "街道", "公园", "大道", "国道", "省道",
    "东区", "西区", "南区", "北区", "中区", "老城区", "项目", "企业", "工程", "产业",
  ]

  /// A name whose stem ends in one of these is a description, not a name
  /// (美丽公路, 最美家乡河, 智慧社区, 示范村).
  static let genericStemEndings: [String] = [
    "农村", "乡村", "美丽", "最美", "特色", "示范", "重点", "智慧", "和谐", "城市", "新型",
    "家乡", "条", "个", "座", "的", "之", "级", "型", "化", "性", "式", "类", "大", "小",
    "各", "全", "本", "该", "新", "老", "主", "次", "好", "等", "多", "核心", "偏远",
    // A count in front of the suffix counts things (清三河: three rivers; 8条路).
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "千", "几",
  ]

  /// Characters that, right after a suffix, show it is not the end of a name:
  /// 路子, 路径, 山水, 湖泊, 江海, 河道, 岛内, 村民, 镇级.
  static let nonFinalFollowers: Set<Unicode.Scalar> = [
    "子", "径", "线", "网", "灯", "面", "况", "演", "费", "由", "基", "水", "泊", "海", "道",
    "民", "级", "委", "干", "务", "内", "外", "里", "头", "区", "貌", "岸", "口", "域", "居",
    "落", "长", "地", "路", "街", "港", "湾", "岛", "门", "村", "镇", "庄", "寨", "脚", "体",
    "林", "场", "货", "洋", "库", "堤", "床", "流", "谷",
  ]

  /// Stem beginnings that make a name a description (美丽河湖, 最美海湾).
  static let genericStemStarts: [String] = ["美丽", "最美", "特色", "示范", "智慧", "幸福"]

  /// Two characters after a suffix that end a name although the first alone
  /// would not: 九龙江流域 is 九龙江 (流 alone: 河流).
  /// 孟良河水生态修复: 河 and 水生态, not 河水.
  static let finalPairs: [[Unicode.Scalar]] = [
    ["流", "域"], ["水", "生"], ["水", "环"], ["水", "质"], ["水", "系"], ["水", "域"],
  ]

  /// Words of scope that stand before a name but are no part of it:
  /// 主城区呼伦大街 is 呼伦大街 in the main town.
  static let leadingScopes: [String] = [
    "中心城区", "主城区", "老城区", "新城区", "城区", "市区", "县城", "园区", "辖区", "境内", "全市",
    "全区", "全县", "全省",
  ]

  /// Words after a list that make its items places (竹山门、小洋岙工业区等13个区块;
  /// 长白、盘峙等地; 岑港、小沙、马岙等镇街), with the type they give.
  static let listClassifiers: [(word: String, type: PlaceType)] = [
    ("区块", .block), ("片区", .block), ("镇街", .townOrSubdistrict), ("乡镇", .townOrTownship),
    ("街道", .subdistrict),
    ("社区", .community), ("村", .village), ("岛", .island), ("地", .area), ("县", .county),
    ("县区", .countyOrDistrict),
    ("区县", .countyOrDistrict),
    // Facilities named after where they stand: 城北、和平路、金塘大丰等7个幼儿园,
    // 城南、城北、青垒头路3所学校 (dinghai-2018). The items are places.
    ("幼儿园", .other), ("学校", .other), ("小学", .other), ("公厕", .other),
  ]

  /// Characters after the one-character classifier 地 that make a word (地方, 地产).
  static let compoundsOfDi: Set<Unicode.Scalar> = [
    "方", "产", "价", "税", "铁", "标", "位", "板", "下", "面", "图", "理", "质", "震", "球",
    "道", "毯", "摊", "段", "址", "块", "形", "貌", "域", "带", "热", "基",
  ]

  /// Regions that no suffix gives (issue 3: 长三角, 中西部, 京津冀).
  static let regions: [(name: String, type: PlaceType)] = [
    ("长三角", .region), ("珠三角", .region), ("京津冀", .region),
    ("中西部", .region), ("粤港澳大湾区", .region), ("长江经济带", .region),
    ("环渤海", .region), ("东北地区", .region), ("西部地区", .region),
    ("东南亚", .region), ("中东", .region), ("港澳台", .region), ("港澳", .region),
    ("欧洲", .region), ("亚洲", .region), ("非洲", .region), ("拉美", .region),
    ("澳洲", .region),  // dinghai-2018: "澳洲跨境商品直购体验中心"
    ("欧盟", .region), ("东盟", .region),
    ("长江", .water), ("黄河", .water), ("淮河", .water), ("珠江", .water), ("海河", .water),
    ("渤海", .water), ("黄海", .water), ("东海", .water), ("南海", .water), ("太湖", .water),
    ("白洋淀", .water), ("洞庭湖", .water), ("鄱阳湖", .water), ("大运河", .water),
    ("呼伦湖", .water), ("贝尔湖", .water), ("太行山", .mountain), ("燕山", .mountain), ("大兴安岭", .mountain),
  ]
}
