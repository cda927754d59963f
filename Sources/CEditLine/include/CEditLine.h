// CEditLine.h: C wrappers for libedit's variadic calls, which Swift cannot make.
// Each function wraps exactly one el_set/el_get/history call; nothing else
// lives here. Swift calls only these: libedit is loaded on first use
// (CEditLine.c), so its own functions are not linked.
#ifndef CEDITLINE_H
#define CEDITLINE_H

#include <stdio.h>
#include <histedit.h>

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

/// el_init on stdin, with prompt and editing on stderr so that results on
/// stdout can be redirected. NULL when libedit cannot be loaded.
EditLine *cel_init_stdio(const char *prog);
void cel_end(EditLine *el);
int cel_set_prompt(EditLine *el, cel_prompt_fn fn);
int cel_set_editor(EditLine *el, const char *mode);
int cel_set_signal(EditLine *el, int on);
int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn);
int cel_bind(EditLine *el, const char *key, const char *command);
int cel_set_history(EditLine *el, History *h);
int cel_parse(EditLine *el, int argc, const char **argv);
int cel_source(EditLine *el, const char *file);
const char *cel_gets(EditLine *el, int *count);
/// The line being edited, up to the cursor, as UTF-8 bytes (NUL-terminated copy
/// in buf). Returns the length in bytes, or -1.
int cel_line_before_cursor(EditLine *el, char *buf, int size);
/// Characters (not bytes) after the cursor, from el_wline.
int cel_chars_after_cursor(EditLine *el);
/// Characters (not bytes) before the cursor, from el_wline.
int cel_chars_before_cursor(EditLine *el);
/// el_cursor: moves the cursor by `count` characters; returns its new offset.
int cel_move_cursor(EditLine *el, int count);
int cel_insert(EditLine *el, const char *text);
void cel_delete(EditLine *el, int count);
void cel_reset(EditLine *el);
/// el_wgetc: the next key, as UTF-8 in buf (NUL-terminated); its length in
/// bytes, or -1 at the end of input. el_getc cannot be used: it gives only
/// keys that fit one byte, and drops Chinese.
int cel_read_key(EditLine *el, char *buf, int size);
/// el_push: keys for libedit to read next, as if typed.
void cel_push(EditLine *el, const char *text);

History *cel_history_init(int size);
void cel_history_end(History *h);
int cel_history_enter(History *h, const char *line);
int cel_history_save(History *h, const char *path);
int cel_history_load(History *h, const char *path);
int cel_history_clear(History *h);

#endif
