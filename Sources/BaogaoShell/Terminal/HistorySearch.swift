// HistorySearch.swift: Ctrl-R, the incremental search through history, as
// readline has it. Each typed character extends the text searched for and
// the newest entry containing it is shown; Ctrl-R again goes to the next
// older one; Backspace shortens the text. Pure Swift over the entries: the
// libedit bridge (EditLine.swift) feeds it keys and draws `prompt`. libedit's
// own Ctrl-R cannot be used: it looks up the low byte of wide characters and
// never finds Chinese (notes/libedit.md).

/// The state of one Ctrl-R search.
struct HistorySearch {
  /// History entries, oldest first.
  let entries: [String]
  /// The text searched for.
  private(set) var query = ""
  /// The entry shown, if any.
  private(set) var index: Int?
  /// True when the last step found nothing (the previous match stays shown).
  private(set) var failed = false

  init(entries: [String]) {
    self.entries = entries
  }

  /// The entry shown, or nil when none was found yet.
  var match: String? { index.map { entries[$0] } }

  /// What the line shows while searching, as readline does:
  /// `(reverse-i-search)'城市': targets where area = 城市建设`.
  var prompt: String {
    (failed ? "(failed reverse-i-search)'" : "(reverse-i-search)'") + query + "': " + (match ?? "")
  }

  /// A typed character: search for the longer text, from the entry shown.
  mutating func type(_ text: String) {
    query += text
    find(from: index ?? entries.count - 1, skippingShown: false)
  }

  /// Ctrl-R again: the next older entry holding the text (a different one).
  mutating func older() {
    guard !query.isEmpty else { return }
    find(from: (index ?? entries.count) - 1, skippingShown: true)
  }

  /// Backspace: a shorter text, searched again from the newest entry.
  mutating func deleteLast() {
    guard !query.isEmpty else { return }
    query.removeLast()
    index = nil
    failed = false
    guard !query.isEmpty else { return }
    find(from: entries.count - 1, skippingShown: false)
  }

  private mutating func find(from start: Int, skippingShown: Bool) {
    let shown = match
    var i = min(start, entries.count - 1)
    while i >= 0 {
      if entries[i].contains(query), !(skippingShown && entries[i] == shown) {
        index = i
        failed = false
        return
      }
      i -= 1
    }
    failed = true
  }
}
