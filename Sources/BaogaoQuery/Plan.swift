// Plan.swift: a checked statement, ready to evaluate.
// The checker resolves every name against the schema and types every value,
// so the evaluator never meets an unknown name or an untyped literal.

/// A field resolved against its kind.
struct FieldRef: Sendable {
  var kind: KindSpec
  var field: FieldSpec
}

/// A checked condition. `!=`, `not in` and `is not null` are `not` of the
/// positive test, so that "no value" reads the same way everywhere.
indirect enum Filter: Sendable {
  case all([Filter])
  case any([Filter])
  case not(Filter)
  /// One of the row's folded texts is in the set (`=`, `in`).
  case equals(FieldRef, Set<String>)
  /// One of the row's folded texts contains these UTF-8 bytes (`~`).
  case contains(FieldRef, [UInt8])
  /// One of the row's numbers compares so with the value (`<`, `>=` … on numbers).
  case numeric(FieldRef, ComparisonOperator, Double)
  /// One of the row's folded texts compares so with the value (`<` on text).
  case ordered(FieldRef, ComparisonOperator, String)
  /// The field is null, empty text or an empty list.
  case isNull(FieldRef)
}

/// One column of a list: its heading and field.
struct ListColumn: Sendable {
  var heading: String
  var field: FieldSpec
}

/// One key of `order by`, resolved: a field of the kind (list statements) or
/// a column of the result (grouped statements).
struct SortKey<Term: Sendable>: Sendable {
  var term: Term
  var descending: Bool
}

/// Rows of a kind: which columns, which rows, in which order, how many.
struct ListPlan: Sendable {
  var kind: KindSpec
  var columns: [ListColumn]
  var filter: Filter?
  var order: [SortKey<FieldSpec>]
  var limit: Limit?
  /// Rows that show the same values are shown once.
  var distinct = false
}

/// An aggregate resolved against its kind: `sum(value)`, `count(*)`.
struct AggregateSpec: Sendable {
  var function: AggregateFunction
  /// nil for `count(*)`.
  var field: FieldSpec?
  var distinct: Bool

  func isSame(as other: AggregateSpec) -> Bool {
    function == other.function && field?.name == other.field?.name && distinct == other.distinct
  }
}

/// A column of a grouped result.
enum GroupColumn: Sendable {
  /// The value of group field N.
  case group(Int)
  case aggregate(AggregateSpec)
}

/// Rows of a kind gathered into groups, with aggregates per group.
struct AggregatePlan: Sendable {
  var kind: KindSpec
  var filter: Filter?
  /// `group by` fields; none gives one row over every row.
  var groups: [FieldSpec]
  /// The columns: the first `headings.count` are shown, the rest only order.
  var columns: [GroupColumn]
  var headings: [String]
  /// Column index and descending, key by key.
  var order: [SortKey<Int>]
  /// Without `order by`: most rows first (count statements), else as first met.
  var ranksByCount: Bool
  var limit: Limit?
}

/// `outline`, `text PATH`, `search WORD` over the sections a filter keeps.
struct ReadingPlan: Sendable {
  var command: ReadingCommand
  /// The folded word of `search`; the path of `text`, as written.
  var argument: String
  var argumentSpan: SourceSpan
  /// Over sections: `in REPORT`, `where …` and, for `text`, the path.
  var filter: Filter?
  var limit: Limit?
  /// Show the report column: several reports, or a format for other tools.
  var showsReport: Bool
  /// Indent titles by depth (the outline as a reader sees it).
  var indents: Bool
}

/// `compare NAME`: one indicator's plan figures, report by report.
struct ComparePlan: Sendable {
  /// The fields the name is matched on: the canonical `indicator` and the
  /// name as written.
  var match: [FieldRef]
  var name: String
  /// Over indicators.
  var filter: Filter?
  /// Ids of the reports to compare; nil for every loaded report.
  var reports: Set<String>?
  /// Report fields shown beside each row: place, level, year, as the schema has them.
  var reportFields: [FieldSpec]
}

/// `chart [bars|line] [STATEMENT]`, checked.
struct ChartPlan: Sendable {
  var style: ChartStyle?
  /// The statement to draw; nil draws the last result.
  var statement: Plan?
  var title: String
  /// Where an error about what there is to draw points: the `chart` keyword.
  var span: SourceSpan
}

/// A checked statement.
enum Plan: Sendable {
  case list(ListPlan)
  /// The number of rows, or of rows per value of one field: the indexed path.
  case count(kind: KindSpec, filter: Filter?, groupBy: FieldSpec?, limit: Limit?)
  case aggregate(AggregatePlan)
  /// One node with everything about it; the span is the id's, for an unknown id.
  case show(id: String, span: SourceSpan)
  case reading(ReadingPlan)
  case compare(ComparePlan)
  indirect case chart(ChartPlan)
}
