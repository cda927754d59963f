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

/// One key of `order by`.
public struct OrderKey: Sendable, Hashable {
  public var field: Name
  public var descending: Bool
}

/// `limit N [offset M]`, checked to fit an `Int`.
public struct Limit: Sendable, Hashable {
  public var count: Int
  public var offset: Int
}

/// `KIND[(cols)] [where …] [order by …] [limit …]` or `select cols from KIND …`.
public struct ListQuery: Sendable, Hashable {
  public var kind: Name
  /// Chosen columns; nil for the kind's export fields.
  public var columns: [Name]?
  public var filter: Condition?
  public var order: [OrderKey]
  public var limit: Limit?
}

/// `count KIND [where …] [group by FIELD] [limit …]`
public struct CountQuery: Sendable, Hashable {
  public var kind: Name
  public var filter: Condition?
  public var groupBy: Name?
  public var limit: Limit?
}

/// One statement of the query language.
public enum Statement: Sendable, Hashable {
  case list(ListQuery)
  case count(CountQuery)
  /// `show ID`
  case show(Name)
}
