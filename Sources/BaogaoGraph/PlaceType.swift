// PlaceType.swift: what kind of place a place node is. The raw values are the
// words of the export (CONTRACT.md `places.type`) and of the gazetteer's type
// column (Scripts/gen-gazetteer.py, from jionlp), so a query says
// `places where type = 镇` and the export is unchanged.

/// The kind of a named place: an administrative level, or a kind of place that
/// a suffix or list rule recognises (Sources/BaogaoIngest/Places).
public enum PlaceType: String, Sendable, Hashable, Codable, CaseIterable {
  // Administrative levels, as the gazetteer writes them.
  case province = "省"
  case autonomousRegion = "自治区"
  case specialAdministrativeRegion = "特别行政区"
  /// 深圳经济特区 and the like.
  case specialZone = "特区"
  case city = "市"
  /// An autonomous prefecture (延边朝鲜族自治州).
  case prefecture = "州"
  /// A prefecture-level 地区 (阿里地区); also a list's items before 等地.
  case area = "地区"
  /// Inner Mongolia's prefecture level (锡林郭勒盟).
  case league = "盟"
  case district = "区"
  case county = "县"
  /// Inner Mongolia's county level (鄂温克族自治旗).
  case banner = "旗"
  /// 神农架林区.
  case forestryDistrict = "林区"
  case developmentZone = "开发区"
  case town = "镇"
  case township = "乡"
  /// Inner Mongolia's township level.
  case sumu = "苏木"
  case subdistrict = "街道"
  case country = "国家"
  case foreignCity = "国外城市"

  // Kinds the suffix, list and shape rules give (PlaceSuffixes, PlaceShapes).
  case village = "村"
  case community = "社区"
  case island = "岛"
  case road = "路"
  case water = "水体"
  case mountain = "山"
  case wetland = "湿地"
  case natureReserve = "自然保护区"
  case port = "港口"
  case portArea = "港区"
  /// 片区, 区块, 组团, 商务区: part of a town or district.
  case block = "片区/区块"
  /// A region above or across provinces or countries: 长三角, 东南亚, 欧盟.
  case region = "国家/地区"
  /// The items of a list that ends 等镇街 (towns or subdistricts).
  case townOrSubdistrict = "镇街"
  /// The items of a list that ends 等乡镇.
  case townOrTownship = "乡镇"
  /// The items of a list that ends 等县区 or 等区县.
  case countyOrDistrict = "县区"
  /// A place named only by a facility that stands there: 城北、和平路等7个幼儿园
  /// (dinghai-2018); also a gazetteer type this list does not know.
  case other
}
