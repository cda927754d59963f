// CSQLite.c: SQLite's functions, resolved by name from the library when
// `export --sqlite` first needs them (see CSQLite.h).
#include "CSQLite.h"
#include <dlfcn.h>
#include <pthread.h>

#define CSQLITE_FUNCTIONS(X)                                                                 \
  X(sqlite3_open_v2) X(sqlite3_close) X(sqlite3_errmsg) X(sqlite3_exec) X(sqlite3_free)      \
  X(sqlite3_prepare_v2) X(sqlite3_finalize) X(sqlite3_reset) X(sqlite3_step)                 \
  X(sqlite3_bind_null) X(sqlite3_bind_int64) X(sqlite3_bind_double) X(sqlite3_bind_text)     \
  X(sqlite3_column_text) X(sqlite3_vfs_find) X(sqlite3_vfs_register)

static struct {
#define CSQLITE_FIELD(name) __typeof__(name) *name;
  CSQLITE_FUNCTIONS(CSQLITE_FIELD)
#undef CSQLITE_FIELD
  int loaded;
} lib;

static pthread_once_t lib_once = PTHREAD_ONCE_INIT;

static void load_sqlite(void) {
  // The runtime soname, then the development link.
  void *handle = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) handle = dlopen("libsqlite3.so", RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) return;
#define CSQLITE_RESOLVE(name)                              \
  lib.name = (__typeof__(name) *)dlsym(handle, #name);     \
  if (lib.name == NULL) return;
  CSQLITE_FUNCTIONS(CSQLITE_RESOLVE)
#undef CSQLITE_RESOLVE
  lib.loaded = 1;
}

int csqlite_loaded(void) {
  pthread_once(&lib_once, load_sqlite);
  return lib.loaded;
}

int csqlite_open_v2(const char *path, sqlite3 **db, int flags, const char *vfs) {
  return lib.sqlite3_open_v2(path, db, flags, vfs);
}
int csqlite_close(sqlite3 *db) { return lib.sqlite3_close(db); }
const char *csqlite_errmsg(sqlite3 *db) { return lib.sqlite3_errmsg(db); }
int csqlite_exec(sqlite3 *db, const char *sql, char **error) {
  return lib.sqlite3_exec(db, sql, NULL, NULL, error);
}
void csqlite_free(void *pointer) { lib.sqlite3_free(pointer); }
int csqlite_prepare_v2(sqlite3 *db, const char *sql, sqlite3_stmt **statement) {
  return lib.sqlite3_prepare_v2(db, sql, -1, statement, NULL);
}
int csqlite_finalize(sqlite3_stmt *statement) { return lib.sqlite3_finalize(statement); }
int csqlite_reset(sqlite3_stmt *statement) { return lib.sqlite3_reset(statement); }
int csqlite_step(sqlite3_stmt *statement) { return lib.sqlite3_step(statement); }
int csqlite_bind_null(sqlite3_stmt *statement, int index) {
  return lib.sqlite3_bind_null(statement, index);
}
int csqlite_bind_int64(sqlite3_stmt *statement, int index, sqlite3_int64 value) {
  return lib.sqlite3_bind_int64(statement, index, value);
}
int csqlite_bind_double(sqlite3_stmt *statement, int index, double value) {
  return lib.sqlite3_bind_double(statement, index, value);
}
int csqlite_bind_text(sqlite3_stmt *statement, int index, const char *text, int length) {
  return lib.sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}
const unsigned char *csqlite_column_text(sqlite3_stmt *statement, int column) {
  return lib.sqlite3_column_text(statement, column);
}
sqlite3_vfs *csqlite_vfs_find(const char *name) { return lib.sqlite3_vfs_find(name); }
int csqlite_vfs_register(sqlite3_vfs *vfs, int makeDefault) {
  return lib.sqlite3_vfs_register(vfs, makeDefault);
}
