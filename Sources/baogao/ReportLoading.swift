// ReportLoading.swift: the report files and folders of a command line, read
// into one graph as a corpus (BaogaoIngest/Input/Corpus.swift). A file that
// cannot be read or decoded stops the program with exit status 2 and a
// message naming the file (`baogao: cannot read X: no such file`); a text
// loaded twice or a report id taken gives a note on standard error.

import BaogaoGraph
import BaogaoIngest
import BaogaoShell

enum ReportLoading {
  /// The graph of the given files and folders, or of the bundled report when
  /// there are none; `indicators` is the `--indicators` file, if any.
  /// With `cached`, reports read before come from the cache (GraphCache.swift).
  static func graph(_ paths: [String], indicators: String? = nil, cached: Bool = true)
    throws(ExitCode) -> Graph
  {
    let err = StandardStreams()
    let names = try indicatorNames(indicators)
    var corpus = Corpus(names: names)
    if cached { corpus.cache = GraphCache.standard() }
    if paths.isEmpty {
      do {
        try corpus.addBundled()
      } catch {
        throw usageFailure("baogao: \(error)")
      }
    }
    do {
      try corpus.add(paths: paths)
    } catch {
      // `unreadable` already names the file; the others say what is wrong with it.
      if case .unreadable = error.error { throw usageFailure("baogao: \(error.error)") }
      throw usageFailure("baogao: cannot read \(error.path): \(error.error)")
    }
    for (path, warning) in corpus.warnings {
      err.writeError("baogao: \(path): warning: \(warning)\n")
    }
    let (graph, pairNotes) = corpus.finish()
    for note in corpus.notes + pairNotes { err.writeError("baogao: note: \(note)\n") }
    return graph
  }

  /// The synonym table with the user's files added; warnings on standard
  /// error; an `--indicators` file that cannot be read is bad usage.
  static func indicatorNames(_ explicit: String?) throws(ExitCode) -> IndicatorNames {
    do {
      let loaded = try IndicatorFile.names(explicit: explicit)
      let err = StandardStreams()
      for warning in loaded.warnings { err.writeError("baogao: \(warning)\n") }
      return loaded.names
    } catch {
      throw usageFailure("baogao: \(error)")
    }
  }

  /// The report id of a file: its name without directory and extension.
  static func reportID(_ path: String) -> String {
    ReportFile.reportID(forPath: path)
  }
}
