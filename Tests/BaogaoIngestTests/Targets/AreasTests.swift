// AreasTests.swift: policy areas of plan headings.
import Testing

@testable import BaogaoIngest

@Suite struct AreasTests {
  @Test(arguments: [
    ("*实施创新驱动战略,着力推动经济高质量发展", "经济发展"),
    ("全面提速开发开放合作,不断激发区域发展活力", "开发开放"),
    ("攻坚推进品质城市建设,切实提升城市化水平", "城市建设"),
    ("全面实施富民惠民安民工程,不断提升群众获得感幸福感安全感", "民生"),
    ("着力提升行政能力,努力建设人民满意政府", "政府建设"),
    ("推进绿色发展，筑牢生态安全屏障", "生态环境"),
    ("坚定不移推进三农优先发展，奋力在加快乡村全面振兴上实现新突破", "乡村振兴"),
    ("全面深化改革开放,不断增强经济社会发展活力和动力", "开发开放"),
    ("聚焦兴产业、塑风貌，绘就和美乡村新图景", "乡村振兴"),
    ("聚焦强功能、优环境，打造城市提质新样板", "城市建设"),
    ("突出优化环境，在改革开放上开新局", "开发开放"),
  ])
  func heading(title: String, area: String) {
    #expect(Areas.area(ofHeading: title) == area)
    // A scalar that is not plain (U+2000, canonically U+2002) takes the
    // Character path, which must give the same area.
    #expect(Areas.area(ofHeading: title + "\u{2000}") == area)
  }

  @Test func planSectionsOfTheBundledReport() throws {
    let graph = try ReportFile.loadGraph(paths: [])
    let areas = graph.sections.filter {
      $0.part == .plan || $0.parent != nil && $0.path.hasPrefix("二")
    }
    .map { ($0.path, $0.area ?? "") }
    #expect(areas.map(\.1) == ["总体目标", "经济发展", "开发开放", "城市建设", "民生", "政府建设"])
    #expect(graph.sections.first { $0.path == "一" }?.area == nil)
  }
}
