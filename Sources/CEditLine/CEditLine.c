// CEditLine.c: one libedit call per function (see CEditLine.h). libedit is
// loaded on first use (dlopen), not linked: only the interactive shell needs
// it, and linking it (with libtinfo, libbsd, libmd) cost every `baogao -c`
// process a tenth of its start-up in symbol lookups (Scripts/bench-process.sh).
#include "CEditLine.h"
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <wchar.h>

// The libedit functions used, each resolved from the library by name.
#define CEL_FUNCTIONS(X)                                                                 \
  X(el_init) X(el_end) X(el_set) X(el_parse) X(el_source) X(el_gets) X(el_line)           \
  X(el_wline) X(el_cursor) X(el_insertstr) X(el_deletestr) X(el_reset) X(el_wgetc)       \
  X(el_push) X(history_init) X(history_end) X(history)

static struct {
#define CEL_FIELD(name) __typeof__(name) *name;
  CEL_FUNCTIONS(CEL_FIELD)
#undef CEL_FIELD
  int loaded;
} lib;

static pthread_once_t lib_once = PTHREAD_ONCE_INIT;

static void load_libedit(void) {
  // The runtime soname on Debian and Ubuntu, then the development link.
  void *handle = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) handle = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) return;
#define CEL_RESOLVE(name)                                       \
  lib.name = (__typeof__(name) *)dlsym(handle, #name);          \
  if (lib.name == NULL) return;
  CEL_FUNCTIONS(CEL_RESOLVE)
#undef CEL_RESOLVE
  lib.loaded = 1;
}

/// True once libedit is loaded; the callers that make an EditLine or a
/// History ask, every other call has one of those and so a loaded library.
static int libedit_loaded(void) {
  pthread_once(&lib_once, load_libedit);
  return lib.loaded;
}

EditLine *cel_init_stdio(const char *prog) {
  if (!libedit_loaded()) return NULL;
  return lib.el_init(prog, stdin, stderr, stderr);
}
void cel_end(EditLine *el) { lib.el_end(el); }
int cel_set_prompt(EditLine *el, cel_prompt_fn fn) { return lib.el_set(el, EL_PROMPT, fn); }
int cel_set_editor(EditLine *el, const char *mode) { return lib.el_set(el, EL_EDITOR, mode); }
int cel_set_signal(EditLine *el, int on) { return lib.el_set(el, EL_SIGNAL, on); }
int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn) {
  return lib.el_set(el, EL_ADDFN, name, help, fn);
}
int cel_bind(EditLine *el, const char *key, const char *command) {
  return lib.el_set(el, EL_BIND, key, command, NULL);
}
int cel_set_history(EditLine *el, History *h) { return lib.el_set(el, EL_HIST, lib.history, h); }
int cel_parse(EditLine *el, int argc, const char **argv) { return lib.el_parse(el, argc, argv); }
int cel_source(EditLine *el, const char *file) { return lib.el_source(el, file); }
const char *cel_gets(EditLine *el, int *count) { return lib.el_gets(el, count); }

int cel_line_before_cursor(EditLine *el, char *buf, int size) {
  const LineInfo *li = lib.el_line(el);
  if (li == NULL || size <= 0) return -1;
  int n = (int)(li->cursor - li->buffer);
  if (n < 0) return -1;
  if (n >= size) n = size - 1;
  memcpy(buf, li->buffer, (size_t)n);
  buf[n] = 0;
  return n;
}
int cel_chars_after_cursor(EditLine *el) {
  const LineInfoW *li = lib.el_wline(el);
  if (li == NULL) return 0;
  return (int)(li->lastchar - li->cursor);
}
int cel_chars_before_cursor(EditLine *el) {
  const LineInfoW *li = lib.el_wline(el);
  if (li == NULL) return 0;
  return (int)(li->cursor - li->buffer);
}
int cel_move_cursor(EditLine *el, int count) { return lib.el_cursor(el, count); }
int cel_insert(EditLine *el, const char *text) { return lib.el_insertstr(el, text); }
void cel_delete(EditLine *el, int count) { lib.el_deletestr(el, count); }
void cel_reset(EditLine *el) { lib.el_reset(el); }
int cel_read_key(EditLine *el, char *buf, int size) {
  wchar_t wc;
  if (lib.el_wgetc(el, &wc) <= 0) return -1;
  char bytes[MB_LEN_MAX];
  mbstate_t state;
  memset(&state, 0, sizeof state);
  size_t n = wcrtomb(bytes, wc, &state);
  if (n == (size_t)-1 || (int)n >= size) return -1;
  memcpy(buf, bytes, n);
  buf[n] = 0;
  return (int)n;
}
void cel_push(EditLine *el, const char *text) { lib.el_push(el, text); }

History *cel_history_init(int size) {
  if (!libedit_loaded()) return NULL;
  History *h = lib.history_init();
  if (h == NULL) return NULL;
  HistEvent ev;
  lib.history(h, &ev, H_SETSIZE, size);
  lib.history(h, &ev, H_SETUNIQUE, 1);
  return h;
}
void cel_history_end(History *h) { lib.history_end(h); }
int cel_history_enter(History *h, const char *line) {
  HistEvent ev;
  return lib.history(h, &ev, H_ENTER, line);
}
int cel_history_save(History *h, const char *path) {
  HistEvent ev;
  return lib.history(h, &ev, H_SAVE, path);
}
int cel_history_load(History *h, const char *path) {
  HistEvent ev;
  return lib.history(h, &ev, H_LOAD, path);
}
int cel_history_clear(History *h) {
  HistEvent ev;
  return lib.history(h, &ev, H_CLEAR);
}
