// Verbs.swift: the verbs and objects that make a plan clause a commitment.
// Takes nothing; gives the tables `Targets` reads: commitment verbs (the
// target's verb), soft verbs that promise no checkable outcome (谋划, 探索),
// and the outcome words (a project built, opened, started; a title won).

public enum Verbs {
  /// Commitment verbs, longest first so that 启动建设 wins over 启动 and 建设.
  public static let commitment: [String] = [
    "启动建设", "开工建设", "启动实施", "新建改造", "布局建设", "布局完善", "加快推进",
    "确保", "力争", "力促", "争创", "创建", "建成", "完成", "开工", "启动", "启用", "实施",
    "推进", "推动", "加快", "加速", "建设", "打造", "实现", "深化", "落实", "保障", "搭建",
    "开发", "打通", "新建", "改造", "扩建", "消除", "提升", "承接", "培育", "新增", "引进",
    "争取", "做到", "达到", "新认定", "投用", "投产", "上市", "突破", "超过", "控制在", "压减",
  ]

  /// Verbs that plan, study or encourage: a clause led by one promises no
  /// checkable outcome (dinghai-2018 "谋划建设大桥亮化工程", "探索打造金塘海铁联运枢纽中心").
  public static let soft: [String] = [
    "谋划", "探索", "研究", "鼓励", "支持", "引导", "筹划", "筹办", "坚持", "加强", "健全",
    "强化", "优化", "促进", "注重", "围绕", "积极引入", "引入", "帮助", "组织", "倡导",
    "配合做好", "巩固", "深入", "持续开展", "开展", "聚焦", "依托", "以打造", "发挥", "转变",
    "梳理", "紧盯", "重视", "举办", "借助", "广泛", "严格", "规范", "常态化", "完善", "统筹",
    "进一步",
  ]

  /// Words of the clause that name a checkable outcome: a thing to build or
  /// open, a title to win, a task to finish.
  public static let outcomes: [String] = [
    "工程", "项目", "园区", "产业园", "工业园", "基地", "中心", "小镇", "码头", "公园", "绿道",
    "街区", "医院", "分院", "卫生院", "学校", "小学", "中学", "幼儿园", "示范区", "试点",
    "公路", "铁路", "高铁", "大道", "廊道", "景区", "商圈", "综合体", "小区", "区块", "书房",
    "图书馆", "科技馆", "礼堂", "服务站", "平台", "系统", "APP", "矿山", "物流岛", "新城",
    "指数", "口岸", "达标区", "强镇", "样板", "故居", "管网", "水库", "港区", "通道", "管道",
    "投产", "投用", "开工", "运营", "开放", "上市", "挂牌", "通车", "竣工", "颁证", "建成",
    "争创", "创建", "启用", "全覆盖", "零增长", "同城通办", "参保率", "明显下降", "广场",
    "断头路", "瓶颈路", "延伸段", "道路",
  ]

  /// Verbs that make a programme checkable: starting it or finishing it
  /// (dinghai-2018 "启动实施乡村人居环境整治三年行动", "全面完成…三年行动任务").
  public static let startOrFinish: [String] = ["启动", "完成"]

  /// Programmes that count as outcomes only when started or finished.
  public static let programmes: [String] = ["行动", "任务", "计划"]

  /// Endings that make the object an abstract quality, not a checkable outcome
  /// (dinghai-2018 "加快提升开放支撑能力", "完善模拟审批和联合竣工验收制度").
  public static let vagueEndings: [String] = [
    "水平", "能力", "形象", "气场", "步伐", "体系", "机制", "制度", "改革", "工作", "治理",
    "转换", "转化", "格局", "氛围", "意识", "力度", "质量", "效率", "效能", "活力", "动力",
    "作用", "环境", "理念", "政策", "模式", "服务", "管理", "集聚", "优势",
  ]

  /// Words that make the object a vague batch: 推进一批事关长远的重大项目.
  public static let vagueObjects: [String] = ["一批", "带动性强", "等企业", "或企业"]

  static let commitmentList = WordList(commitment)
  static let softList = WordList(soft)
  static let outcomeList = WordList(outcomes)
  static let startOrFinishList = WordList(startOrFinish)
  static let programmeList = WordList(programmes)
  static let vagueEndingList = WordList(vagueEndings)
  static let vagueObjectList = WordList(vagueObjects)

  /// The verb of a clause: the earliest commitment verb, the longest where
  /// several start at one place.
  public static func verb(in clause: String) -> String? {
    commitmentList.earliest(in: Array(clause.utf8))?.word
  }

  /// Whether a clause without figures is a checkable commitment. `names`
  /// says the clause names a known project or place.
  public static func isCommitment(_ clause: String, namesSomething: Bool = false) -> Bool {
    let text = Array(clause.utf8)
    guard let verb = commitmentList.earliest(in: text) else { return false }
    // A soft verb before the commitment verb sets the clause's tone.
    if softList.occurs(in: text[..<verb.offset]) || softList.isPrefix(of: text) {
      return false
    }
    // The object without trailing * and ” (bytes: neither character has
    // another form; trimming Characters compared each one normalising).
    var end = text.count
    while true {
      if end >= 1, text[end - 1] == 0x2A {
        end -= 1
      } else if end >= 3, text[(end - 3)..<end].elementsEqual("”".utf8) {
        end -= 3
      } else {
        break
      }
    }
    let object = Array(text[..<end])
    if vagueEndingList.isSuffix(of: object) || vagueObjectList.occurs(in: text) { return false }
    if namesSomething || outcomeList.occurs(in: text) { return true }
    return startOrFinishList.occurs(in: text) && programmeList.occurs(in: text)
  }
}
