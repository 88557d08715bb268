// The terminal state that must outlive any one Swift call: the shell's terminal modes,
// the bytes that undo full-screen mode, and the signal handlers that put both back.
// It lives in one C file (TerminalState.c) so there is one copy of it in the program;
// as statics in a header's `static inline` functions, each object file that called them
// had its own. A signal handler must be async-signal-safe, which plain C can promise.
#ifndef TUMEN_TERMINAL_STATE_H
#define TUMEN_TERMINAL_STATE_H
#include <termios.h>

/// Saves the terminal modes of standard input as the shell left them; 0 on success.
int tumen_save_terminal_modes(void);

/// The modes saved by `tumen_save_terminal_modes`.
const struct termios *tumen_saved_termios(void);

/// Forgets the restore bytes (a session that writes no escape sequences, only modes).
void tumen_restore_clear(void);

/// Adds a terminfo string to the restore bytes, without its `$<n>` padding; NULL and
/// terminfo's "absent" value (-1) add nothing.
void tumen_restore_append(const char *text);

/// Writes the restore bytes and puts the saved modes back, once per arming;
/// safe inside a signal handler.
void tumen_restore_now(void);

/// Arms the restore and catches the signals that would otherwise leave the terminal raw
/// (SIGTERM, SIGHUP, SIGQUIT, SIGINT and the crashes): the handler restores, then dies
/// of the same signal.
void tumen_install_signal_handlers(void);

/// Disarms the restore and gives the signals back their earlier handlers.
void tumen_remove_signal_handlers(void);

/// Stops the job as Ctrl-Z stops any program, with SIGTSTP's default action (ncurses
/// may have its own); returns when the shell continues it (`fg`).
void tumen_stop_job(void);

#endif
