// LineReader.swift: where the shell's lines come from. `EditLineReader` edits
// on a terminal with libedit; `PlainLineReader` reads piped input with no
// prompt and no history. The shell never knows which one it has.

/// What one read gave.
public enum LineInput: Sendable, Hashable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the line being typed was dropped; the shell goes on.
  case cancelled
  /// Ctrl-D on an empty line, or the end of piped input.
  case end
}

/// A source of lines for the shell.
public protocol LineReader {
  /// The next line, shown after `prompt` where there is a terminal.
  mutating func read(prompt: String) -> LineInput
  /// Records a finished statement in history (no-op where there is none).
  mutating func remember(_ statement: String)
  /// History entries, oldest first (empty where there is none).
  func entries() -> [String]
  /// Answers Tab with this completer from now on (no-op without a terminal).
  mutating func use(_ completer: Completer)
}

/// Reads standard input line by line: no prompt, no history, no completion.
public struct PlainLineReader: LineReader {
  public init() {}
  public mutating func read(prompt: String) -> LineInput {
    Swift.readLine(strippingNewline: true).map(LineInput.line) ?? .end
  }
  public mutating func remember(_ statement: String) {}
  public func entries() -> [String] { [] }
  public mutating func use(_ completer: Completer) {}
}
