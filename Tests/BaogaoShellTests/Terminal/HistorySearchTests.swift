// HistorySearchTests.swift: Ctrl-R's search, key by key, with Chinese text.
import Testing

@testable import BaogaoShell

@Suite struct HistorySearchTests {
  static let entries = [
    "targets where area = 城市建设", "places limit 3", "sections where title ~ 城市",
    "targets where area = 城市建设",
  ]

  @Test func typingNarrowsToTheNewestMatch() {
    var search = HistorySearch(entries: HistorySearchTests.entries)
    #expect(search.prompt == "(reverse-i-search)'': ")
    search.type("城")
    search.type("市")
    #expect(search.match == "targets where area = 城市建设")
    #expect(search.prompt == "(reverse-i-search)'城市': targets where area = 城市建设")
  }

  @Test func ctrlRAgainGoesOlder() {
    var search = HistorySearch(entries: HistorySearchTests.entries)
    search.type("城市")
    search.older()
    #expect(search.match == "sections where title ~ 城市")
    search.older()
    #expect(search.match == "targets where area = 城市建设")
    search.older()
    // Nothing older is left: the last match stays shown.
    #expect(search.failed)
    #expect(search.prompt == "(failed reverse-i-search)'城市': targets where area = 城市建设")
  }

  @Test func backspaceWidensAgain() {
    var search = HistorySearch(entries: HistorySearchTests.entries)
    search.type("plx")
    #expect(search.failed)
    search.deleteLast()
    #expect(!search.failed)
    #expect(search.match == "places limit 3")
  }
}
