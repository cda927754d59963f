// SchemaTests.swift: the public schema API the shell's completion uses.
import BaogaoGraph
import Testing

@testable import BaogaoQuery

@Suite struct SchemaTests {
  @Test func kindNamesArePluralAndComplete() {
    #expect(
      Schema.kindNames == [
        "reports", "sections", "indicators", "targets", "places", "projects", "organizations",
        "reconciliations", "junk",
      ])
  }

  @Test func fieldsAcceptAnyNameOfTheKind() {
    #expect(Schema.fields(ofKind: "figures") == Schema.fields(ofKind: "indicators"))
    #expect(Schema.fields(ofKind: "Target")?.prefix(4) == ["id", "report", "section", "area"])
    #expect(Schema.fields(ofKind: "nothing") == nil)
  }

  @Test func defaultColumnsAreTheContractsInOrder() {
    #expect(
      Schema.kind(named: "indicators")?.defaultColumns.map(\.name) == [
        "id", "report", "section", "name", "value", "unit", "kind", "qualifiers", "part", "span",
        "place", "indicator", "scope", "direction", "amount",
      ])
    #expect(
      Schema.kind(named: "places")?.defaultColumns.map(\.name) == [
        "id", "report", "name", "type", "mentions",
      ])
  }

  @Test func valuesAreDistinctMostFrequentFirst() {
    let graph = SampleGraph.graph
    #expect(Schema.values(ofField: "area", kind: "targets", in: graph) == ["城市建设", "产业"])
    #expect(Schema.values(ofField: "unit", kind: "figures", in: graph) == ["%", "亿元"])
    // Links give names, which is what a condition on them compares with.
    #expect(
      Schema.values(ofField: "place", kind: "projects", in: graph) == ["金塘镇", "金塘", "岑港街道", "岑港"])
    #expect(Schema.values(ofField: "nosuch", kind: "targets", in: graph) == [])
    #expect(Schema.values(ofField: "area", kind: "nosuch", in: graph) == [])
  }

  @Test func keywordsAndOperatorsForCompletion() {
    #expect(Schema.keywords.contains("where"))
    #expect(Schema.keywords.contains("group"))
    #expect(Schema.operators.prefix(7) == ["=", "!=", "<", "<=", ">", ">=", "~"])
  }
}
