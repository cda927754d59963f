// Decode.swift: step 1 of ingest.
// Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM,
// or GB18030 (detected when the bytes are not valid UTF-8). Line ends become
// "\n" whatever they were (LF, CRLF, CR), so every encoding of a report gives
// the same text and the same graph.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be read as a report.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  case empty
  case binary
  case undecodable(String)
  case unreadable(path: String, reason: String)

  public var description: String {
    switch self {
    case .empty: "the file is empty"
    case .binary: "the file looks binary, not a text report"
    case .undecodable(let why): "cannot decode the text: \(why)"
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    }
  }
}

public enum Decode {
  /// Decodes report bytes to text with "\n" line ends.
  public static func text(from bytes: [UInt8]) throws(IngestError) -> String {
    if bytes.isEmpty { throw .empty }
    var text: String
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      text = decodeUTF16(bytes.dropFirst(2), bigEndian: false)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      text = decodeUTF16(bytes.dropFirst(2), bigEndian: true)
    } else if looksBinary(bytes) {
      throw .binary
    } else if let utf8 = String(validating: bytes, as: UTF8.self) {
      text = utf8
    } else if let gb = decodeGB18030(bytes) {
      text = gb
    } else {
      // Neither UTF-8 nor GB18030: keep what UTF-8 can read, with U+FFFD marks.
      text = String(decoding: bytes, as: UTF8.self)
    }
    if text.utf8.contains(13) {
      text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }
    return text
  }

  /// NUL bytes do not occur in UTF-8 or GB18030 text; many other control bytes
  /// mean an image, an archive or a PDF.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    var controls = 0
    for b in sample {
      if b == 0 { return true }
      if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
    }
    return controls * 20 > sample.count
  }

  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
      i += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// GB18030 through glibc's iconv, which every Linux has. Nil when the bytes
  /// are not valid GB18030 either.
  static func decodeGB18030(_ bytes: [UInt8]) -> String? {
    let cd = iconv_open("UTF-8", "GB18030")
    if cd == iconv_t(bitPattern: -1) { return nil }
    defer { iconv_close(cd) }
    var input = bytes
    // GB18030 takes 1, 2 or 4 bytes a character, UTF-8 at most 4 (CJK: 3).
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var written = 0
    let complete: Bool = input.withUnsafeMutableBytes { inRaw in
      output.withUnsafeMutableBytes { outRaw in
        var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var inLeft = inRaw.count
        var outLeft = outRaw.count
        let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        written = outRaw.count - outLeft
        return result != -1 && inLeft == 0
      }
    }
    guard complete else { return nil }
    return String(validating: output.prefix(written), as: UTF8.self)
  }
}
