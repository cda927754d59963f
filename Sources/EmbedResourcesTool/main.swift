// main.swift (EmbedResourcesTool): turns resource files into Swift source, so
// that the baogao binary carries them and needs neither Foundation's Bundle
// (whose import costs every start-up several milliseconds) nor files beside
// it. Run at build time by Plugins/EmbedResources; never shipped.
//   EmbedResourcesTool OUTPUT.swift FILE...
// Each FILE becomes a `StaticString` holding its exact bytes (they must be
// UTF-8 text); `EmbeddedResources.bytes(named:)` gives them back by file name.
import BaogaoEscaping

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a whole file, or exits with a message.
func readFile(_ path: String) -> [UInt8] {
  guard let file = fopen(path, "rb") else { fail("cannot read \(path)") }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let n = fread(&buffer, 1, buffer.count, file)
    if n == 0 { break }
    bytes += buffer[0..<n]
  }
  return bytes
}

func fail(_ message: String) -> Never {
  let text = "EmbedResourcesTool: \(message)\n"
  _ = write(2, text, text.utf8.count)
  exit(1)
}

/// The escapes of a Swift string literal: C0 controls and DEL as `\u{1b}`.
enum SwiftLiteral: BackslashEscapes {
  static let escapesQuote = true
  static func needsCode(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F
  }
  static func code(_ value: UInt32) -> String { "\\u{" + String(value, radix: 16) + "}" }
}

/// The text as a Swift string literal that gives back the same scalars.
func literal(_ text: String) -> String {
  "\"" + SwiftLiteral.escaped(text) + "\""
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: EmbedResourcesTool OUTPUT.swift FILE...") }
var source = """
  // Generated at build time by Plugins/EmbedResources from the files in
  // Resources/; do not edit. The bytes are the files' own, byte for byte.

  enum EmbeddedResources {
    /// The bytes of the resource file `name` (`dinghai-2018.txt`), or nil.
    static func bytes(named name: String) -> [UInt8]? {
      let text: StaticString
      switch name {

  """
var constants = ""
for (index, path) in arguments.dropFirst(2).enumerated() {
  let bytes = readFile(path)
  guard let text = String(validating: bytes, as: UTF8.self) else {
    fail("\(path) is not UTF-8 text")
  }
  let name = path.split(separator: "/").last.map(String.init) ?? path
  source += "    case \(literal(name)): text = resource\(index)\n"
  constants += "  private static let resource\(index): StaticString = \(literal(text))\n"
}
source += """
    default: return nil
    }
    return Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  """
source += constants + "}\n"
// The build runs this tool on every build (the plugin's command has no
// stamp it trusts); an unchanged source is left alone, or its new time made
// the compiler rebuild the whole module, which in a release build (one
// whole-module job) cost a minute or more each time.
if let old = fopen(arguments[1], "rb") {
  fclose(old)
  if readFile(arguments[1]) == Array(source.utf8) { exit(0) }
}
guard let out = fopen(arguments[1], "wb") else { fail("cannot write \(arguments[1])") }
fputs(source, out)
fclose(out)
