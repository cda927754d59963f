// TextFingerprint.swift: what a corpus remembers of each report's text to
// tell a second copy: 128 bits of keyed hash instead of the text. A corpus of
// 1,000 reports kept every normalised text (57 MB) only to compare them; an
// export that streams reports must hold no more than it needs across them.

/// Two independent 64-bit SipHash values of a text's UTF-8 bytes. The hasher
/// is keyed afresh in every process, so no chosen text can be made to collide
/// with another; by chance, two texts share one with odds of 2⁻¹²⁸.
struct TextFingerprint: Hashable, Sendable {
  let first: Int
  let second: Int

  init(_ text: String) {
    self.init(utf8: Array(text.utf8))
  }

  init(utf8 bytes: [UInt8]) {
    (first, second) = bytes.withUnsafeBufferPointer { bytes in
      (Self.hash(bytes, lane: 1), Self.hash(bytes, lane: 2))
    }
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lane: UInt8) -> Int {
    var hasher = Hasher()
    hasher.combine(lane)
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    return hasher.finalize()
  }
}
