// One copy of the terminal-restore state for the whole program (see TerminalState.h).
// Prepared while the terminal is opened (terminfo may be read then), used by the
// handler with only tcsetattr, write, sigaction and raise (all async-signal-safe).
#include "TerminalState.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

enum { restore_capacity = 512 };

static struct termios saved_modes;
static volatile sig_atomic_t restore_armed;
static char restore_bytes[restore_capacity];
static size_t restore_length;

static const int handled_signals[] = {
    SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP
};
enum { handled_count = sizeof handled_signals / sizeof handled_signals[0] };
static struct sigaction previous_actions[handled_count];

int tumen_save_terminal_modes(void) { return tcgetattr(STDIN_FILENO, &saved_modes); }

const struct termios *tumen_saved_termios(void) { return &saved_modes; }

void tumen_restore_clear(void) { restore_length = 0; }

void tumen_restore_append(const char *text) {
    if (text == NULL || text == (const char *)-1) return;
    // Terminfo padding such as `$<2>` is for tputs, not for the terminal: leave it out.
    for (const char *p = text; *p != '\0'; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *close = strchr(p, '>');
            if (close != NULL) { p = close; continue; }
        }
        if (restore_length + 1 >= restore_capacity) return;
        restore_bytes[restore_length++] = *p;
    }
}

void tumen_restore_now(void) {
    if (!restore_armed) return;
    restore_armed = 0;
    ssize_t ignored = write(STDOUT_FILENO, restore_bytes, restore_length);
    (void)ignored;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
}

static void signal_handler(int signal_number) {
    tumen_restore_now();
    if (signal_number != SIGTERM && signal_number != SIGHUP && signal_number != SIGINT && signal_number != SIGQUIT) {
        static const char message[] = "tumen: internal error (crashed); the terminal was restored\n";
        ssize_t ignored = write(STDERR_FILENO, message, sizeof message - 1);
        (void)ignored;
    }
    // Die of the same signal, as if we had not caught it, so the shell reports it.
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal_number, &fallback, NULL);
    raise(signal_number);
}

void tumen_install_signal_handlers(void) {
    restore_armed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = signal_handler;
    sigemptyset(&action.sa_mask);
    for (int index = 0; index < handled_count; index++) {
        sigaction(handled_signals[index], &action, &previous_actions[index]);
    }
}

void tumen_remove_signal_handlers(void) {
    restore_armed = 0;
    for (int index = 0; index < handled_count; index++) {
        sigaction(handled_signals[index], &previous_actions[index], NULL);
    }
}

void tumen_stop_job(void) {
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    kill(0, SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}
