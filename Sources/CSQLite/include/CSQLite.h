// CSQLite.h: the SQLite C library (libsqlite3-dev), for `baogao export
// --sqlite`: its types and constants from <sqlite3.h>, and its functions
// through these wrappers. The library is loaded on first use (CSQLite.c),
// not linked: linking it cost every `baogao -c` process about 1,600 symbol
// lookups at start-up (Scripts/bench-process.sh), for a command few runs use.
#ifndef CSQLITE_H
#define CSQLITE_H

#include <sqlite3.h>

/// 1 when the library is loaded (loading it on the first call), else 0; the
/// other functions may be called only after it gave 1.
int csqlite_loaded(void);

int csqlite_open_v2(const char *path, sqlite3 **db, int flags, const char *vfs);
int csqlite_close(sqlite3 *db);
const char *csqlite_errmsg(sqlite3 *db);
int csqlite_exec(sqlite3 *db, const char *sql, char **error);
void csqlite_free(void *pointer);
int csqlite_prepare_v2(sqlite3 *db, const char *sql, sqlite3_stmt **statement);
int csqlite_finalize(sqlite3_stmt *statement);
int csqlite_reset(sqlite3_stmt *statement);
int csqlite_step(sqlite3_stmt *statement);
int csqlite_bind_null(sqlite3_stmt *statement, int index);
int csqlite_bind_int64(sqlite3_stmt *statement, int index, sqlite3_int64 value);
int csqlite_bind_double(sqlite3_stmt *statement, int index, double value);
/// SQLITE_TRANSIENT is a cast macro Swift cannot import: text is bound
/// through this, so SQLite copies the bytes before the Swift buffer goes away.
int csqlite_bind_text(sqlite3_stmt *statement, int index, const char *text, int length);
const unsigned char *csqlite_column_text(sqlite3_stmt *statement, int column);
sqlite3_vfs *csqlite_vfs_find(const char *name);
int csqlite_vfs_register(sqlite3_vfs *vfs, int makeDefault);

#endif
