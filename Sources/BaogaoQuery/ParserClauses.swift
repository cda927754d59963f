// ParserClauses.swift: the grammar rules of columns, aggregates, groups and
// order keys, and of the reading statements (outline, text, search) and
// compare. Same recursive descent as Parser.swift, one method per rule.

extension Parser {
  /// columns : column (',' column)*
  mutating func parseColumns(after what: String) throws(QueryError) -> [Column] {
    var columns = [try parseColumn(after: what)]
    while match(.comma) { columns.append(try parseColumn(after: "','")) }
    return columns
  }

  /// column : expression ('as' NAME)?
  mutating func parseColumn(after what: String) throws(QueryError) -> Column {
    let expression = try parseExpression(expected: "a field name or an aggregate after \(what)")
    var alias: Name?
    if match("as") { alias = try expectName("a column name after 'as'") }
    return Column(expression: expression, alias: alias)
  }

  /// expression : FIELD | AGGREGATE '(' ('*' | 'distinct'? FIELD) ')'
  mutating func parseExpression(expected: String) throws(QueryError) -> Expression {
    let name = try expectName(expected)
    // `sum(` is a call; `sum` alone would be a field (no kind has one, and the
    // checker says so with the kind's fields).
    guard current.kind == .leftParen,
      let function = AggregateFunction.allCases.first(where: {
        name.text.lowercased() == $0.rawValue
      })
    else { return .field(name) }
    _ = advance()
    var field: Name?
    var distinct = false
    if current.kind == .word, current.text == "*" {
      guard function == .count else {
        throw .unexpected(
          found: current.quoted, expected: "a field name inside \(function.rawValue)(…)",
          at: current.span)
      }
      _ = advance()
    } else {
      distinct = match("distinct")
      field = try expectName(
        function == .count ? "a field name, '*' or 'distinct' after 'count('" : "a field name")
    }
    let close = try expect(.rightParen, "')' after the aggregate's field")
    let span = SourceSpan(start: name.span.start, end: close.span.end)
    return .aggregate(
      AggregateCall(function: function, field: field, distinct: distinct, span: span))
  }

  /// group : 'group' 'by' FIELD (',' FIELD)*
  mutating func parseGroupBy() throws(QueryError) -> [Name] {
    guard match("group") else { return [] }
    try expectKeyword("by", "'by' after 'group'")
    var fields = [try expectName("a field name after 'group by'")]
    while match(.comma) { fields.append(try expectName("a field name after ','")) }
    return fields
  }

  /// order : 'order' 'by' expression ('asc' | 'desc')? (',' expression ('asc' | 'desc')?)*
  mutating func parseOrder() throws(QueryError) -> [OrderKey] {
    guard match("order") else { return [] }
    try expectKeyword("by", "'by' after 'order'")
    var keys: [OrderKey] = []
    repeat {
      let expression = try parseExpression(expected: "a field name to order by")
      var descending = false
      if match("desc") {
        descending = true
      } else {
        _ = match("asc")
      }
      keys.append(OrderKey(expression: expression, descending: descending))
    } while match(.comma)
    return keys
  }

  /// reading : 'outline' in? where? limit?
  ///         | ('text' | 'search') value in? where? limit?
  mutating func parseReading(_ command: ReadingCommand) throws(QueryError) -> ReadingQuery {
    let start = advance()
    var query = ReadingQuery(command: command, commandSpan: start.span)
    switch command {
    case .outline: break
    case .text:
      query.argument = try parseValue(after: "'text' (a section path such as 二.(三))")
    case .search:
      query.argument = try parseValue(after: "'search' (a word to look for)")
    }
    if match("in") { query.report = try parseValue(after: "'in' (a report's id or place)") }
    if match("where") { query.filter = try parseCondition() }
    if match("limit") { query.limit = try parseLimit() }
    return query
  }

  /// compare : value in? where?
  mutating func parseCompare() throws(QueryError) -> CompareQuery {
    var query = CompareQuery(indicator: try parseValue(after: "'compare' (an indicator's name)"))
    if match("in") { query.report = try parseValue(after: "'in' (a report's id or place)") }
    if match("where") { query.filter = try parseCondition() }
    return query
  }
}
