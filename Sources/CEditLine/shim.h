#ifndef BARRAISER_CEDITLINE_SHIM_H
#define BARRAISER_CEDITLINE_SHIM_H

// Fixed-arity wrappers over libedit's variadic el_wset/history_w, which Swift cannot call,
// and over el_init and stdout's buffer, whose stdin/stdout globals Swift 6 rejects.

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>
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

// ---- Signals while the editor reads ----
//
// With EL_SIGNAL on, libedit catches SIGTERM, SIGHUP and SIGTSTP during el_wgets, restores the
// terminal, and re-sends the signal with kill(0, ...) to the whole process group: a script that
// started the program died with it, and the program itself died without saving. The editor
// reads keys through barraiser_read_char instead, which puts these handlers back over libedit's
// for the read, so a termination ends el_wgets with the line still in its buffer. Only
// LineEditor.swift may use these: each Swift file gets its own copy of a header's statics.

static volatile sig_atomic_t barraiser_termination_signal = 0;
static volatile sig_atomic_t barraiser_resized = 0;
static volatile sig_atomic_t barraiser_suspend_requested = 0;
static int barraiser_wake_pipe[2] = {-1, -1};
static int barraiser_bracketed_paste = 0;
static inline struct termios *barraiser_terminal_mode_before_editing(void) {
    static struct termios mode;
    return &mode;
}
static int barraiser_has_normal_mode = 0;

static void barraiser_signal_handler(int signo) {
    int saved = errno;
    if (signo == SIGWINCH) barraiser_resized = 1;
    else if (signo == SIGTSTP) barraiser_suspend_requested = 1;
    else if (barraiser_termination_signal == 0) barraiser_termination_signal = signo;
    if (barraiser_wake_pipe[1] >= 0) {
        char byte = 0;
        ssize_t ignored = write(barraiser_wake_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

static inline void barraiser_catch(int signo) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = barraiser_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: poll() must return to look at the flags
    sigaction(signo, &action, NULL);
}

static inline void barraiser_termination_signals(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGHUP);
}

/// Installs the handlers for SIGTERM and SIGHUP, outside the editor; keeps the terminal's normal
/// mode to restore on Ctrl-Z. Returns 0 when the wake-up pipe could be made.
static inline int barraiser_signals_init(void) {
    if (barraiser_wake_pipe[0] < 0) {
        if (pipe(barraiser_wake_pipe) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(barraiser_wake_pipe[i], F_SETFD, FD_CLOEXEC);
            fcntl(barraiser_wake_pipe[i], F_SETFL, fcntl(barraiser_wake_pipe[i], F_GETFL) | O_NONBLOCK);
        }
    }
    barraiser_has_normal_mode = tcgetattr(STDIN_FILENO, barraiser_terminal_mode_before_editing()) == 0;
    barraiser_catch(SIGTERM);
    barraiser_catch(SIGHUP);
    return 0;
}

/// Once the editor is closed, SIGTERM and SIGHUP end the program as they normally do; one that
/// came before stays recorded.
static inline void barraiser_signals_end(void) {
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}

/// The SIGTERM or SIGHUP received so far, or 0.
static inline int barraiser_pending_termination(void) { return barraiser_termination_signal; }

static inline void barraiser_set_bracketed_paste(int on) { barraiser_bracketed_paste = on; }

/// Holds SIGTERM and SIGHUP back from before el_wgets until barraiser_read_char has put its
/// handlers back: between the two, libedit's would run.
static inline void barraiser_hold_termination(void) {
    sigset_t set;
    barraiser_termination_signals(&set);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
}

static inline void barraiser_release_termination(void) {
    sigset_t set;
    barraiser_termination_signals(&set);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// Ctrl-Z while reading: the terminal back to normal and bracketed paste off, stop this process
/// only (the terminal already sent the signal to the others), then raw mode and a redraw.
static inline void barraiser_suspend(EditLine *el) {
    struct termios editing;
    int has_editing = tcgetattr(STDIN_FILENO, &editing) == 0;
    if (barraiser_bracketed_paste) barraiser_write_stdout("\033[?2004l");
    if (barraiser_has_normal_mode) tcsetattr(STDIN_FILENO, TCSADRAIN, barraiser_terminal_mode_before_editing());
    signal(SIGTSTP, SIG_DFL);
    kill(getpid(), SIGTSTP);
    barraiser_catch(SIGTSTP);
    if (has_editing) tcsetattr(STDIN_FILENO, TCSADRAIN, &editing);
    if (barraiser_bracketed_paste) barraiser_write_stdout("\033[?2004h");
    el_wset(el, EL_REFRESH);
}

/// libedit's EL_GETCFN: reads one character from standard input as libedit's own reader does
/// (UTF-8, an invalid byte dropped), while watching for signals. Returns 1 with a character,
/// 0 at end of input, -1 when a termination signal came (or the read failed).
static int barraiser_read_char(EditLine *el, wchar_t *character) {
    barraiser_catch(SIGTERM);
    barraiser_catch(SIGHUP);
    barraiser_catch(SIGTSTP);
    barraiser_catch(SIGWINCH);
    signal(SIGINT, SIG_IGN);
    barraiser_release_termination();
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        if (barraiser_termination_signal != 0) {
            *character = L'\0';
            errno = EINTR;
            return -1;
        }
        if (barraiser_resized) {
            barraiser_resized = 0;
            el_resize(el);
            el_wset(el, EL_REFRESH);
        }
        if (barraiser_suspend_requested) {
            barraiser_suspend_requested = 0;
            barraiser_suspend(el);
        }
        struct pollfd watched[2] = {{STDIN_FILENO, POLLIN, 0}, {barraiser_wake_pipe[0], POLLIN, 0}};
        int ready = poll(watched, barraiser_wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            *character = L'\0';
            return -1;
        }
        if (watched[1].revents & POLLIN) {
            char drained[64];
            while (read(barraiser_wake_pipe[0], drained, sizeof drained) > 0) {}
        }
        if ((watched[0].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
        ssize_t got = read(STDIN_FILENO, bytes + count, 1);
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            *character = L'\0';
            return -1;
        }
        if (got == 0) {
            *character = L'\0';
            return 0;
        }
        count += 1;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t decoded = mbrtowc(character, bytes, count, &state);
        if (decoded == (size_t)-2 && count < MB_LEN_MAX) continue;
        if (decoded == (size_t)-1 || decoded == (size_t)-2) {
            count = 0;
            continue;
        }
        return 1;
    }
}

static inline int barraiser_el_use_own_reader(EditLine *el) {
    return el_wset(el, EL_GETCFN, barraiser_read_char);
}

/// The line being typed when el_wgets gave up, as wide characters; `count` receives its length.
static inline const wchar_t *barraiser_el_line(EditLine *el, int *count) {
    const LineInfoW *info = el_wline(el);
    if (info == NULL) { *count = 0; return NULL; }
    *count = (int)(info->lastchar - info->buffer);
    return info->buffer;
}

#endif
