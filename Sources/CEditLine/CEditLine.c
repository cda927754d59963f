// CEditLine.c: one libedit call per function (see CEditLine.h).
#include "CEditLine.h"
#include <limits.h>
#include <string.h>
#include <wchar.h>

EditLine *cel_init_stdio(const char *prog) { return el_init(prog, stdin, stderr, stderr); }
void cel_end(EditLine *el) { el_end(el); }
int cel_set_prompt(EditLine *el, cel_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
int cel_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
int cel_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, NULL);
}
int cel_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
int cel_parse(EditLine *el, int argc, const char **argv) { return el_parse(el, argc, argv); }
int cel_source(EditLine *el, const char *file) { return el_source(el, file); }
const char *cel_gets(EditLine *el, int *count) { return el_gets(el, count); }

int cel_line_before_cursor(EditLine *el, char *buf, int size) {
  const LineInfo *li = el_line(el);
  if (li == NULL || size <= 0) return -1;
  int n = (int)(li->cursor - li->buffer);
  if (n < 0) return -1;
  if (n >= size) n = size - 1;
  memcpy(buf, li->buffer, (size_t)n);
  buf[n] = 0;
  return n;
}
int cel_chars_after_cursor(EditLine *el) {
  const LineInfoW *li = el_wline(el);
  if (li == NULL) return 0;
  return (int)(li->lastchar - li->cursor);
}
int cel_chars_before_cursor(EditLine *el) {
  const LineInfoW *li = el_wline(el);
  if (li == NULL) return 0;
  return (int)(li->cursor - li->buffer);
}
int cel_move_cursor(EditLine *el, int count) { return el_cursor(el, count); }
int cel_insert(EditLine *el, const char *text) { return el_insertstr(el, text); }
void cel_delete(EditLine *el, int count) { el_deletestr(el, count); }
void cel_reset(EditLine *el) { el_reset(el); }
int cel_read_key(EditLine *el, char *buf, int size) {
  wchar_t wc;
  if (el_wgetc(el, &wc) <= 0) return -1;
  char bytes[MB_LEN_MAX];
  mbstate_t state;
  memset(&state, 0, sizeof state);
  size_t n = wcrtomb(bytes, wc, &state);
  if (n == (size_t)-1 || (int)n >= size) return -1;
  memcpy(buf, bytes, n);
  buf[n] = 0;
  return (int)n;
}
void cel_push(EditLine *el, const char *text) { el_push(el, text); }

History *cel_history_init(int size) {
  History *h = history_init();
  if (h == NULL) return NULL;
  HistEvent ev;
  history(h, &ev, H_SETSIZE, size);
  history(h, &ev, H_SETUNIQUE, 1);
  return h;
}
void cel_history_end(History *h) { history_end(h); }
int cel_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
int cel_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
int cel_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
int cel_history_clear(History *h) {
  HistEvent ev;
  return history(h, &ev, H_CLEAR);
}
