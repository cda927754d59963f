// LineReader.swift: where the shell's lines come from. `EditLineReader` edits
// on a terminal with libedit; `PlainLineReader` reads piped input with no
// prompt and no history. The shell never knows which one it has.
#if canImport(Glibc)
  import Glibc
#endif

public protocol LineReader {
  /// The next line without its newline, or nil at end of input.
  mutating func readLine(prompt: String) -> String?
  /// Records a finished statement in history (no-op where there is none).
  mutating func remember(_ statement: String)
}

/// Reads standard input line by line: no prompt, no history.
public struct PlainLineReader: LineReader {
  public init() {}
  public mutating func readLine(prompt: String) -> String? {
    Swift.readLine(strippingNewline: true)
  }
  public mutating func remember(_ statement: String) {}
}
