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
    } else if let bigEndian = utf16WithoutBOM(bytes) {
      text = decodeUTF16(bytes[...], bigEndian: bigEndian)
    } else if looksBinary(bytes) {
      throw .binary
    } else if let utf8 = String(validating: bytes, as: UTF8.self) {
      text = utf8
    } else if let gb = decodeGB18030(bytes) {
      text = gb
    } else {
      // Neither UTF-8 nor GB18030: keep what UTF-8 can read, with U+FFFD
      // marks, when only a few bytes are broken; otherwise say so.
      text = String(decoding: bytes, as: UTF8.self)
      let broken = brokenCharacters(in: text, from: bytes)
      if broken > maxBrokenCharacters && broken * 100 > text.unicodeScalars.count {
        throw .undecodable("the bytes are neither UTF-8, UTF-16 nor GB18030")
      }
    }
    if text.utf8.contains(13) {
      text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }
    return text
  }

  /// A file of UTF-8 with a few broken bytes still reads; this many broken
  /// characters (and more than 1 in 100) make it undecodable.
  static let maxBrokenCharacters = 16

  /// U+FFFD marks that lossy decoding added (the report's own U+FFFD, stored
  /// as EF BF BD, are censor marks and do not count).
  static func brokenCharacters(in text: String, from bytes: [UInt8]) -> Int {
    let marks = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    var stored = 0
    var i = 0
    while i + 2 < bytes.count {
      if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD {
        stored += 1
        i += 3
      } else {
        i += 1
      }
    }
    return max(0, marks - stored)
  }

  /// UTF-16 saved without a BOM: in Chinese and ASCII text one byte of most
  /// pairs is NUL (ASCII) and the NULs sit on one side only. Gives whether it
  /// is big-endian, or nil when the bytes do not look like UTF-16.
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 4, sample.count % 2 == 0 || bytes.count > sample.count else {
      return nil
    }
    var evenNULs = 0
    var oddNULs = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
    }
    let pairs = sample.count / 2
    // ASCII line ends and digits give NULs on one side; a few CJK units
    // (一 is U+4E00) give one on the other.
    if oddNULs * 5 >= pairs && evenNULs * 5 <= oddNULs { return false }
    if evenNULs * 5 >= pairs && oddNULs * 5 <= evenNULs { return true }
    return nil
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
