// SQLite.swift: the little of the SQLite C API that `export --sqlite` needs:
// open a database, run statements, insert rows through prepared statements.
// Every failure becomes an `SQLiteError` carrying SQLite's own message.
import BaogaoQuery
import CSQLite

/// A failed SQLite call, with SQLite's message (`UNIQUE constraint failed: reports.id`).
struct SQLiteError: Error, Sendable, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// One open database connection. Closed when the last reference goes.
final class SQLiteDatabase {
  private var handle: OpaquePointer?

  /// Opens (creating) the database at `path` through the named VFS (nil: the default).
  init(path: String, vfs: String? = nil) throws(SQLiteError) {
    var db: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
    let code = csqlite_open_v2(path, &db, flags, vfs)
    handle = db
    guard code == SQLITE_OK else {
      let message = db.map { String(cString: csqlite_errmsg($0)) } ?? "out of memory"
      csqlite_close(db)
      handle = nil
      throw SQLiteError(message: message)
    }
  }

  deinit { close() }

  /// Closes the connection; statements must be finalised first.
  func close() {
    if let handle { csqlite_close(handle) }
    handle = nil
  }

  /// Runs one or more statements that return no rows.
  func execute(_ sql: String) throws(SQLiteError) {
    var error: UnsafeMutablePointer<CChar>?
    let code = csqlite_exec(handle, sql, &error)
    guard code == SQLITE_OK else {
      let message = error.map { String(cString: $0) } ?? lastError
      csqlite_free(error)
      throw SQLiteError(message: message)
    }
  }

  func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    guard csqlite_prepare_v2(handle, sql, &statement) == SQLITE_OK, let statement else {
      throw SQLiteError(message: lastError)
    }
    return SQLiteStatement(statement: statement, database: self)
  }

  var lastError: String {
    handle.map { String(cString: csqlite_errmsg($0)) } ?? "database closed"
  }
}

/// A prepared statement, finalised when the last reference goes.
final class SQLiteStatement {
  private let statement: OpaquePointer
  private let database: SQLiteDatabase

  fileprivate init(statement: OpaquePointer, database: SQLiteDatabase) {
    self.statement = statement
    self.database = database
  }

  deinit { csqlite_finalize(statement) }

  /// Binds the values to parameters 1, 2, … and runs the statement once.
  func run(_ values: [SQLiteValue]) throws(SQLiteError) {
    csqlite_reset(statement)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .null: code = csqlite_bind_null(statement, index)
      case .integer(let n): code = csqlite_bind_int64(statement, index, n)
      case .real(let x): code = csqlite_bind_double(statement, index, x)
      case .text(var s):
        // An empty buffer may have no address; SQLite takes "" for it.
        code = s.withUTF8 { bytes in
          bytes.withMemoryRebound(to: CChar.self) { chars in
            guard let base = chars.baseAddress else {
              return csqlite_bind_text(statement, index, "", 0)
            }
            return csqlite_bind_text(statement, index, base, Int32(chars.count))
          }
        }
      }
      guard code == SQLITE_OK else { throw SQLiteError(message: database.lastError) }
    }
    let code = csqlite_step(statement)
    guard code == SQLITE_DONE || code == SQLITE_ROW else {
      throw SQLiteError(message: database.lastError)
    }
  }

  /// Runs a query and gives the first column of every row as text.
  func texts() throws(SQLiteError) -> [String] {
    csqlite_reset(statement)
    var rows: [String] = []
    while true {
      let code = csqlite_step(statement)
      if code == SQLITE_DONE { return rows }
      guard code == SQLITE_ROW else { throw SQLiteError(message: database.lastError) }
      rows.append(csqlite_column_text(statement, 0).map { String(cString: $0) } ?? "")
    }
  }
}

/// A value as SQLite stores it.
enum SQLiteValue: Sendable, Hashable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}
