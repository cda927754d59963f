// CompletionState.swift: where in a query the cursor stands, read from the
// words after the kind. A small state machine over the grammar of
// CONTRACT.md: KIND [where COND] [order by FIELD [asc|desc]] [group by FIELD]
// [limit N], where COND is `FIELD OP VALUE` joined by and/or/not/brackets.
import BaogaoQuery

/// What the next word of a query can be.
enum CompletionState: Equatable {
  case afterKind
  case expectField
  case expectOperator(field: String)
  case expectValue(field: String)
  /// Inside `FIELD in (…`: values, commas, `)`.
  case inList(field: String)
  /// After `FIELD is`: `null` or `not null`.
  case afterIs
  case afterCondition
  case expectBy
  case expectSortField
  case afterSortField
  case nothing

  /// The state after the words that follow the kind.
  static func after(_ words: [String], kind: String) -> CompletionState {
    let spec = Schema.kind(named: kind)
    var state = CompletionState.afterKind
    for word in words {
      let lower = word.lowercased()
      switch (state, lower) {
      case (.expectOperator, "is"):
        state = .afterIs
      case (.afterIs, "not"):
        state = .afterIs
      case (.afterIs, _):
        state = .afterCondition
      case (.expectOperator, "not"):
        break  // `not in`
      case (.expectOperator(let field), "in"):
        state = .expectValue(field: field)
      case (.expectValue(let field), "("), (.inList(let field), ","):
        state = .inList(field: field)
      case (.inList, ")"):
        state = .afterCondition
      case (.inList, _):
        break
      case (_, "where"), (_, "and"), (_, "or"), (.expectField, "not"), (.expectField, "("):
        state = .expectField
      case (_, "order"), (_, "group"):
        state = .expectBy
      case (.expectBy, "by"):
        state = .expectSortField
      case (_, "limit"):
        state = .nothing
      case (.expectField, _):
        if let field = spec?.field(named: lower) {
          state = .expectOperator(field: field.name)
        } else {
          // A path through a link (`section.path`): the completer resolves it.
          state = lower.contains(".") ? .expectOperator(field: lower) : .nothing
        }
      case (.expectOperator(let field), _) where word.allSatisfy(CompletionWords.isOperator):
        state = .expectValue(field: field)
      case (.expectValue, _):
        state = .afterCondition
      case (.afterCondition, ")"):
        state = .afterCondition
      case (.expectSortField, _):
        state = .afterSortField
      case (.afterSortField, "asc"), (.afterSortField, "desc"):
        state = .afterSortField
      case (.afterSortField, ","):
        state = .expectSortField  // order by year desc, value
      default:
        state = .nothing
      }
    }
    return state
  }
}
