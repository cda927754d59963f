// GraphCache.swift: ingested reports kept between runs, so that opening the
// same files again skips ingest. One file per report under
// `$XDG_CACHE_HOME/baogao` (else `~/.cache/baogao`), named by the hash of its
// key: the file's bytes, the id and path it is read under, the synonym table
// and the program itself (its version, and the size and time of its
// executable, so a rebuilt baogao never reads what an older one wrote).
//
// Safe by construction: an entry is written to a temporary file and renamed
// into place, so a running reader sees a whole entry or none, and two
// processes writing one entry at once each rename a whole one. On reading,
// the length, a checksum of the payload and the key stored inside are
// checked; an entry that fails any check is ignored (and rewritten after the
// report is ingested again), never trusted. Once the checksum matches, the
// entry's strings are taken without checking their UTF-8 again (they are the
// bytes written out of Strings; CacheBytesOrigin in CacheReader.swift). A
// cache that cannot be written (a read-only home) only means every report is
// ingested.
//
// Not synced: an fsync per entry was a quarter of the first load of 1,000
// reports (18.4 s wall for 13.1 s CPU), and it only guards against a power
// loss or system crash, after which a renamed entry may hold zeros or part of
// its bytes. Such an entry fails the length or checksum check like any other
// damage and the report is ingested again: a cache entry can be lost, never
// wrong.
import BaogaoGraph

#if canImport(Glibc)
  import Glibc
#endif

public struct GraphCache: Sendable {
  /// The folder the entries live in.
  public let directory: String

  public init(directory: String) {
    self.directory = directory
  }

  /// `$XDG_CACHE_HOME/baogao`, else `$HOME/.cache/baogao`; nil with neither
  /// (XDG says a relative `XDG_CACHE_HOME` is to be ignored).
  public static func standard(
    environment: (String) -> String? = GraphCache.environment
  ) -> GraphCache? {
    if let base = environment("XDG_CACHE_HOME"), base.hasPrefix("/") {
      return GraphCache(directory: base + "/baogao")
    }
    if let home = environment("HOME"), home.hasPrefix("/") {
      return GraphCache(directory: home + "/.cache/baogao")
    }
    return nil
  }

  /// The process environment's value of `name`, nil when unset or empty.
  public static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
  }

  /// What the running program is: a rebuilt executable has another size or time.
  static let programIdentity: String = {
    var status = stat()
    guard stat("/proc/self/exe", &status) == 0 else { return BaogaoVersion.number }
    return BaogaoVersion.number + "/" + String(status.st_size) + "/"
      + String(status.st_mtim.tv_sec) + "." + String(status.st_mtim.tv_nsec) + "/"
      + String(status.st_ino)
  }()

  /// The key of one report: everything its ingest depends on.
  static func key(
    bytes: [UInt8], reportID: String, source: String, names: IndicatorNames
  ) -> String {
    key(bytes: bytes, reportID: reportID, source: source, table: fingerprint(of: names))
  }

  /// The fingerprint of an indicator table, the part of a key all reports
  /// read with it share: a load of many reports finds it once, not per
  /// report (a fiftieth of a cached load of 1,000).
  static func fingerprint(of names: IndicatorNames) -> TextFingerprint {
    // The pairs' fingerprints summed, which no order changes: sorting the
    // table's Chinese keys (String's `<` goes through Unicode normalisation)
    // was a twentieth of a warm `baogao -c` run.
    var first: UInt64 = 0
    var second: UInt64 = 0
    for (synonym, canonical) in names.canonical {
      let pair = TextFingerprint(synonym + "\t" + canonical)
      first &+= pair.first
      second &+= pair.second
    }
    return TextFingerprint(first: first, second: second)
  }

  /// The key of one report read with the table of that fingerprint.
  static func key(
    bytes: [UInt8], reportID: String, source: String, table: TextFingerprint
  ) -> String {
    [
      "baogao " + programIdentity, "names " + table.hex,
      "bytes " + TextFingerprint(bytes: bytes).hex + " " + String(bytes.count), "id " + reportID,
      "source " + source,
    ].joined(separator: "\n")
  }

  /// First bytes of every entry: a file that does not start so is not one.
  static let magic: [UInt8] = Array("BAOGAOC4".utf8)
  /// Magic, payload length (8 bytes), payload checksum (16 bytes).
  static let headerSize = 32
  /// Largest entry read: far above any report's (a report is at most
  /// ReportFile.maxBytes), so that a damaged length never allocates wildly.
  static let maxEntryBytes = 1 << 30

  func path(forKey key: String) -> String {
    directory + "/" + TextFingerprint(key).hex + ".graph"
  }

  /// The entry stored under `key` up to its nodes, or nil when there is
  /// none or it fails a check (its nodes are checked as they are read).
  func read(key: String) -> CachedHead? {
    guard let bytes = Self.contents(of: path(forKey: key)),
      bytes.count >= Self.headerSize, bytes.starts(with: Self.magic),
      Self.word(in: bytes, at: 8) == UInt64(bytes.count - Self.headerSize)
    else { return nil }
    let checksum = bytes.withUnsafeBytes { raw in
      TextFingerprint(buffer: UnsafeRawBufferPointer(rebasing: raw[Self.headerSize...]))
    }
    guard
      checksum
        == TextFingerprint(
          first: Self.word(in: bytes, at: 16), second: Self.word(in: bytes, at: 24)),
      let entry = try? CachedHead(bytes: bytes, at: Self.headerSize, origin: .checksummed),
      entry.key == key
    else { return nil }
    return entry
  }

  /// Stores `entry`; a cache that cannot be written is left as it is.
  func write(_ entry: CachedReport) {
    write(payload: CacheWriter.bytes(of: entry), key: entry.key)
  }

  /// Stores an entry's bytes (CacheWriter.bytes) under `key`.
  func write(payload: [UInt8], key: String) {
    let checksum = payload.withUnsafeBytes { TextFingerprint(buffer: $0) }
    var file = Self.magic
    file.reserveCapacity(Self.headerSize + payload.count)
    for word in [UInt64(payload.count), checksum.first, checksum.second] {
      for shift in stride(from: 0, to: 64, by: 8) {
        file.append(UInt8(truncatingIfNeeded: word >> shift))
      }
    }
    file += payload
    guard Self.makeDirectories(directory) else { return }
    let final = path(forKey: key)
    let temporary = directory + "/.tmp-" + String(getpid()) + "-" + TextFingerprint(key).hex
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return }
    let written = file.withUnsafeBytes { Self.writeAll(fd, $0) }
    close(fd)
    if !written || rename(temporary, final) != 0 { unlink(temporary) }
  }

  /// The little-endian 64-bit word at `offset`.
  private static func word(in bytes: [UInt8], at offset: Int) -> UInt64 {
    var value: UInt64 = 0
    for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
    return value
  }

  private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < buffer.count {
      let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return false }
      offset += n
    }
    return true
  }

  /// The whole file, or nil when it cannot be read or is too large.
  private static func contents(of path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size <= maxEntryBytes
    else { return nil }
    let size = Int(status.st_size)
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      var offset = 0
      while offset < size {
        let n = Glibc.read(fd, buffer.baseAddress! + offset, size - offset)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { break }
        offset += n
      }
      complete = offset == size
      count = offset
    }
    return complete ? bytes : nil
  }

  /// Creates the folder and its parents (mode 0700, as XDG asks); false when
  /// it is not there afterwards.
  private static func makeDirectories(_ path: String) -> Bool {
    var status = stat()
    if stat(path, &status) == 0 { return (status.st_mode & S_IFMT) == S_IFDIR }
    var prefix = ""
    for component in path.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
    }
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }
}
