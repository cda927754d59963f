// BundledReport.swift: the report that ships with baogao (dinghai-2018),
// loaded when no file is given. The resource is byte-identical to the scraped
// page: cleaning is ingest's job, not the resource's. It is compiled into the
// binary (Plugins/EmbedResources), and files are read with plain system calls:
// no Foundation, whose loading would cost every start-up several milliseconds.
import BaogaoGraph

#if canImport(Glibc)
  import Glibc
#endif

public enum BundledReport {
  public static let id = "dinghai-2018"

  /// The raw bytes of the bundled report.
  public static func bytes() throws(IngestError) -> [UInt8] {
    guard let bytes = EmbeddedResources.bytes(named: id + ".txt") else {
      throw .unreadable(path: "\(id).txt (bundled)", reason: "resource not found")
    }
    return bytes
  }
}

/// Reads report files from disk.
public enum ReportFile {
  /// The report id of a file: its name without directory and extension.
  public static func reportID(forPath path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// Largest report read: a government work report is some 100 KB, so this
  /// only stops `baogao /dev/zero` from filling memory.
  public static let maxBytes = 256 << 20

  /// The bytes of a report file; the error says why it cannot be read.
  public static func bytes(atPath path: String) throws(IngestError) -> [UInt8] {
    let fd = RawPath.bytes(of: path).withUnsafeBufferPointer {
      open($0.baseAddress!, O_RDONLY | O_CLOEXEC)
    }
    guard fd >= 0 else { throw .unreadable(path: path, reason: reason(errno)) }
    defer { close(fd) }
    var status = stat()
    let known = fstat(fd, &status) == 0
    if known, (status.st_mode & S_IFMT) == S_IFDIR {
      throw .unreadable(path: path, reason: "is a directory")
    }
    // Read straight into the array, sized by what fstat says a regular file
    // holds, with a byte to spare for the read that finds the end: reading
    // through a zeroed 64 KB buffer and copying it out was a sixteenth of a
    // cached load of 1,000 reports (perf: memset and memmove on fresh pages).
    // Whatever the size said, reading goes on to the end (a file that grew,
    // a pipe, /dev/zero), in chunks twice as large each time.
    let regular = known && (status.st_mode & S_IFMT) == S_IFREG
    let tooLarge = IngestError.unreadable(path: path, reason: "larger than \(maxBytes >> 20) MB")
    if regular, status.st_size > maxBytes { throw tooLarge }
    var room = min(max(regular ? Int(status.st_size) + 1 : 0, 1 << 16), maxBytes + 1)
    var bytes: [UInt8] = []
    while true {
      var failure: Int32 = 0
      let chunk = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
        count = 0
        while count < buffer.count {
          let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
          if n < 0, errno == EINTR { continue }
          if n < 0 { failure = errno }
          guard n > 0 else { break }
          count += n
        }
      }
      guard failure == 0 else { throw .unreadable(path: path, reason: reason(failure)) }
      if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
      guard bytes.count <= maxBytes else { throw tooLarge }
      // Short of its room: the end was reached.
      if chunk.count < room { return bytes }
      room = min(2 * room, maxBytes + 1 - bytes.count)
    }
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT, ENOTDIR: "no such file"
    case EACCES, EPERM: "permission denied"
    case EISDIR: "is a directory"
    default: String(cString: strerror(code))
    }
  }

  /// Loads the given files and folders, or the bundled report when there are
  /// none, as one corpus (Corpus.swift): its graph and its notes.
  public static func loadCorpus(paths: [String], names: IndicatorNames = .standard)
    throws(IngestError) -> Corpus
  {
    var corpus = Corpus(names: names)
    if paths.isEmpty { try corpus.addBundled() }
    do throws(PathFailure) {
      try corpus.add(paths: paths)
    } catch {
      throw error.error
    }
    return corpus
  }

  /// Loads the given files, or the bundled report when there are none.
  /// `warn` hears what each file's ingest warns about.
  public static func loadGraph(
    paths: [String], warn: (_ path: String, _ warning: IngestWarning) -> Void = { _, _ in }
  ) throws(IngestError) -> BaogaoGraph.Graph {
    var corpus = try loadCorpus(paths: paths)
    for (path, warning) in corpus.warnings { warn(path, warning) }
    return corpus.finish().graph
  }
}
