// PlainPathVFS.swift: SQLite's own file layer with two changes, so that it can
// open the anonymous file the export writes into (AtomicFile) as
// `/proc/self/fd/N`: it takes that path as given (the default layer resolves
// the link to `/folder/#1234 (deleted)` and creates a new file of that name),
// and opens it following the link (the default layer opens with O_NOFOLLOW,
// which refuses every /proc/self/fd link).
import CSQLite

#if canImport(Glibc)
  import Glibc
#endif

enum PlainPathVFS {
  static let name = "baogao-plain-path"

  /// Registers the layer once per process; false when SQLite has no default one.
  static func register() -> Bool { registered }

  private static let registered: Bool = {
    guard let system = csqlite_vfs_find(nil) else { return false }
    // Lives as long as the process: SQLite keeps the pointer.
    let vfs = UnsafeMutablePointer<sqlite3_vfs>.allocate(capacity: 1)
    vfs.initialize(to: system.pointee)
    vfs.pointee.pNext = nil
    vfs.pointee.zName = UnsafePointer(strdup(name))
    vfs.pointee.xFullPathname = { _, path, size, out in
      guard let path, let out else { return SQLITE_MISUSE }
      let length = strlen(path)
      guard length < Int(size) else { return SQLITE_CANTOPEN }
      memcpy(out, path, length + 1)
      return SQLITE_OK
    }
    // The open() of SQLite's unix layer, shared by its variants: only links
    // to this process's own descriptors are followed.
    let open: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> Int32 = {
      path, flags, mode in
      guard let path else { return -1 }
      let own = strncmp(path, descriptorLinks, strlen(descriptorLinks)) == 0
      return Glibc.open(path, own ? flags & ~O_NOFOLLOW : flags, mode_t(mode))
    }
    guard let setSystemCall = vfs.pointee.xSetSystemCall,
      setSystemCall(vfs, "open", unsafeBitCast(open, to: sqlite3_syscall_ptr.self)) == SQLITE_OK
    else { return false }
    return csqlite_vfs_register(vfs, 0) == SQLITE_OK
  }()

  /// Where Linux shows a process's open descriptors as links.
  static let descriptorLinks = "/proc/self/fd/"
}
