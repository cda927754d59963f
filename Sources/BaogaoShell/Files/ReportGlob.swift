// ReportGlob.swift: the paths of `.open` and `.add`, with shell patterns
// (`reports/*.txt`, `20??/`) expanded by glob(3) in sorted order. A pattern
// that matches nothing is an error naming it, as a missing file is.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum ReportGlob {
  /// Characters that make an argument a pattern.
  static let patternMarks: Set<Character> = ["*", "?", "["]

  static func expand(_ arguments: [String]) throws(ShellError) -> [String] {
    var paths: [String] = []
    for argument in arguments {
      guard argument.contains(where: patternMarks.contains) else {
        paths.append(argument)
        continue
      }
      var found = glob_t()
      defer { globfree(&found) }
      guard glob(argument, 0, nil, &found) == 0, found.gl_pathc > 0 else {
        throw ShellError("no file matches \(argument)")
      }
      for i in 0..<Int(found.gl_pathc) {
        if let path = found.gl_pathv[i] { paths.append(String(cString: path)) }
      }
    }
    return paths
  }
}
