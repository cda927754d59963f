// GazetteerTests.swift: the bundled gazetteer's units, towns and bounds, and
// the phrase index that counts names.
import BaogaoGraph
import Testing

@testable import BaogaoIngest

@Suite struct GazetteerTests {
  @Test func dinghaiAndItsTowns() throws {
    let g = Gazetteer.bundled
    let dinghai = try #require(g.units(named: "定海区").first)
    #expect(g.units[dinghai].short == "定海")
    #expect(g.ancestors(of: dinghai).map { g.units[$0].name } == ["舟山市", "浙江省"])
    let towns = g.towns(of: dinghai)
    #expect(towns.contains { $0.name == "金塘镇" && $0.short == "金塘" && $0.type == .town })
    #expect(towns.contains { $0.name == "双桥街道" && $0.short == "双桥" && $0.type == .subdistrict })
    #expect(g.isCounty(dinghai))
    #expect(!g.isCounty(try #require(g.units(named: "舟山市").first)))
  }

  /// `Gazetteer.type` reads a column it does not know as `other`; the
  /// generated file must hold none, in its head rows or its towns.
  @Test func everyRowsTypeIsAPlaceType() {
    let g = Gazetteer.bundled
    let text = String(decoding: g.bytes, as: UTF8.self)
    var columns: Set<String> = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if fields.count >= 3 { columns.insert(String(fields[2])) }
    }
    #expect(columns.count > 10)
    #expect(columns.filter { PlaceType(rawValue: $0) == nil }.isEmpty)
    // The table of types by name reads each column as its raw value does.
    for column in columns { #expect(Gazetteer.type(column) == PlaceType(rawValue: column)) }
    for type in PlaceType.allCases { #expect(Gazetteer.type(type.rawValue) == type) }
    #expect(Gazetteer.type("省份") == .other)
  }

  @Test func aCountysVillagesThatNoSuffixRuleFinds() throws {
    let g = Gazetteer.bundled
    let boye = try #require(g.units(named: "博野县").first)
    let villages = g.villages(of: boye)
    #expect(villages.contains("许村"))
    // Villages with stems of two or three characters are the suffix rule's.
    #expect(villages.allSatisfy { $0.hasSuffix("村") && ($0.count == 2 || $0.count >= 5) })
    #expect(g.villages(of: try #require(g.units(named: "保定市").first)).isEmpty)
    #expect(g.villages(of: -1).isEmpty)
  }

  @Test func foreignCitiesAndOfficialNamesPointAtTheirCountry() throws {
    let g = Gazetteer.bundled
    let city = try #require(g.units(named: "乌兰巴托").first)
    #expect(g.units[city].type == .foreignCity)
    let official = try #require(g.units(named: "蒙古国").first)
    #expect(g.units[official].parent == g.units[city].parent)
    #expect(g.units(named: "万象").isEmpty)  // Vientiane, and an ordinary word
  }

  @Test func countriesAreThere() {
    #expect(!Gazetteer.bundled.units(named: "澳大利亚").isEmpty)
    #expect(!Gazetteer.bundled.units(named: "中国").isEmpty)
  }

  @Test func malformedFilesDoNotCrash() {
    let bad = Array("甲\t甲\t省\t99\t999999,5\n乙\n\t\t\n#towns\n丙\n".utf8)
    let g = Gazetteer(bytes: bad)
    #expect(g.units.count == 1)
    #expect(g.units[0].parent == nil)
    #expect(g.towns(of: 0).isEmpty)
    #expect(g.towns(of: 7).isEmpty)
    #expect(g.ancestors(of: -1).isEmpty)
    #expect(Gazetteer(bytes: []).units.isEmpty)
    #expect(Gazetteer(bytes: [0xFF, 0x0A, 0x09, 0x0A]).units.isEmpty)
  }

  @Test func phraseIndexTakesTheLongestLeftmostMatch() {
    let index = PhraseIndex([("城北", 1), ("环城北路", 2), ("定海", 3), ("定海湾", 4), ("甬", 5)])
    let found = index.matches(in: "环城北路、城北和定海湾、定海,甬").map(\.value)
    #expect(found == [2, 1, 4, 3])
  }
}
