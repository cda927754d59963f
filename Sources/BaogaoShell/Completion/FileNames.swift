// FileNames.swift: file-name candidates for `.read` and `.open`.
// Takes the typed word (a path prefix); gives the entries of its directory that
// begin with the rest, directories marked with a trailing `/`.
#if canImport(Glibc)
  import Glibc
#endif

/// Lists a directory for completion.
enum FileNames {
  /// Bound on entries read from one directory: Tab must answer at once even in
  /// a directory of a million files.
  static let maxEntries = 100_000

  static func candidates(for word: String) -> [CompletionCandidate] {
    let slash = word.lastIndex(of: "/")
    let directory = slash.map { String(word[...$0]) } ?? ""
    let expanded = expandHome(directory)
    let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
    guard let dir = opendir(expanded.isEmpty ? "." : expanded) else { return [] }
    defer { closedir(dir) }
    var result: [CompletionCandidate] = []
    var seen = 0
    while let entry = readdir(dir), seen < maxEntries {
      seen += 1
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      // Hidden files only when asked for, as in every shell.
      if name.hasPrefix(".") && !prefix.hasPrefix(".") { continue }
      guard name.hasPrefix(prefix) else { continue }
      var status = stat()
      let isDirectory =
        stat((expanded.isEmpty ? "" : expanded) + name, &status) == 0
        && (status.st_mode & S_IFMT) == S_IFDIR
      result.append(CompletionCandidate(directory + name + (isDirectory ? "/" : "")))
    }
    return result.sorted { $0.text < $1.text }
  }

  /// `~/x` → `$HOME/x`.
  static func expandHome(_ path: String) -> String {
    guard path.hasPrefix("~/"), let home = Terminal.environment("HOME") else { return path }
    return home + path.dropFirst()
  }
}
