// CSQLite.h: the SQLite C library (libsqlite3-dev), for `baogao export --sqlite`.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: bind text and blobs
// through these, so SQLite copies the bytes before the Swift buffer goes away.
static inline int csqlite_bind_text(sqlite3_stmt *statement, int index, const char *text,
                                    int length) {
  return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}
