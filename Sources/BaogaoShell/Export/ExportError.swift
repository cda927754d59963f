// ExportError.swift: why an export failed. Every failure names what could
// not be read or written (`baogao: cannot write to out.db: No space left on
// device`); the command exits non-zero and leaves any previous output as it was.
#if canImport(Glibc)
  import Glibc
#endif

public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A report could not be read; `message` already names it.
  case unreadableReport(message: String)
  /// A file, folder or standard output could not be written.
  case cannotWrite(target: String, reason: String)

  public var description: String {
    switch self {
    case .unreadableReport(let message): message
    case .cannotWrite(let target, let reason): "cannot write to \(target): \(reason)"
    }
  }

  /// The system's text for an errno value: `No space left on device`.
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
