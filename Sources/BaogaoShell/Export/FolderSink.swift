// FolderSink.swift: `--jsonl DIR` and `--csv DIR`: one file per table,
// `DIR/targets.jsonl` or `DIR/targets.csv`, the same columns in both. JSON
// Lines hold one object per row, every column present (null when empty), for
// DuckDB's read_json_auto and Spark's spark.read.json; CSV follows RFC 4180
// (a header row, CRLF, quoted fields) with lists as JSON arrays.
#if canImport(Glibc)
  import Glibc
#endif

/// The formats written one file per table.
enum FolderFormat: String, Sendable, CaseIterable {
  case jsonl
  case csv
}

final class FolderSink: ExportSink {
  private let format: FolderFormat
  private let layouts: [ExportLayout]
  private var files: [AtomicFile] = []
  private var writers: [FileWriter] = []

  /// Opens one unfinished file per table in `folder`, creating the folder.
  init(folder: String, format: FolderFormat, layouts: [ExportLayout]) throws(ExportError) {
    self.format = format
    self.layouts = layouts
    try FolderSink.makeFolder(folder)
    for layout in layouts {
      let path = folder + "/" + layout.name + "." + format.rawValue
      let file = try AtomicFile(replacing: path)
      files.append(file)
      writers.append(FileWriter(descriptor: file.descriptor, target: path))
    }
    if format == .csv {
      for (index, layout) in layouts.enumerated() {
        try writers[index].write(CSV.record(layout.columns.map(\.name)))
      }
    }
  }

  func write(_ row: ExportRow, table: Int) throws(ExportError) {
    switch format {
    case .jsonl:
      var line = ""
      JSON.writeObject(keys: layouts[table].quotedNames, values: row, to: &line)
      line += "\n"
      try writers[table].write(line)
    case .csv:
      try writers[table].write(CSV.record(row.map(\.cellText)))
    }
  }

  func flush() throws(ExportError) {
    for index in writers.indices { try writers[index].flush() }
  }

  /// Puts every file in place, one after the other, once all are complete.
  func commit() throws(ExportError) {
    try flush()
    for file in files { try file.commit() }
  }

  func discard() {
    for file in files { file.discard() }
  }

  /// `mkdir -p`: the folder and any missing parents.
  static func makeFolder(_ folder: String) throws(ExportError) {
    var path = folder.hasPrefix("/") ? "/" : ""
    for part in folder.split(separator: "/") {
      path += part
      if mkdir(path, 0o755) != 0 && errno != EEXIST {
        throw .cannotWrite(target: folder, reason: ExportError.reason(errno))
      }
      path += "/"
    }
    var status = stat()
    guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
      throw .cannotWrite(target: folder, reason: "not a folder")
    }
  }
}

/// RFC 4180 records.
enum CSV {
  /// One record: fields joined by commas, quoted where needed, ended by CRLF.
  static func record(_ fields: [String]) -> String {
    fields.map(Render.csvField).joined(separator: ",") + "\r\n"
  }
}
