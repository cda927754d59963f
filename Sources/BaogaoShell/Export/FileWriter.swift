// FileWriter.swift: buffered writes to a descriptor, every one checked. A
// failed write throws `ExportError.cannotWrite` naming the target; on
// standard output it ends the run through WriteFailure.
#if canImport(Glibc)
  import Glibc
#endif

/// Collects text and writes it to `descriptor` in large blocks.
struct FileWriter {
  let descriptor: Int32
  /// How messages name the destination: a file's path, or `standard output`.
  let target: String
  private var buffer: [UInt8] = []
  /// Bytes written so far, buffered or not.
  private(set) var count = 0

  /// Writes reach the descriptor once this much is buffered.
  static let blockSize = 1 << 16

  init(descriptor: Int32, target: String) {
    self.descriptor = descriptor
    self.target = target
    buffer.reserveCapacity(FileWriter.blockSize)
  }

  mutating func write(_ text: String) throws(ExportError) {
    buffer.append(contentsOf: text.utf8)
    count += text.utf8.count
    if buffer.count >= FileWriter.blockSize { try flush() }
  }

  /// Writes out everything buffered.
  mutating func flush() throws(ExportError) {
    try FileWriter.writeAll(buffer, to: descriptor, target: target)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes all of `bytes`, retrying after signals and short writes.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, target: String)
    throws(ExportError)
  {
    let failure: Int32? = bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(descriptor, raw.baseAddress!.advanced(by: offset), raw.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return n < 0 ? errno : EIO }
        offset += n
      }
      return nil
    }
    // A reader that went away ends the export quietly (WriteFailure.swift).
    if failure == EPIPE && descriptor == 1 { WriteFailure.diesOfBrokenPipe() }
    guard let failure else { return }
    // Standard output fails as everywhere else (WriteFailure): status 4, or
    // quietly as a broken pipe would.
    if descriptor == 1 { WriteFailure.standardOutput(errno: failure) }
    throw .cannotWrite(target: target, reason: ExportError.reason(failure))
  }
}
