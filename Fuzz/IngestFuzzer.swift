// IngestFuzzer.swift: a libFuzzer target over ingest, bytes to answers:
// decode → clean → outline → recognise (places, projects, figures, targets)
// → reconcile → graph → a few statements of the query language over it.
// Differential: the text the bytes decode to, saved again as UTF-8, GB18030
// or UTF-16 (little-endian with a BOM, big-endian without), decodes to the
// same text and gives the same graph, node for node. Built and run by
// Scripts/fuzz-ingest.sh with `swiftc -sanitize=fuzzer`; not a package
// target, so `swift build` never needs libFuzzer. Any crash is a bug.
import BaogaoGraph
import BaogaoIngest
import BaogaoQuery

#if canImport(Glibc)
  import Glibc
#endif

/// Statements over the graph: every kind, the readers of the text, grouping,
/// ordering and `show` of nodes the ingest made.
let statements = """
  sections; outline; count targets group by area; targets where verb = 确保;
  indicators order by value desc limit 5; places order by mentions desc limit 3; projects;
  organizations; junk; reports; search 发展; text 一; show T1; show S1; show I1;
  count indicators group by unit; reconciliations
  """

/// The whole pipeline over one file's bytes; nil when Decode refuses them.
func ingest(_ bytes: [UInt8]) -> (text: String, encoding: String, builder: GraphBuilder)? {
  guard let decoded = try? Decode.decoded(from: bytes) else { return nil }
  var builder = GraphBuilder()
  Ingest.read(text: decoded.text, reportID: "fuzz", source: "fuzz.txt", into: &builder)
  Ingest.finish(&builder)
  return (decoded.text, decoded.encoding, builder)
}

/// The text in GB18030, through glibc's iconv; nil when iconv cannot.
func encodedGB18030(_ text: String) -> [UInt8]? {
  let cd = iconv_open("GB18030", "UTF-8")
  if cd == iconv_t(bitPattern: -1) { return nil }
  defer { iconv_close(cd) }
  var input = Array(text.utf8)
  var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
  var written = 0
  let ok = input.withUnsafeMutableBytes { inRaw in
    output.withUnsafeMutableBytes { outRaw in
      var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
      var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
      var inLeft = inRaw.count
      var outLeft = outRaw.count
      let done = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 && inLeft == 0
      written = outRaw.count - outLeft
      return done
    }
  }
  return ok ? Array(output.prefix(written)) : nil
}

func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(2 * text.utf16.count + 2)
  for unit in (bom ? [0xFEFF] : []) + Array(text.utf16) {
    let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
    bytes.append(bigEndian ? high : low)
    bytes.append(bigEndian ? low : high)
  }
  return bytes
}

/// The encodings a text is saved again in, each compared once its bytes pick it.
enum Differential: CaseIterable {
  case utf8, utf16LE, utf16BE, gb18030

  var name: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16LE: "UTF-16LE"
    case .utf16BE: "UTF-16BE"
    case .gb18030: "GB18030"
    }
  }

  /// The text's bytes in this encoding; nil when iconv cannot make GB18030.
  func bytes(of text: String) -> [UInt8]? {
    switch self {
    case .utf8: Array(text.utf8)
    case .utf16LE: utf16(text, bigEndian: false, bom: true)
    case .utf16BE: utf16(text, bigEndian: true, bom: false)
    case .gb18030: encodedGB18030(text)
    }
  }

  /// Saved with a BOM, or as UTF-8 without NULs, the text must come back as
  /// it was. Without a BOM, UTF-16 is told by its NULs (a text without ASCII
  /// has none), GB18030 bytes may happen to be valid UTF-8, and UTF-8 with
  /// NULs may look like UTF-16: read as another encoding, they are what
  /// detection cannot know, and are not compared.
  func isCertain(for text: String) -> Bool {
    switch self {
    case .utf8: !text.utf8.contains(0)
    case .utf16LE: true
    case .utf16BE, .gb18030: false
    }
  }
}

func fail(_ message: String) -> Never {
  let line = "IngestFuzzer: \(message)\n"
  _ = write(2, line, line.utf8.count)
  abort()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let first = ingest(bytes) else { return 0 }
  let graph = first.builder.build()
  for outcome in QueryEngine.run(Source(name: "fuzz", text: statements), in: graph) {
    if case .success(let table) = outcome.result {
      precondition(table.rowIDs.isEmpty || table.rowIDs.count == table.rows.count)
    }
  }
  let text = first.text
  let nodes = first.builder.nodeLists
  // One encoding per input, picked by its bytes, and only that one made:
  // each ingest of a few kilobytes costs as much as the first, and a run
  // checks every encoding on hundreds of thousands of inputs anyway. A text
  // whose bytes look binary in one encoding (Decode.looksBinary counts
  // bytes) may be refused in that one.
  let picked = bytes.reduce(size) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
  let differential = Differential.allCases[picked % Differential.allCases.count]
  let (encoding, certain) = (differential.name, differential.isCertain(for: text))
  guard let encoded = differential.bytes(of: text), encoded != bytes,
    let other = ingest(encoded)
  else { return 0 }
  if !certain && other.encoding != encoding && other.text != text { return 0 }
  if other.text != text {
    fail("\(encoding) decodes to other text than \(first.encoding) (read as \(other.encoding))")
  }
  // The same text gives the same graph: ingest is a function of the text
  // (no order of a Dictionary, which differs between two of them, may leak).
  if other.builder.nodeLists != nodes {
    fail("\(encoding) gives another graph than \(first.encoding)")
  }
  return 0
}
