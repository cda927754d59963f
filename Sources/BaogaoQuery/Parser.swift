// Parser.swift: step 2 of the query language.
// Turns the tokens of one statement (ending with `;` or the end of the source)
// into a `Statement`. Recursive descent, one method per grammar rule with the
// rule in its doc comment. Words are keywords only where the grammar wants one:
// `kind = count` compares with the word "count".

/// Parses one statement's tokens.
public struct Parser {
  /// Deepest nesting of brackets and `not`s. Each level costs a few stack
  /// frames; without a bound, "((((…" 10,000 deep would overflow the stack.
  /// Real conditions nest two or three levels.
  public static let maxDepth = 100

  var tokens: [Token]
  var position = 0
  var depth = 0

  /// `tokens` must end with a `;` or `.end` token, which ends the statement.
  init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses the tokens of one statement, which end with `;` or `.end`.
  public static func parse(_ tokens: [Token]) throws(QueryError) -> Statement {
    guard let last = tokens.last, last.kind == .end || last.kind == .semicolon else {
      let end = tokens.last?.span.end ?? 0
      var padded = tokens
      padded.append(Token(kind: .end, span: SourceSpan(start: end, end: end), text: ""))
      return try parse(padded)
    }
    var parser = Parser(tokens: tokens)
    return try parser.parseStatement()
  }

  // MARK: verbs

  var current: Token { tokens[min(position, tokens.count - 1)] }

  /// The token after the current one (the terminator at the end).
  var next: Token { tokens[min(position + 1, tokens.count - 1)] }

  var atEnd: Bool { current.kind == .end || current.kind == .semicolon }

  mutating func advance() -> Token {
    let token = current
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  /// Consumes the keyword when it is the current token; otherwise changes nothing.
  mutating func match(_ keyword: String) -> Bool {
    guard current.isKeyword(keyword) else { return false }
    position += 1
    return true
  }

  mutating func match(_ kind: TokenKind) -> Bool {
    guard current.kind == kind, !atEnd else { return false }
    position += 1
    return true
  }

  /// The error for the current token when `expected` was wanted. At the end of
  /// the source this is `incompleteInput`, which the shell meets with a
  /// continuation line; at a `;` it is an error.
  func failure(expected: String) -> QueryError {
    let token = current
    if token.kind == .unterminatedString {
      // The string swallowed the rest of the source: point at its opening
      // quote, the one place the user can fix. Still incomplete, so the shell
      // asks for the line that closes it.
      let quote = SourceSpan(start: token.span.start, end: token.span.start + 1)
      return .other(
        "unterminated string: the quote here is never closed", at: quote, isIncomplete: true)
    }
    if token.kind == .end {
      return .incompleteInput(expected: expected, at: token.span)
    }
    return .unexpected(found: token.quoted, expected: expected, at: token.span)
  }

  mutating func expect(_ kind: TokenKind, _ expected: String) throws(QueryError) -> Token {
    guard current.kind == kind, !atEnd else { throw failure(expected: expected) }
    return advance()
  }

  mutating func expectKeyword(_ keyword: String, _ expected: String) throws(QueryError) {
    guard match(keyword) else { throw failure(expected: expected) }
  }

  mutating func expectName(_ expected: String) throws(QueryError) -> Name {
    let token = try expect(.word, expected)
    return Name(text: token.text, span: token.span)
  }

  // MARK: rules

  /// statement : 'chart' chart | 'count' count | 'show' ID | 'select' select | reading
  ///           | compare | list
  mutating func parseStatement() throws(QueryError) -> Statement {
    let statement = try parseStatementBody()
    guard atEnd else { throw failure(expected: followers(of: statement)) }
    return statement
  }

  /// A statement up to where its grammar ends; `parseStatement` checks that
  /// the statement's tokens end there.
  mutating func parseStatementBody() throws(QueryError) -> Statement {
    let statement: Statement
    // No kind is called chart, count, show, select, outline, text, search or
    // compare, so at the start they are keywords.
    if current.isKeyword("chart") {
      statement = .chart(try parseChart())
    } else if match("count") {
      statement = .count(try parseCount())
    } else if match("show") {
      // An id, `#N`, or a name (quoted when it holds spaces).
      guard [.word, .number, .string].contains(current.kind), !atEnd else {
        throw failure(expected: "an id or a name after 'show', such as T1")
      }
      let token = advance()
      statement = .show(Name(text: token.text, span: token.span))
    } else if match("select") {
      statement = .list(try parseSelect())
    } else if let command = ReadingCommand.allCases.first(where: { current.isKeyword($0.rawValue) })
    {
      statement = .reading(try parseReading(command))
    } else if match("compare") {
      statement = .compare(try parseCompare())
    } else {
      statement = .list(try parseList())
    }
    return statement
  }

  /// What may follow a statement that stopped early, for the message.
  func followers(of statement: Statement) -> String {
    switch statement {
    case .show: return "end of statement after the id"
    case .chart(let query):
      guard let inner = query.statement else {
        return Parser.alternatives(
          (query.style == nil ? ["'bars'", "'line'"] : []) + ["a query", "';'"])
      }
      return followers(of: inner)
    case .count(let query):
      return Parser.alternatives(
        clauseWords(
          filter: query.filter, groups: query.groupBy, order: query.order, limit: query.limit))
    case .list(let query):
      return Parser.alternatives(
        clauseWords(
          filter: query.filter, groups: query.groupBy, order: query.order, limit: query.limit))
    case .reading(let query):
      var words: [String] = []
      if query.report == nil, query.filter == nil { words.append("'in'") }
      if query.filter == nil, query.limit == nil { words.append("'where'") }
      if query.filter != nil, query.limit == nil { words += ["'and'", "'or'"] }
      if query.limit == nil { words.append("'limit'") }
      return Parser.alternatives(words + ["';'"])
    case .compare(let query):
      var words: [String] = []
      if query.report == nil, query.filter == nil { words.append("'in'") }
      words += query.filter == nil ? ["'where'"] : ["'and'", "'or'"]
      return Parser.alternatives(words + ["';'"])
    }
  }

  /// The clauses that may still follow, in the order the grammar takes them.
  func clauseWords(filter: Condition?, groups: [Name], order: [OrderKey], limit: Limit?)
    -> [String]
  {
    var words: [String] = []
    let later = !groups.isEmpty || !order.isEmpty || limit != nil
    if filter == nil, !later { words.append("'where'") }
    if filter != nil, !later { words += ["'and'", "'or'"] }
    if groups.isEmpty, order.isEmpty, limit == nil { words.append("'group by'") }
    if !groups.isEmpty, order.isEmpty, limit == nil { words.append("','") }
    if order.isEmpty, limit == nil { words.append("'order by'") }
    if !order.isEmpty, limit == nil { words.append("','") }
    if limit == nil { words.append("'limit'") }
    return words + ["';'"]
  }

  /// `a`, `a or b`, `a, b or c`.
  static func alternatives(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    if words.count == 1 { return last }
    return words.dropLast().joined(separator: ", ") + " or " + last
  }

  /// chart : ('bars' | 'line')? statement?
  mutating func parseChart() throws(QueryError) -> ChartQuery {
    let keyword = advance()
    var style: ChartStyle?
    if current.kind == .word, let chosen = ChartStyle.words[current.text.lowercased()] {
      style = chosen
      _ = advance()
    }
    let start = position
    var query = ChartQuery(
      style: style, keywordSpan: keyword.span, statement: nil, statementSpan: current.span,
      title: "")
    guard !atEnd else { return query }
    // A chart draws a result; a chart of a chart would draw the same twice.
    guard !current.isKeyword("chart") else {
      throw .unexpected(
        found: current.quoted, expected: "a query after 'chart' (not another chart)",
        at: current.span)
    }
    query.statement = try parseStatementBody()
    query.title = Parser.title(of: tokens[start..<position])
    return query
  }

  /// The statement's tokens as one line, strings quoted again and no space
  /// inside brackets or before a comma: the title of its chart
  /// (`select name, value from indicators`).
  static func title(of tokens: some Collection<Token>) -> String {
    var title = ""
    var previous: Token?
    for token in tokens where token.kind != .end && token.kind != .semicolon {
      // `sum(value)`, `targets(area)`, but `in (a, b)`.
      let call =
        token.kind == .leftParen && previous?.kind == .word
        && previous?.isKeyword("in") == false
      let tight =
        [.comma, .rightParen].contains(token.kind) || previous?.kind == .leftParen || call
      if previous != nil, !tight { title += " " }
      title += token.kind == .string ? "\"" + token.text + "\"" : token.text
      previous = token
    }
    return title
  }

  /// list : KIND ('(' 'distinct'? columns ')')? clauses
  mutating func parseList() throws(QueryError) -> ListQuery {
    let kind = try expectName(
      "a kind such as 'targets', or 'count', 'show', 'select', 'search', 'compare'")
    var columns: [Column]?
    var distinct = false
    if match(.leftParen) {
      distinct = match("distinct")
      columns = try parseColumns(after: distinct ? "'distinct'" : "'('")
      _ = try expect(.rightParen, "',' or ')' after a column")
    }
    var query = try parseClauses(kind: kind, columns: columns)
    query.distinct = distinct
    return query
  }

  /// select : 'distinct'? ('*' | columns) 'from' KIND clauses
  mutating func parseSelect() throws(QueryError) -> ListQuery {
    var columns: [Column]?
    let distinct = match("distinct")
    if current.kind == .word, current.text == "*" {
      _ = advance()
    } else {
      columns = try parseColumns(after: distinct ? "'distinct'" : "'select'")
    }
    try expectKeyword("from", "',' or 'from' after the columns")
    let kind = try expectName("a kind after 'from'")
    var query = try parseClauses(kind: kind, columns: columns)
    query.distinct = distinct
    return query
  }

  /// A list of `kind` with its clauses.
  mutating func parseClauses(kind: Name, columns: [Column]?) throws(QueryError) -> ListQuery {
    var query = ListQuery(kind: kind, columns: columns)
    try parseClauses(into: &query.clauses)
    return query
  }

  /// clauses : where? group? order? limit?  (the tail of a list and of a count)
  mutating func parseClauses(into query: inout Clauses) throws(QueryError) {
    if match("where") { query.filter = try parseCondition() }
    query.groupBy = try parseGroupBy()
    query.order = try parseOrder()
    if match("limit") { query.limit = try parseLimit() }
  }

  /// count : KIND clauses | 'distinct' FIELD 'from' KIND clauses
  mutating func parseCount() throws(QueryError) -> CountQuery {
    var distinctField: Name?
    if match("distinct") {
      distinctField = try expectName("a field name after 'count distinct'")
      try expectKeyword("from", "'from' and a kind after the field")
    }
    let kind = try expectName("a kind after 'count'")
    var query = CountQuery(kind: kind, distinctField: distinctField)
    try parseClauses(into: &query.clauses)
    return query
  }

  /// limit : NUMBER ('offset' NUMBER)?
  mutating func parseLimit() throws(QueryError) -> Limit {
    let count = try parseCount(after: "'limit'")
    var offset = 0
    if match("offset") { offset = try parseCount(after: "'offset'") }
    return Limit(count: count, offset: offset)
  }

  /// A whole number ≥ 0 that fits an `Int`.
  mutating func parseCount(after what: String) throws(QueryError) -> Int {
    let token = try expect(.number, "a number after \(what)")
    guard let number = Double(token.text), number.isFinite, number.magnitude < 1e15 else {
      throw .numberOutOfRange(token.text, at: token.span)
    }
    guard let whole = Int(exactly: number), whole >= 0 else {
      throw .unexpected(
        found: token.quoted, expected: "a whole number ≥ 0 after \(what)", at: token.span)
    }
    return whole
  }

  /// condition : conjunction ('or' conjunction)*
  mutating func parseCondition() throws(QueryError) -> Condition {
    var terms = [try parseConjunction()]
    while match("or") { terms.append(try parseConjunction()) }
    return terms.count == 1 ? terms[0] : .any(terms)
  }

  /// conjunction : unary ('and' unary)*
  mutating func parseConjunction() throws(QueryError) -> Condition {
    var terms = [try parseUnary()]
    while match("and") { terms.append(try parseUnary()) }
    return terms.count == 1 ? terms[0] : .all(terms)
  }

  /// unary : 'not' unary | '(' condition ')' | comparison
  mutating func parseUnary() throws(QueryError) -> Condition {
    let start = current
    if current.kind == .leftParen || current.isKeyword("not") {
      depth += 1
      defer { depth -= 1 }
      guard depth <= Parser.maxDepth else { throw .tooDeep(limit: Parser.maxDepth, at: start.span) }
      if match(.leftParen) {
        let inner = try parseCondition()
        _ = try expect(.rightParen, "'and', 'or' or ')'")
        return inner
      }
      _ = advance()
      return .not(try parseUnary())
    }
    return try parseComparison()
  }

  /// comparison : FIELD (OP value | 'not'? 'in' '(' value (',' value)* ')' | 'is' 'not'? 'null')
  mutating func parseComparison() throws(QueryError) -> Condition {
    let field = try expectName("a field name, 'not' or '('")
    if match("is") {
      let negated = match("not")
      try expectKeyword(
        "null", negated ? "'null' after 'is not'" : "'null' or 'not null' after 'is'")
      return .isNull(field, negated: negated)
    }
    if current.isKeyword("not"), next.isKeyword("in") {
      _ = advance()
      _ = advance()
      return .member(field, try parseValueList(), negated: true)
    }
    if match("in") { return .member(field, try parseValueList(), negated: false) }
    guard let op = Parser.operators[current.kind], !atEnd else {
      throw failure(expected: "an operator (= != < <= > >= ~ !~ in is) after '\(field.text)'")
    }
    _ = advance()
    return .compare(field, op, try parseValue(after: "'\(op.rawValue)'"))
  }

  /// Operator tokens and what they compare.
  static let operators: [TokenKind: ComparisonOperator] = [
    .equal: .equal,  // =
    .notEqual: .notEqual,  // != and <>
    .less: .less,  // <
    .lessEqual: .lessEqual,  // <=
    .greater: .greater,  // >
    .greaterEqual: .greaterEqual,  // >=
    .tilde: .contains,  // ~ contains
    .notTilde: .notContains,  // !~ does not contain
  ]

  /// '(' value (',' value)* ')'
  mutating func parseValueList() throws(QueryError) -> [Literal] {
    _ = try expect(.leftParen, "'(' after 'in'")
    var values = [try parseValue(after: "'('")]
    while match(.comma) { values.append(try parseValue(after: "','")) }
    _ = try expect(.rightParen, "',' or ')' in the list of values")
    return values
  }

  /// value : NUMBER | WORD | STRING
  mutating func parseValue(after what: String) throws(QueryError) -> Literal {
    let token = current
    switch token.kind {
    case .number, .word, .string:
      _ = advance()
      return Literal(text: token.text, isNumber: token.kind == .number, span: token.span)
    default:
      throw failure(expected: "a value after \(what)")
    }
  }
}
