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
  /// The row's number compares so with the value (`<`, `>=` … on numbers).
  case numeric(FieldRef, ComparisonOperator, Double)
  /// One of the row's folded texts compares so with the value (`<` on text).
  case ordered(FieldRef, ComparisonOperator, String)
  /// The field is null, empty text or an empty list.
  case isNull(FieldRef)
}

/// A checked statement.
enum Plan: Sendable {
  /// Rows of a kind: which columns, which rows, in which order, how many.
  case list(
    kind: KindSpec, columns: [FieldSpec], filter: Filter?, order: [(FieldSpec, Bool)], limit: Limit?
  )
  /// The number of rows, or of rows per value of a field.
  case count(kind: KindSpec, filter: Filter?, groupBy: FieldSpec?, limit: Limit?)
  /// One node with everything about it; the span is the id's, for an unknown id.
  case show(id: String, span: SourceSpan)
}
