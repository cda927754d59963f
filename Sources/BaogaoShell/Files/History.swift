// History.swift: the history file. Takes finished statements, gives the
// entries to recall. One entry per statement (a multi-line statement is one
// entry), no consecutive duplicates, mode 0600, and two shells open at once
// lose nothing: every save re-reads the file under a lock, appends, and
// replaces it atomically.
#if canImport(Glibc)
  import Glibc
#endif

/// A history file of statements, one per line with `\n` and `\\` escaped.
public struct HistoryFile: Sendable {
  /// Where the entries live.
  public var path: String
  /// Entries kept; older ones are dropped when the file grows past this.
  public static let maxEntries = 2000

  public init(path: String) {
    self.path = path
  }

  /// `$BAOGAO_HISTORY`, else `$XDG_STATE_HOME/baogao/history`, else
  /// `~/.local/state/baogao/history`; nil when neither HOME nor XDG is set.
  public static func defaultPath() -> String? {
    if let path = Terminal.environment("BAOGAO_HISTORY"), !path.isEmpty { return path }
    if let state = Terminal.environment("XDG_STATE_HOME"), state.hasPrefix("/") {
      return state + "/baogao/history"
    }
    guard let home = Terminal.environment("HOME"), !home.isEmpty else { return nil }
    return home + "/.local/state/baogao/history"
  }

  /// True when a statement belongs in history: not blank, and not typed with a
  /// leading space (the shell convention for "do not remember this").
  public static func keeps(_ statement: String) -> Bool {
    guard let first = statement.first, first != " ", first != "\t" else { return false }
    return !statement.trimmingWhitespace().isEmpty
  }

  /// The entries on disk, oldest first; empty when there is no file yet.
  public func load() -> [String] {
    guard let bytes = Files.read(path) else { return [] }
    return HistoryFile.decode(String(decoding: bytes, as: UTF8.self))
  }

  /// Appends the statement to the file unless it repeats the last entry, and
  /// returns the merged entries. Entries another shell saved meanwhile are kept.
  @discardableResult
  public func append(_ statement: String) -> [String] {
    guard HistoryFile.keeps(statement) else { return load() }
    guard Files.makeDirectories(Files.directory(of: path)) else { return [] }
    let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    if lock >= 0 {
      while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
    }
    defer {
      if lock >= 0 {
        flock(lock, LOCK_UN)
        close(lock)
      }
    }
    var entries = load()
    if entries.last != statement { entries.append(statement) }
    if entries.count > HistoryFile.maxEntries {
      entries.removeFirst(entries.count - HistoryFile.maxEntries)
    }
    _ = Files.replace(path, with: Array(HistoryFile.encode(entries).utf8), mode: 0o600)
    return entries
  }

  /// One line per entry: `\` → `\\`, newline → `\n`, carriage return → `\r`.
  static func encode(_ entries: [String]) -> String {
    var out = ""
    for entry in entries {
      for scalar in entry.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(scalar)
        }
      }
      out += "\n"
    }
    return out
  }

  /// The inverse of `encode`; a stray backslash is kept as it is.
  static func decode(_ text: String) -> [String] {
    var entries: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      var entry = ""
      var escaped = false
      for scalar in line.unicodeScalars {
        if escaped {
          switch scalar {
          case "n": entry += "\n"
          case "r": entry += "\r"
          case "\\": entry += "\\"
          default: entry += "\\" + String(scalar)
          }
          escaped = false
        } else if scalar == "\\" {
          escaped = true
        } else {
          entry.unicodeScalars.append(scalar)
        }
      }
      if escaped { entry += "\\" }
      if !entry.isEmpty { entries.append(entry) }
    }
    return entries
  }
}
