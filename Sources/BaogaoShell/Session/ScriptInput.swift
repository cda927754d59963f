// ScriptInput.swift: a query script (`-f`, `-c`, standard input, `.read`) cut
// into pieces the runner can run: groups of whole lines holding statements,
// and dot-command lines. Pieces keep their first line number, so an error in
// statement 5 on line 12 is reported at line 12 of the script.
import BaogaoQuery

#if canImport(Glibc)
  import Glibc
#endif

/// One runnable piece of a script.
public enum ScriptPiece: Sendable, Equatable {
  /// Whole lines of the script holding one or more statements.
  case statements(Source)
  /// A dot-command line (`.mode csv`), trimmed, with its line number.
  case dotCommand(String, line: Int)
}

public enum ScriptInput {
  /// Largest script read, so that `-f /dev/zero` ends with an error instead of
  /// filling memory.
  public static let maxBytes = 64 << 20

  /// Cuts a script into pieces.
  ///
  /// A script that holds a `;` (outside quotes and `--` comments) is read the
  /// way sqlite3 reads one: a statement ends at `;` and may span lines. A
  /// script with no `;` at all runs one statement per line, as the shell
  /// does, so that `echo sections | baogao` and a list of one-line queries
  /// work; a line that leaves its statement unfinished continues on the next.
  /// A line starting with `.` between statements is a dot-command. The
  /// query engine's `StatementReader` decides where statements end.
  public static func pieces(of text: String, name: String) -> [ScriptPiece] {
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    // Lines end at "\n" only, as Diagnostic counts them; "\r\n" is one
    // Character in Swift, so the split works on scalars.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.last == "\r" ? $0.dropLast() : $0)
    }
    let separated = pieces(of: lines, mode: .semicolons, name: name)
    return separated.sawSemicolon
      ? separated.pieces : pieces(of: lines, mode: .lines, name: name).pieces
  }

  static func pieces(of lines: [String], mode: StatementReader.Mode, name: String) -> (
    pieces: [ScriptPiece], sawSemicolon: Bool
  ) {
    var reader = StatementReader(mode: mode)
    var pieces: [ScriptPiece] = []
    var firstLine = 1
    for (index, line) in lines.enumerated() {
      if reader.isBlank {
        let trimmed = line.trimmingWhitespace()
        if trimmed.hasPrefix(".") {
          pieces.append(.dotCommand(trimmed, line: index + 1))
          continue
        }
        firstLine = index + 1
      }
      guard reader.add(line) else { continue }
      let blank = reader.isBlank
      let statements = reader.take()
      if !blank {
        pieces.append(.statements(Source(name: name, text: statements, firstLine: firstLine)))
      }
    }
    if !reader.isBlank {
      pieces.append(.statements(Source(name: name, text: reader.take(), firstLine: firstLine)))
    }
    return (pieces, reader.sawSemicolon)
  }

  /// Why a script could not be read.
  public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot read \(path): \(reason)" }
  }

  /// Reads a script file (or standard input for `-`) as UTF-8; bytes that are
  /// not UTF-8 become U+FFFD and then fail as queries, with their position.
  public static func read(path: String) throws(ReadError) -> String {
    let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw ReadError(path: path, reason: reason(errno)) }
    defer { if fd != 0 { close(fd) } }
    var status = stat()
    if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      throw ReadError(path: path, reason: "is a directory")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        throw ReadError(path: path, reason: reason(errno))
      }
      bytes += buffer[0..<n]
      if bytes.count > maxBytes {
        throw ReadError(path: path, reason: "larger than \(maxBytes >> 20) MB")
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file"
    case EACCES, EPERM: "permission denied"
    case EISDIR: "is a directory"
    default: String(cString: strerror(code))
    }
  }
}
