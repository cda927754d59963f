// LexerTests.swift: tokens, spans, comments and bad input.
import Testing

@testable import BaogaoQuery

@Suite struct LexerTests {
  func kinds(_ text: String) -> [TokenKind] { Lexer.tokens(of: text).map(\.kind) }

  @Test func cutsWordsOperatorsAndNumbers() {
    #expect(
      kinds("targets where area = 城市建设 and value >= -1.5e3")
        == [.word, .word, .word, .equal, .word, .word, .word, .greaterEqual, .number, .end])
  }

  @Test func spansAreUTF8Offsets() {
    let tokens = Lexer.tokens(of: "城市 = x")
    #expect(tokens[0].span == SourceSpan(start: 0, end: 6))
    #expect(tokens[1].span == SourceSpan(start: 7, end: 8))
  }

  @Test func commentsRunToEndOfLine() {
    #expect(kinds("sections -- all of them; really\n; places") == [.word, .semicolon, .word, .end])
  }

  @Test func stringsKeepSpacesAndEscapes() {
    let tokens = Lexer.tokens(of: #"'it''s' "a \"b\" c""#)
    #expect(tokens.map(\.text) == ["it's", #"a "b" c"#, ""])
    #expect(tokens[0].kind == .string)
  }

  @Test func unterminatedStringRunsToEnd() {
    let tokens = Lexer.tokens(of: "name = '收入")
    #expect(tokens[2].kind == .unterminatedString)
    #expect(tokens[2].text == "收入")
  }

  @Test func fullWidthBracketsStayInWords() {
    #expect(Lexer.tokens(of: "二.（三）").map(\.text) == ["二.（三）", ""])
  }

  @Test func asciiBracketsAfterADotStayInSectionPaths() {
    #expect(Lexer.tokens(of: "二.(三) x(y)").map(\.text) == ["二.(三)", "x", "(", "y", ")", ""])
    #expect(Lexer.tokens(of: "二.( 三)").map(\.text) == ["二.", "(", "三", ")", ""])
  }

  @Test func ideographicSpaceSeparates() {
    #expect(Lexer.tokens(of: "城市\u{3000}建设").map(\.text) == ["城市", "建设", ""])
  }

  @Test func notEqualSpellings() {
    #expect(kinds("a != b <> c") == [.word, .notEqual, .word, .notEqual, .word, .end])
  }

  @Test func loneBangIsIllegal() {
    #expect(kinds("a ! b") == [.word, .illegal, .word, .end])
  }

  @Test(arguments: ["5", "-5", "+5", "1.5", ".5", "5.", "1e400", "2E-3"])
  func numbers(_ text: String) {
    #expect(Lexer.tokens(of: text)[0].kind == .number)
  }

  @Test(arguments: ["5G", "2018年", "1e", "-", "e5", "1.2.3"])
  func wordsThatStartLikeNumbers(_ text: String) {
    #expect(Lexer.tokens(of: text)[0].kind == .word)
  }
}
