// Cancellation.swift: stopping a running statement from outside (Ctrl-C in
// the shell, issue 17: a `search` over many reports must not hold the shell
// until it ends). The evaluator's loops look at `Cancellation.current` every
// `Cancellation.stride` rows and stop early; the engine then gives the
// statement `QueryError.interrupted` instead of the rows found so far, and the
// statements after it do not run.

/// A way to ask a running statement to stop.
public struct Cancellation: Sendable {
  /// Rows a loop handles between two looks at the request: a look costs a
  /// task-local read and the closure, a row a few comparisons.
  static let stride = 256

  private let request: @Sendable () -> Bool

  /// `isRequested` is asked from the thread that runs the statement; it must
  /// be cheap and safe to call from there (reading an atomic flag).
  public init(_ isRequested: @escaping @Sendable () -> Bool) {
    request = isRequested
  }

  /// Never asks to stop: scripts, tests, completion.
  public static let never = Cancellation { false }

  public var isRequested: Bool { request() }

  /// The cancellation of the statement running on this task (QueryEngine.run
  /// sets it), so that the evaluator's functions need no extra parameter.
  @TaskLocal static var current = Cancellation.never

  /// True when the loop at `index` should stop: asked every `stride` rows.
  static func stops(at index: Int) -> Bool {
    index % stride == 0 && current.isRequested
  }

  /// True when the running statement should stop, for loops whose every turn
  /// is long (a section's sentences).
  static var stopsNow: Bool { current.isRequested }
}
