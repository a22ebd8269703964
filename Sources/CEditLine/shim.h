#ifndef BARRAISER_CEDITLINE_SHIM_H
#define BARRAISER_CEDITLINE_SHIM_H

// Fixed-arity wrappers over libedit's variadic el_wset/history_w, which Swift cannot call,
// and over el_init and stdout's buffer, whose stdin/stdout globals Swift 6 rejects.

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <histedit.h>

typedef const wchar_t *(*barraiser_prompt_fn)(EditLine *);
typedef unsigned char (*barraiser_key_fn)(EditLine *, int);

static inline EditLine *barraiser_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int barraiser_el_set_prompt_esc(EditLine *el, barraiser_prompt_fn fn, wchar_t esc) {
    return el_wset(el, EL_PROMPT_ESC, fn, esc);
}

static inline int barraiser_el_set_editor(EditLine *el, const wchar_t *mode) {
    return el_wset(el, EL_EDITOR, mode);
}

static inline int barraiser_el_is_vi(EditLine *el) {
    const wchar_t *mode = NULL;
    if (el_wget(el, EL_EDITOR, &mode) != 0 || mode == NULL) return 0;
    return wcscmp(mode, L"vi") == 0;
}

static inline int barraiser_el_set_signal(EditLine *el, int on) {
    return el_wset(el, EL_SIGNAL, on);
}

static inline int barraiser_el_set_clientdata(EditLine *el, void *data) {
    return el_wset(el, EL_CLIENTDATA, data);
}

static inline void *barraiser_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_wget(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int barraiser_el_set_history(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}

static inline int barraiser_el_addfn(EditLine *el, const wchar_t *name, const wchar_t *help, barraiser_key_fn fn) {
    return el_wset(el, EL_ADDFN, name, help, fn);
}

static inline int barraiser_el_bind(EditLine *el, const wchar_t *keys, const wchar_t *command) {
    return el_wset(el, EL_BIND, keys, command, NULL);
}

static inline int barraiser_el_settty(EditLine *el, const wchar_t *a, const wchar_t *b) {
    return el_wset(el, EL_SETTY, a, b, NULL);
}

static inline int barraiser_el_source(EditLine *el, const char *path) {
    return el_source(el, path);
}

static inline int barraiser_history_setsize(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}

static inline int barraiser_history_setunique(HistoryW *h, int unique) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, unique);
}

static inline int barraiser_history_load(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_LOAD, path);
}

static inline int barraiser_history_save(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_SAVE, path);
}

static inline int barraiser_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}

static inline void barraiser_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

static inline void barraiser_flush_stdout(void) {
    fflush(stdout);
}

// 0 when everything written to stdout has arrived; else the errno of the failed write (EIO when
// it is lost), since stdio otherwise drops a write error (a full disk, a closed pipe) in silence.
static inline int barraiser_finish_stdout(void) {
    if (fflush(stdout) == 0 && !ferror(stdout)) return 0;
    return errno != 0 ? errno : EIO;
}

static inline int barraiser_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

#endif
