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

/// A report's text and what decoding it had to mend.
public struct DecodedText: Sendable, Hashable {
  public var text: String
  /// The encoding it was read in: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`.
  public var encoding: String
  /// Characters that could not be decoded and show as U+FFFD.
  public var brokenCharacters = 0
}

public enum Decode {
  /// Decodes report bytes to text with "\n" line ends.
  public static func text(from bytes: [UInt8]) throws(IngestError) -> String {
    try decoded(from: bytes).text
  }

  /// Decodes report bytes to text with "\n" line ends, saying in what encoding
  /// and how many characters were broken (a warning for the user).
  public static func decoded(from bytes: [UInt8]) throws(IngestError) -> DecodedText {
    if bytes.isEmpty { throw .empty }
    var result: DecodedText
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      result = utf8(bytes.dropFirst(3))
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      result = DecodedText(
        text: decodeUTF16(bytes.dropFirst(2), bigEndian: false), encoding: "UTF-16LE")
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      result = DecodedText(
        text: decodeUTF16(bytes.dropFirst(2), bigEndian: true), encoding: "UTF-16BE")
    } else if let bigEndian = utf16WithoutBOM(bytes) {
      result = DecodedText(
        text: decodeUTF16(bytes[...], bigEndian: bigEndian),
        encoding: bigEndian ? "UTF-16BE" : "UTF-16LE")
    } else if looksBinary(bytes) {
      throw .binary
    } else if let utf8 = String(validating: bytes, as: UTF8.self) {
      result = DecodedText(text: utf8, encoding: "UTF-8")
    } else {
      // Valid GB18030; else UTF-8 with a few broken bytes (GB18030 would read
      // most UTF-8 byte pairs as rare characters, so it comes second); else
      // GB18030 with a few; otherwise say so.
      let gb = decodeGB18030(bytes)
      let lossy = utf8(bytes[...])
      if gb.brokenCharacters == 0 {
        result = gb
      } else if hasFewBroken(lossy) {
        result = lossy
      } else if hasFewBroken(gb) {
        result = gb
      } else {
        throw .undecodable("the bytes are neither UTF-8, UTF-16 nor GB18030")
      }
    }
    // Over the contiguous bytes: the UTF8View's own `contains` went through
    // its generic iterator, a tenth of decoding (perf on Scripts/bench-ingest.sh).
    if result.text.withUTF8({ $0.contains(13) }) {
      result.text = lineFeedsOnly(result.text)
    }
    // A BOM written twice (a tool that adds one to a file that has one) left
    // U+FEFF at the start of the text: no character of the report, and a text
    // that starts with it is not read again as itself once saved (its first
    // bytes are a BOM). The ingest fuzzer's FE FF FE FF 00 4E … read as
    // "\u{FEFF}N…", saved as UTF-16BE, came back as "N…".
    if result.text.unicodeScalars.first == Decode.byteOrderMark {
      result.text = String(result.text.unicodeScalars.drop { $0 == Decode.byteOrderMark })
    }
    return result
  }

  /// The text with each CR LF and each lone CR made one LF. Over the UTF-8
  /// bytes, not Characters: `replacing("\r\n", …)` then `replacing("\r", …)`
  /// turned "\r\r\n" into "\r\n" (the first pass leaves "\r" before the new
  /// "\n", and the two are one Character the second pass does not match), so
  /// a text saved again came back other (the ingest fuzzer's 120 CRs before
  /// an LF).
  static func lineFeedsOnly(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { out in
        var written = 0
        var i = 0
        while i < bytes.count {
          let byte = bytes[i]
          if byte == 13 {
            out[written] = 10
            if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
          } else {
            out[written] = byte
          }
          written += 1
          i += 1
        }
        return written
      }
    }
  }

  /// U+FEFF, which a BOM decodes to.
  static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

  /// UTF-8, with U+FFFD for broken bytes (counted).
  static func utf8(_ bytes: ArraySlice<UInt8>) -> DecodedText {
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(text: text, encoding: "UTF-8")
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return DecodedText(
      text: text, encoding: "UTF-8", brokenCharacters: brokenCharacters(in: text, from: bytes))
  }

  /// A file of UTF-8 with a few broken bytes still reads; this many broken
  /// characters (and more than 1 in 100) make it undecodable.
  static let maxBrokenCharacters = 16

  static func hasFewBroken(_ decoded: DecodedText) -> Bool {
    let broken = decoded.brokenCharacters
    return broken <= maxBrokenCharacters || broken * 100 <= decoded.text.unicodeScalars.count
  }

  /// U+FFFD marks that lossy decoding added (the report's own U+FFFD, stored
  /// as EF BF BD, are censor marks and do not count).
  static func brokenCharacters(in text: String, from bytes: ArraySlice<UInt8>) -> Int {
    let marks = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    var stored = 0
    var i = bytes.startIndex
    while i + 2 < bytes.endIndex {
      if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD {
        stored += 1
        i += 3
      } else {
        i += 1
      }
    }
    return max(0, marks - stored)
  }

  /// How much of a file the UTF-16 test reads (64 KiB): enough pairs to
  /// tell, and the same time for a file of any size.
  static let utf16Sample = 1 << 16
  /// How much of a file the binary test counts control bytes in.
  static let binarySample = 8192

  /// UTF-16 saved without a BOM. Chinese reports are 5–15% ASCII, so NULs
  /// alone do not tell; two facts together do: the NULs (high bytes of ASCII:
  /// line ends, digits) sit on one side of the pairs, and read in that order
  /// nearly every unit is a character a report holds (CJK, CJK and full-width
  /// punctuation, ASCII). UTF-8 and GB18030 Chinese give neither. Gives
  /// whether it is big-endian, or nil when the bytes do not look like UTF-16.
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
    let sample = bytes.prefix(utf16Sample)
    let pairs = sample.count / 2
    guard pairs >= 2 else { return nil }
    var evenNULs = 0
    var oddNULs = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
    }
    // CJK units with a low byte of 00 (一 U+4E00, 年 … hailaer-2016 has one for
    // five ASCII) give NULs on the other side, so the ASCII side needs only
    // twice as many.
    let bigEndian: Bool
    if oddNULs > 0 && evenNULs * 2 <= oddNULs {
      bigEndian = false
    } else if evenNULs > 0 && oddNULs * 2 <= evenNULs {
      bigEndian = true
    } else {
      return nil
    }
    var plausible = 0
    var i = sample.startIndex
    while i + 1 < sample.endIndex {
      let a = UInt32(sample[i])
      let b = UInt32(sample[i + 1])
      if isReportCharacter(bigEndian ? (a << 8 | b) : (b << 8 | a)) { plausible += 1 }
      i += 2
    }
    return plausible * 100 >= pairs * 95 ? bigEndian : nil
  }

  /// A UTF-16 unit a Chinese report is made of: printable ASCII and white
  /// space, Latin-1 letters, general punctuation, CJK symbols and ideographs,
  /// full-width forms, and surrogates (rare ideographs).
  static func isReportCharacter(_ unit: UInt32) -> Bool {
    switch unit {
    case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0...0x24F, 0x2000...0x27BF: true
    case 0x2E80...0x9FFF, 0xD800...0xDFFF, 0xF900...0xFAFF, 0xFE30...0xFFEF: true
    default: false
    }
  }

  /// NUL bytes do not occur in UTF-8 or GB18030 text, anywhere in the file;
  /// many other control bytes near the start mean an image, an archive or a
  /// PDF.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    if bytes.contains(0) { return true }
    let sample = bytes.prefix(binarySample)
    var controls = 0
    for b in sample where b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) {
      controls += 1
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

  /// GB18030 through glibc's iconv, which every Linux has. A byte iconv
  /// cannot read becomes U+FFFD (counted) and decoding goes on after it.
  static func decodeGB18030(_ bytes: [UInt8]) -> DecodedText {
    let cd = iconv_open("UTF-8", "GB18030")
    if cd == iconv_t(bitPattern: -1) {
      return DecodedText(text: "", encoding: "GB18030", brokenCharacters: bytes.count + 1)
    }
    defer { iconv_close(cd) }
    var input = bytes
    // GB18030 takes 1, 2 or 4 bytes a character, UTF-8 at most 4 (CJK: 3);
    // a broken byte becomes 3 (EF BF BD).
    var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
    var written = 0
    var broken = 0
    input.withUnsafeMutableBytes { inRaw in
      output.withUnsafeMutableBytes { outRaw in
        var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var inLeft = inRaw.count
        var outLeft = outRaw.count
        while inLeft > 0 {
          if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 { break }
          // EILSEQ (a bad byte) or EINVAL (a cut character at the end).
          guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { break }
          for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
            outPtr?.pointee = CChar(bitPattern: byte)
            outPtr = outPtr?.advanced(by: 1)
          }
          outLeft -= 3
          inPtr = inPtr?.advanced(by: 1)
          inLeft -= 1
          broken += 1
        }
        written = outRaw.count - outLeft
        if inLeft > 0 { broken += inLeft }
      }
    }
    let text = String(decoding: output.prefix(written), as: UTF8.self)
    return DecodedText(text: text, encoding: "GB18030", brokenCharacters: broken)
  }
}
