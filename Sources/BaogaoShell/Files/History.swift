// History.swift: the history file. Takes finished statements, gives the
// entries to recall. One entry per statement (a multi-line statement is one
// entry), no consecutive duplicates, mode 0600. Nothing in it is ever lost:
// a file that cannot be read is never written (the session keeps its entries
// in memory); each statement is appended with O_APPEND under a lock, so two
// shells open at once lose nothing and bytes that are not UTF-8 stay as they
// are; a symlinked history is written through to its target; CRLF line ends
// (a file edited on Windows) read as LF.
#if canImport(Glibc)
  import Glibc
#endif

/// A history file of statements, one per line with `\n` and `\\` escaped.
public struct HistoryFile: Sendable {
  /// Where the entries live.
  public var path: String
  /// Entries kept; once the file holds twice this many, it is cut back to
  /// this many (the oldest go), byte for byte.
  public static let maxEntries = 2000

  /// Why the history could not be read or written.
  public struct Problem: Error, Sendable, Hashable {
    public var reason: String
  }

  public init(path: String) {
    self.path = path
  }

  /// `$BAOGAO_HISTORY`, else `$XDG_STATE_HOME/baogao/history`, else
  /// `~/.local/state/baogao/history`; nil when neither HOME nor XDG is set.
  public static func defaultPath() -> String? {
    if let path = Terminal.environment("BAOGAO_HISTORY"), !path.isEmpty { return path }
    return UserFolders.state("history")
  }

  /// True when a statement belongs in history: not blank, and not typed with a
  /// leading space (the shell convention for "do not remember this").
  public static func keeps(_ statement: String) -> Bool {
    guard let first = statement.first, first != " ", first != "\t" else { return false }
    return !statement.trimmingWhitespace().isEmpty
  }

  /// The entries on disk, oldest first; empty when there is no file yet or it
  /// cannot be read.
  public func load() -> [String] { (try? read()) ?? [] }

  /// The entries on disk; a file that exists but cannot be read is a problem
  /// (a missing one is an empty history).
  public func read() throws(Problem) -> [String] {
    try readLines().map(HistoryFile.decodeLine)
  }

  /// The file's raw lines (without line ends), so a rewrite keeps their bytes.
  func readLines() throws(Problem) -> [ArraySlice<UInt8>] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return [] }
      throw Problem(reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    guard let bytes = Files.readAll(fd) else {
      throw Problem(reason: String(cString: strerror(errno)))
    }
    return HistoryFile.lines(of: bytes)
  }

  /// `record`, for callers that need not know why it failed: the entries on
  /// disk, or none when the file could not be read or written.
  @discardableResult
  public func append(_ statement: String) -> [String] {
    (try? record(statement)) ?? []
  }

  /// Appends the statement to the file unless it repeats the last entry, and
  /// returns the merged entries: those another shell saved meanwhile are kept.
  /// Throws, writing nothing, when the file cannot be read or written.
  @discardableResult
  public func record(_ statement: String) throws(Problem) -> [String] {
    guard HistoryFile.keeps(statement) else { return try read() }
    guard Files.makeDirectories(Files.directory(of: path)) else {
      throw Problem(reason: String(cString: strerror(errno)))
    }
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
    var lines = try readLines()
    var entries = lines.map(HistoryFile.decodeLine)
    guard entries.last != statement else { return entries }
    let line = Array(HistoryFile.encode([statement]).utf8)
    // O_APPEND follows a symlink to its target and never truncates: a crash
    // mid-write loses at most this one entry.
    let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw Problem(reason: String(cString: strerror(errno))) }
    var size = stat()
    let isNew = fstat(fd, &size) == 0 && size.st_size == 0
    // open's mode is filtered by the umask; a new history must be 0600.
    if isNew { fchmod(fd, 0o600) }
    // A file whose last line has no line end gets one first.
    let separator: [UInt8] =
      size.st_size > 0 && !endsWithNewline(fd, size: size.st_size) ? [10] : []
    let written = Files.write(separator + line, to: fd)
    let failure = errno
    close(fd)
    guard written else { throw Problem(reason: String(cString: strerror(failure))) }
    entries.append(statement)
    lines.append(line.dropLast())
    if lines.count >= 2 * HistoryFile.maxEntries {
      let kept = lines.suffix(HistoryFile.maxEntries)
      trim(to: kept)
      entries = Array(entries.suffix(HistoryFile.maxEntries))
    }
    return entries
  }

  private func endsWithNewline(_ fd: Int32, size: off_t) -> Bool {
    var last: UInt8 = 0
    return pread(fd, &last, 1, size - 1) == 1 && last == 10
  }

  /// Rewrites the file with only these raw lines, atomically, at the real
  /// path (a symlink stays a symlink). Best effort: a failure keeps it long.
  private func trim(to kept: ArraySlice<ArraySlice<UInt8>>) {
    var bytes: [UInt8] = []
    for line in kept {
      bytes += line
      bytes.append(10)
    }
    guard let real = realpath(path, nil) else { return }
    defer { free(real) }
    _ = Files.replace(String(cString: real), with: bytes, mode: 0o600)
  }

  /// Lines split at LF, a CR before it dropped (CRLF files), empty ones skipped.
  static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 10, omittingEmptySubsequences: true).compactMap { line in
      let line = line.last == 13 ? line.dropLast() : line
      return line.isEmpty ? nil : line
    }
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
    lines(of: Array(text.utf8)).map(decodeLine)
  }

  /// One entry from its line (bytes that are not UTF-8 show as U+FFFD in
  /// memory; the file keeps them).
  static func decodeLine(_ line: ArraySlice<UInt8>) -> String {
    var entry = ""
    var escaped = false
    for scalar in String(decoding: line, as: UTF8.self).unicodeScalars {
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
    return entry
  }
}
