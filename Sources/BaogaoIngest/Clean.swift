// Clean.swift: step 2 of ingest.
// Drops web-page junk (navigation, share buttons, 上一篇/下一篇, ICP footers,
// captions, 责任编辑 lines) from the decoded text and keeps what it dropped, so
// the `junk` kind can show users what the cleaner removed. It never removes the
// censor marks `*` and U+FFFD: they are lost characters, not junk.

/// A piece of the raw text that the cleaner dropped.
public struct CleanedJunk: Sendable, Hashable {
  public var text: String
  public var reason: String
  public var line: Int

  public init(text: String, reason: String, line: Int) {
    self.text = text
    self.reason = reason
    self.line = line
  }
}

public enum Clean {
  /// Splits decoded text into lines, trims white space (including the
  /// ideographic space U+3000), and separates report lines from junk.
  public static func lines(of text: String) -> (lines: [Line], junk: [CleanedJunk]) {
    var lines: [Line] = []
    var junk: [CleanedJunk] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = trimSpaces(raw)
      if trimmed.isEmpty { continue }
      if let reason = junkReason(trimmed) {
        junk.append(CleanedJunk(text: trimmed, reason: reason, line: index + 1))
      } else {
        lines.append(Line(text: trimmed, number: index + 1))
      }
    }
    return (lines, junk)
  }

  static func trimSpaces(_ s: Substring) -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" }
    guard let first = s.firstIndex(where: { !isSpace($0) }),
      let last = s.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(s[first...last])
  }

  /// Markers of site navigation lines: a line that contains one of these and
  /// no sentence end mark is not the report's.
  static let navigationMarkers = [
    "上一篇", "下一篇", "较旧一篇", "较新一篇", "责任编辑", "ICP备", "版权所有", "Copyright",
  ]

  static func junkReason(_ line: String) -> String? {
    for marker in navigationMarkers where line.contains(marker) {
      return "navigation"
    }
    return nil
  }
}
