// AtomicFile.swift: a file that appears whole or not at all. It is written as
// an anonymous file (O_TMPFILE) in the target's folder, so a process killed
// midway leaves nothing behind and the previous file untouched; `commit`
// syncs it, links it under a temporary name and renames that over the
// target, which replaces the old file in one step.
#if canImport(Glibc)
  import Glibc
#endif

/// Linux's O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), a macro Swift does not import.
let anonymousFile: Int32 = 0o20_000_000 | O_DIRECTORY

/// A file under construction that replaces `path` when committed.
final class AtomicFile {
  /// The file it will become.
  let path: String
  /// Its descriptor, open for reading and writing.
  let descriptor: Int32
  /// A path that opens the unfinished file: `/proc/self/fd/N` for an
  /// anonymous file, else the temporary name.
  let openPath: String
  /// Set when the folder's file system has no anonymous files: the file then
  /// has this name beside the target until it is committed.
  private let temporaryName: String?
  private var isClosed = false

  /// Starts a file that will replace `path`; fails when its folder cannot take
  /// it. `anonymous: false` uses the named fallback (tests).
  init(replacing path: String, anonymous wanted: Bool = true) throws(ExportError) {
    self.path = try AtomicFile.regularFile(path)
    let folder = AtomicFile.folder(of: self.path)
    let anonymous = wanted ? open(folder, anonymousFile | O_RDWR | O_CLOEXEC, 0o644) : -1
    if !wanted { errno = EOPNOTSUPP }
    if anonymous >= 0 {
      descriptor = anonymous
      openPath = "/proc/self/fd/\(anonymous)"
      temporaryName = nil
      return
    }
    // Older kernels and some file systems (overlayfs before Linux 6.6, NFS)
    // have no O_TMPFILE: fall back to a named file, which a killed process leaves.
    guard errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL else {
      throw .cannotWrite(target: path, reason: ExportError.reason(errno))
    }
    let name = AtomicFile.temporaryName(for: self.path)
    let named = open(name, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o644)
    guard named >= 0 else { throw .cannotWrite(target: path, reason: ExportError.reason(errno)) }
    descriptor = named
    openPath = name
    temporaryName = name
  }

  deinit { discard() }

  /// The file to replace: `path`, or the file a link at `path` points to.
  /// Anything but a regular file is refused: renaming over /dev/null would
  /// replace the device.
  static func regularFile(_ path: String) throws(ExportError) -> String {
    var status = stat()
    guard lstat(path, &status) == 0 else { return path }
    if (status.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return try regularFile(String(cString: resolved))
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw .cannotWrite(target: path, reason: "not a regular file")
    }
    return path
  }

  /// Syncs the file to disk and puts it in place of `path`.
  func commit() throws(ExportError) {
    guard !isClosed else { return }
    guard fsync(descriptor) == 0 else { throw failure() }
    let name = temporaryName ?? AtomicFile.temporaryName(for: path)
    if temporaryName == nil {
      // A name left by a process killed between these two calls is complete,
      // but stale: replace it.
      unlink(name)
      guard linkat(AT_FDCWD, openPath, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else {
        throw failure()
      }
    }
    guard rename(name, path) == 0 else {
      let error = failure()
      unlink(name)
      throw error
    }
    close(descriptor)
    isClosed = true
    // The rename is durable once the folder's entry is on disk.
    let folder = open(AtomicFile.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }

  /// Drops the unfinished file; the target stays as it was.
  func discard() {
    guard !isClosed else { return }
    close(descriptor)
    if let temporaryName { unlink(temporaryName) }
    isClosed = true
  }

  private func failure() -> ExportError {
    .cannotWrite(target: path, reason: ExportError.reason(errno))
  }

  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `.NAME.tmp-PID` beside the target: hidden, and one per process.
  static func temporaryName(for path: String) -> String {
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    return folder + "." + name + ".tmp-\(getpid())"
  }
}

/// A file that disappears when closed: the export's spools.
enum ScratchFile {
  /// An anonymous file in `$TMPDIR` (else /tmp), open for reading and writing.
  static func open() throws(ExportError) -> Int32 {
    var folder = getenv("TMPDIR").map { String(cString: $0) } ?? ""
    if folder.isEmpty { folder = "/tmp" }
    let fd = Glibc.open(folder, anonymousFile | O_RDWR | O_CLOEXEC, 0o600)
    if fd >= 0 { return fd }
    // Without O_TMPFILE: a named file, unlinked at once.
    var template = Array((folder + "/baogao-spool-XXXXXX").utf8CString)
    let named = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard named >= 0 else {
      throw .cannotWrite(target: "a temporary file in \(folder)", reason: ExportError.reason(errno))
    }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    return named
  }
}
