// SQLiteSink.swift: `export --sqlite FILE`, written with the SQLite library.
// The database is built in one transaction inside an anonymous file beside
// FILE (AtomicFile) and renamed over FILE only when complete and synced: an
// interrupted export leaves no partial file and the previous FILE intact.
// No journal: the file is invisible until committed, so a crash loses nothing
// a journal would have saved, and the export runs at SQLite's full speed.
import BaogaoQuery
import CSQLite

final class SQLiteSink: ExportSink {
  private let layouts: [ExportLayout]
  private let file: AtomicFile
  private var database: SQLiteDatabase?
  private var inserts: [SQLiteStatement] = []
  private var insertNode: SQLiteStatement?

  init(path: String, layouts: [ExportLayout]) throws(ExportError) {
    self.layouts = layouts
    file = try AtomicFile(replacing: path)
    do throws(SQLiteError) {
      guard csqlite_loaded() != 0 else {
        throw SQLiteError(message: "cannot load the SQLite library (libsqlite3.so.0)")
      }
      let anonymous = file.openPath.hasPrefix("/proc/")
      guard !anonymous || PlainPathVFS.register() else {
        throw SQLiteError(message: "SQLite has no file layer")
      }
      let database = try SQLiteDatabase(
        path: file.openPath, vfs: anonymous ? PlainPathVFS.name : nil)
      self.database = database
      try database.execute(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA locking_mode = EXCLUSIVE;
        PRAGMA cache_size = -32768;
        BEGIN;
        """)
      try database.execute(SQLiteSchema.createNodes)
      for layout in layouts {
        try database.execute(SQLiteSchema.createTable(layout))
        inserts.append(try database.prepare(SQLiteSchema.insert(layout)))
      }
      insertNode = try database.prepare(SQLiteSchema.insertNode)
    } catch {
      throw failure(error)
    }
  }

  deinit { discard() }

  func write(_ row: ExportRow, table: Int) throws(ExportError) {
    let layout = layouts[table]
    var values: [SQLiteValue] = []
    values.reserveCapacity(row.count)
    for (column, value) in zip(layout.columns, row) {
      values.append(SQLiteSink.stored(value, as: column.storage))
    }
    do throws(SQLiteError) {
      try inserts[table].run(values)
      if layout.hasID, let id = values.first {
        try insertNode?.run([id, .text(layout.name)])
      }
    } catch {
      throw failure(error)
    }
  }

  /// SQLite writes its pages as its cache fills; nothing to do here.
  func flush() throws(ExportError) {}

  func commit() throws(ExportError) {
    guard let database else { return }
    do throws(SQLiteError) {
      for statement in SQLiteSchema.indexes(layouts) { try database.execute(statement) }
      for statement in SQLiteSchema.views(layouts) { try database.execute(statement) }
      try database.execute("COMMIT;")
    } catch {
      throw failure(error)
    }
    inserts = []
    insertNode = nil
    database.close()
    self.database = nil
    try file.commit()
  }

  func discard() {
    inserts = []
    insertNode = nil
    database?.close()
    database = nil
    file.discard()
  }

  /// The value as its column stores it: whole numbers as INTEGER, booleans as
  /// 0 or 1, lists as JSON text.
  static func stored(_ value: Value, as storage: ColumnStorage) -> SQLiteValue {
    switch value {
    case .null: return .null
    case .bool(let b): return .integer(b ? 1 : 0)
    case .string(let s): return .text(s)
    case .list: return .text(value.cellText)
    case .number(let x):
      if storage == .integer, x == x.rounded(), abs(x) < 9e15 { return .integer(Int64(x)) }
      return .real(x)
    }
  }

  private func failure(_ error: SQLiteError) -> ExportError {
    .cannotWrite(target: file.path, reason: error.message)
  }
}
