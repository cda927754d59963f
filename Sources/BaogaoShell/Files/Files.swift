// Files.swift: whole-file reads and writes with plain system calls.
// History and start-up files are small, and the shell must not crash or hang on
// a file it cannot read: every call here reports failure as nil or false.
#if canImport(Glibc)
  import Glibc
#endif

/// Small-file helpers over open/read/write, retrying on EINTR.
enum Files {
  /// The bytes of a file, or nil when it cannot be opened or read.
  static func read(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return readAll(fd)
  }

  /// Everything left on a descriptor.
  static func readAll(_ fd: Int32) -> [UInt8]? {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if n == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<n])
    }
  }

  /// Writes all bytes; false on an error.
  @discardableResult
  static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return true }
      return writeAll(base, count: raw.count, to: fd) == nil
    }
  }

  /// Writes all bytes, retrying on EINTR and short writes; the errno of the
  /// failure, or nil when everything was written.
  static func writeAll(_ base: UnsafeRawPointer, count: Int, to fd: Int32) -> Int32? {
    var offset = 0
    while offset < count {
      let n = Glibc.write(fd, base + offset, count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if n == 0 { return EIO }
      offset += n
    }
    return nil
  }

  /// Creates the directory and its parents with mode 0700 (history may be
  /// private). True when it exists afterwards.
  static func makeDirectories(_ path: String) -> Bool {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += part
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
      prefix += "/"
    }
    return true
  }

  /// The directory part of a path: `a/b/c` → `a/b`, `c` → `.`.
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Replaces the file atomically with `bytes` at `mode`: a reader (or a second
  /// shell) sees the old file or the new one, never half of one.
  static func replace(_ path: String, with bytes: [UInt8], mode: mode_t) -> Bool {
    let temporary = path + ".tmp." + String(getpid())
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { return false }
    // open's mode is filtered by the umask; the history must be 0600 exactly.
    fchmod(fd, mode)
    let written = write(bytes, to: fd)
    close(fd)
    guard written, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}
