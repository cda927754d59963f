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
  /// work; a line that leaves its statement unfinished (`QueryEngine.isComplete`)
  /// continues on the next. A line starting with `.` between statements is a
  /// dot-command.
  public static func pieces(of text: String, name: String) -> [ScriptPiece] {
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let separated = Scan(text).hasSeparator
    var pieces: [ScriptPiece] = []
    var chunk = ""
    var chunkLine = 1
    var lineNumber = 0
    // Lines end at "\n" only, as Diagnostic counts them; "\r\n" is one
    // Character in Swift, so the split works on scalars.
    for scalars in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = String(scalars.last == "\r" ? scalars.dropLast() : scalars)
      if Scan(chunk).isBlank {
        let trimmed = line.trimmingWhitespace()
        if trimmed.hasPrefix(".") {
          pieces.append(.dotCommand(trimmed, line: lineNumber))
          chunk = ""
          continue
        }
        if chunk.isEmpty { chunkLine = lineNumber }
      }
      chunk += chunk.isEmpty && chunkLine == lineNumber ? line : "\n" + line
      let ends = separated ? Scan(chunk).endsWithSeparator : QueryEngine.isComplete(chunk)
      if ends {
        if !Scan(chunk).isBlank {
          pieces.append(.statements(Source(name: name, text: chunk, firstLine: chunkLine)))
        }
        chunk = ""
      }
    }
    if !Scan(chunk).isBlank {
      pieces.append(.statements(Source(name: name, text: chunk, firstLine: chunkLine)))
    }
    return pieces
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

/// A look at query text that knows quotes and `--` comments, so that a `;`
/// or a `.` inside them is not taken for a separator or a dot-command.
struct Scan {
  /// True when the text holds a `;` outside quotes and comments.
  var hasSeparator = false
  /// True when the last thing outside comments is a `;`.
  var endsWithSeparator = false
  /// True when the text holds nothing but white space and comments.
  var isBlank = true

  init(_ text: String) {
    var quote: Character? = nil
    var inComment = false
    var previous: Character? = nil
    for c in text {
      defer { previous = c }
      if inComment {
        if c.isNewline { inComment = false }
        continue
      }
      if let q = quote {
        if c == q { quote = nil }
        continue
      }
      if c == "-" && previous == "-" {
        // The first `-` was counted as text; a comment is blank after all
        // unless something came before it.
        inComment = true
        continue
      }
      if c.isWhitespace || c == "-" { continue }
      if c == "\"" || c == "'" { quote = c }
      isBlank = false
      if c == ";" {
        hasSeparator = true
        endsWithSeparator = true
      } else {
        endsWithSeparator = false
      }
    }
    if quote != nil { endsWithSeparator = false }
  }
}
