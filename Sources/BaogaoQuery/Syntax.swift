// Syntax.swift: the syntax tree the parser gives and the checker reads.
// Every name and value keeps its span, so that a later stage can still point
// at it. `and`/`or` hold lists, not pairs: a chain of 100,000 `or`s stays one
// level deep, and nothing that walks the tree can overflow the stack on it.

/// A word of the query as written, with where it stands: a kind, field or id.
public struct Name: Sendable, Hashable {
  public var text: String
  public var span: SourceSpan
}

/// A value as written: a number, a bare word or a quoted string.
public struct Literal: Sendable, Hashable {
  /// The text of the value (a number as written; a string without quotes).
  public var text: String
  /// True when written as a number token.
  public var isNumber: Bool
  public var span: SourceSpan
}

/// A comparison operator of a condition.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  /// `~`: the field's text contains the value.
  case contains = "~"
  /// `!~`: the field's text does not contain the value.
  case notContains = "!~"
}

/// The condition after `where`.
public indirect enum Condition: Sendable, Hashable {
  /// Every one of the conditions holds.
  case all([Condition])
  /// At least one of the conditions holds.
  case any([Condition])
  /// `not c`
  case not(Condition)
  /// `field op value`
  case compare(Name, ComparisonOperator, Literal)
  /// `field [not] in (v1, v2, …)`
  case member(Name, [Literal], negated: Bool)
  /// `field is [not] null`
  case isNull(Name, negated: Bool)
}

/// A function of a column over the rows of a group.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
  case count, sum, avg, min, max
}

/// `sum(value)`, `count(*)`, `count(distinct name)`.
public struct AggregateCall: Sendable, Hashable {
  public var function: AggregateFunction
  /// The field; nil for `*`.
  public var field: Name?
  public var distinct: Bool
  /// From the function's name to the closing bracket.
  public var span: SourceSpan

  /// How a column heading names it: `sum(value)`, `count`, `count(distinct name)`.
  public var heading: String {
    guard let field else { return function.rawValue }
    let inner = (distinct ? "distinct " : "") + field.text.lowercased()
    return function.rawValue + "(" + inner + ")"
  }
}

/// What a column or an `order by` key computes.
public enum Expression: Sendable, Hashable {
  /// A field or a field path: `name`, `section.path`, `report.year`.
  case field(Name)
  case aggregate(AggregateCall)

  public var span: SourceSpan {
    switch self {
    case .field(let name): name.span
    case .aggregate(let call): call.span
    }
  }

  /// The column heading it gives without an alias.
  public var heading: String {
    switch self {
    case .field(let name): name.text
    case .aggregate(let call): call.heading
    }
  }
}

/// One column of a column list: an expression and, with `as`, its heading.
public struct Column: Sendable, Hashable {
  public var expression: Expression
  public var alias: Name?

  /// The heading the result shows.
  public var text: String { alias?.text ?? expression.heading }
}

/// One key of `order by`.
public struct OrderKey: Sendable, Hashable {
  public var expression: Expression
  public var descending: Bool
}

/// `limit N [offset M]`, checked to fit an `Int`.
public struct Limit: Sendable, Hashable {
  public var count: Int
  public var offset: Int
}

/// What a list and a count both end with (Parser.parseClauses): where,
/// group by, order by, limit. Each query holds one and reads its fields as
/// its own (`query.filter`).
public struct Clauses: Sendable, Hashable {
  public var filter: Condition?
  public var groupBy: [Name] = []
  public var order: [OrderKey] = []
  public var limit: Limit?
}

/// `KIND[(cols)] …` or `select [distinct] cols from KIND [where …] [group by …]
/// [order by …] [limit …]`.
@dynamicMemberLookup
public struct ListQuery: Sendable, Hashable {
  public var kind: Name
  /// Chosen columns; nil for the kind's default columns.
  public var columns: [Column]?
  /// `distinct`: rows that show the same values once.
  public var distinct = false
  public var clauses = Clauses()

  public subscript<Clause>(dynamicMember clause: WritableKeyPath<Clauses, Clause>) -> Clause {
    get { clauses[keyPath: clause] }
    set { clauses[keyPath: clause] = newValue }
  }
}

/// `count KIND [where …] [group by FIELD, …] [order by …] [limit …]`, or
/// `count distinct FIELD from KIND …`.
@dynamicMemberLookup
public struct CountQuery: Sendable, Hashable {
  public var kind: Name
  /// `count distinct FIELD from KIND`: the number of distinct values, not rows.
  public var distinctField: Name?
  public var clauses = Clauses()

  public subscript<Clause>(dynamicMember clause: WritableKeyPath<Clauses, Clause>) -> Clause {
    get { clauses[keyPath: clause] }
    set { clauses[keyPath: clause] = newValue }
  }
}

/// The statements that read a report's text rather than its nodes.
public enum ReadingCommand: String, Sendable, Hashable, CaseIterable {
  /// `outline`: the section tree.
  case outline
  /// `text PATH`: the paragraphs of a section and its subsections.
  case text
  /// `search WORD`: the sentences that contain the word.
  case search
}

/// `outline`, `text PATH`, `search WORD`, each with `in REPORT`, `where` over
/// sections and `limit`.
public struct ReadingQuery: Sendable, Hashable {
  public var command: ReadingCommand
  public var commandSpan: SourceSpan
  /// The section path of `text`, the word of `search`; nil for `outline`.
  public var argument: Literal?
  /// `in REPORT`: a report's id or place.
  public var report: Literal?
  public var filter: Condition?
  public var limit: Limit?
}

/// `compare NAME [in REPORT] [where …]`: one indicator's targets across reports.
public struct CompareQuery: Sendable, Hashable {
  public var indicator: Literal
  public var report: Literal?
  /// Over indicators: `where kind = growth`.
  public var filter: Condition?
}

/// `chart [bars|line] [STATEMENT]`: a statement's result drawn as a chart
/// (ChartData.swift says which columns it draws); without a statement, the
/// last result.
public struct ChartQuery: Sendable, Hashable {
  /// `bars` or `line` as written; nil lets the data choose.
  public var style: ChartStyle?
  /// The `chart` keyword, where errors about the chart as a whole point.
  public var keywordSpan: SourceSpan
  /// The statement whose result is drawn; nil for the last result.
  public var statement: Statement?
  /// Where the statement starts, for errors about what it gives.
  public var statementSpan: SourceSpan
  /// The statement as typed, one space between tokens: the chart's title.
  public var title: String
}

/// One statement of the query language.
public enum Statement: Sendable, Hashable {
  case list(ListQuery)
  case count(CountQuery)
  /// `show ID`
  case show(Name)
  case reading(ReadingQuery)
  case compare(CompareQuery)
  indirect case chart(ChartQuery)
}
