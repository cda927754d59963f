// RawPath.swift: file names are bytes, not text. A name that is not UTF-8
// (a GB18030 name from a Windows archive) reaches Swift as a String with
// U+FFFD in it, and opening that String's UTF-8 opens no file ("no such
// file"). The command line still holds the name's bytes: a path that came
// from it is opened by them.

#if canImport(Glibc)
  import Glibc
#endif

enum RawPath {
  /// The NUL-terminated bytes to open `path` by: those of the command-line
  /// argument that decodes to it when it was not valid UTF-8, else its UTF-8.
  static func bytes(of path: String) -> [CChar] {
    if path.unicodeScalars.contains("\u{FFFD}") {
      for index in 0..<Int(CommandLine.argc) {
        guard let argument = CommandLine.unsafeArgv[index] else { continue }
        let length = strlen(argument)
        let raw = UnsafeBufferPointer(start: argument, count: length)
        let decoded = raw.withMemoryRebound(to: UInt8.self) { String(decoding: $0, as: UTF8.self) }
        if decoded == path { return Array(raw) + [0] }
      }
    }
    return Array(path.utf8CString)
  }
}
