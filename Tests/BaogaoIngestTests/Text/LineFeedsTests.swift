// LineFeedsTests.swift: the memchr line-feed finder and the line split built
// on it give what a split of the scalars at "\n" gives.
import Testing

@testable import BaogaoIngest

@Suite struct LineFeedsTests {
  @Test(arguments: ["", "\n", "a", "城市\n建设", "\n\n城\r\n市\n", "末尾无换行", "一、\n（一）\n"])
  func splitMatchesScalarSplit(_ text: String) {
    let expected = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String(String.UnicodeScalarView($0)) }
    #expect(Clean.splitLines(text).map(String.init) == expected)
    let feeds = LineFeeds.withBytes(of: text, LineFeeds.offsets)
    #expect(feeds == Array(text.utf8).indices.filter { Array(text.utf8)[$0] == 0x0A })
  }
}
