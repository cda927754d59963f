// Golden.swift: the one golden-file check. Compares text with a recorded
// file and names the first line that differs. With BAOGAO_RECORD=1 (or the
// older BAOGAO_UPDATE_GOLDEN=1) it rewrites the file and fails, so that a
// recording run can never pass as a check: run again without it, and read
// `git diff` of the goldens.
import Foundation
import Testing

public enum Golden {
  /// True when this run records goldens instead of checking them.
  public static var isRecording: Bool {
    let environment = ProcessInfo.processInfo.environment
    return environment["BAOGAO_RECORD"] == "1" || environment["BAOGAO_UPDATE_GOLDEN"] == "1"
  }

  /// Checks `text` against the file at `url` (or records it).
  public static func assert(
    _ text: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if isRecording {
      do {
        try Data(text.utf8).write(to: url)
        Issue.record(
          "recorded \(url.lastPathComponent); run again without BAOGAO_RECORD",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: url) else {
      Issue.record(
        "no golden \(url.path); record it with BAOGAO_RECORD=1", sourceLocation: sourceLocation)
      return
    }
    let golden = String(decoding: data, as: UTF8.self)
    guard text != golden else { return }
    let got = text.split(separator: "\n", omittingEmptySubsequences: false)
    let want = golden.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(got.count, want.count)
    let gotLine = line < got.count ? String(got[line]) : "<end>"
    let wantLine = line < want.count ? String(want[line]) : "<end>"
    Issue.record(
      "\(url.lastPathComponent) differs at line \(line + 1): got \(gotLine), want \(wantLine)",
      sourceLocation: sourceLocation)
  }
}
