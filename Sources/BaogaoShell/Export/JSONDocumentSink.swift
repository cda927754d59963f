// JSONDocumentSink.swift: the export as one JSON document on standard output
// (CONTRACT.md), written without holding the graph: each table's rows go to a
// scratch file as they come, and `commit` writes the document from them. The
// bytes are those of `JSON.text(indent: 1)` over the whole tree
// (ExportGoldenTests keeps them so).
#if canImport(Glibc)
  import Glibc
#endif

final class JSONDocumentSink: ExportSink {
  private let layouts: [ExportLayout]
  private var spools: [FileWriter]
  private var rowCounts: [Int]
  private var output: FileWriter

  init(layouts: [ExportLayout], descriptor: Int32 = 1, target: String = "standard output")
    throws(ExportError)
  {
    self.layouts = layouts
    var spools: [FileWriter] = []
    for _ in layouts {
      spools.append(FileWriter(descriptor: try ScratchFile.open(), target: "a temporary file"))
    }
    self.spools = spools
    rowCounts = Array(repeating: 0, count: layouts.count)
    output = FileWriter(descriptor: descriptor, target: target)
  }

  deinit { discard() }

  func write(_ row: ExportRow, table: Int) throws(ExportError) {
    // A row is a member of the table's array: depth 2 of the document.
    var text = rowCounts[table] == 0 ? "\n  " : ",\n  "
    JSON.writeObject(
      keys: layouts[table].quotedNames, values: row, to: &text, indent: 1, depth: 2)
    rowCounts[table] += 1
    try spools[table].write(text)
  }

  func flush() throws(ExportError) {
    for index in spools.indices { try spools[index].flush() }
  }

  func commit() throws(ExportError) {
    try flush()
    for (index, layout) in layouts.enumerated() {
      var head = index == 0 ? "{" : ","
      head += "\n "
      JSON.quote(layout.name, into: &head)
      head += rowCounts[index] == 0 ? ": []" : ": ["
      try output.write(head)
      try output.flush()
      if rowCounts[index] > 0 {
        try copy(spools[index].descriptor)
        try output.write("\n ]")
      }
    }
    try output.write("\n}\n")
    try output.flush()
    discard()
  }

  func discard() {
    for spool in spools { close(spool.descriptor) }
    spools = []
  }

  /// Copies a spool from its start to the output.
  private func copy(_ spool: Int32) throws(ExportError) {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var offset: off_t = 0
    while true {
      let n = buffer.withUnsafeMutableBytes { pread(spool, $0.baseAddress, $0.count, offset) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 {
        throw .cannotWrite(target: "a temporary file", reason: ExportError.reason(errno))
      }
      if n == 0 { return }
      try FileWriter.writeAll(Array(buffer[..<n]), to: output.descriptor, target: output.target)
      offset += off_t(n)
    }
  }
}
