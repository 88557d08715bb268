// Swift sees ncurses through this header only. The wide-character API needs
// _XOPEN_SOURCE_EXTENDED before the include; macros and mutable globals are
// wrapped in static inline functions because Swift 6 rejects them directly.
// Nothing here keeps state: static inline functions are copied into every object file
// that calls them, so the terminal-restore state and the signal handlers live in the
// CTerminalState target, in one C file.
#ifndef TUMEN_CNCURSESW_SHIM_H
#define TUMEN_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

static inline WINDOW *tumen_stdscr(void) { return stdscr; }
static inline int tumen_lines(void) { return LINES; }
static inline int tumen_cols(void) { return COLS; }
static inline int tumen_colors(void) { return COLORS; }

// The size the terminal has now, asked of the terminal itself (0 if it cannot say).
// ncurses learns of a resize from SIGWINCH; a signal that lands just before it blocks
// reading a key is noticed only at the next key, so the session also asks now and then.
// (Not "lines" and "columns": term.h defines those as macros.)
static inline int tumen_terminal_size(int *height, int *width) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    *height = size.ws_row;
    *width = size.ws_col;
    return 1;
}
static inline int tumen_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tumen_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int tumen_err(void) { return ERR; }
static inline int tumen_key_code_yes(void) { return KEY_CODE_YES; }
static inline void tumen_set_escdelay(int ms) { set_escdelay(ms); }
static inline attr_t tumen_a_bold(void) { return A_BOLD; }
static inline attr_t tumen_a_dim(void) { return A_DIM; }
static inline attr_t tumen_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tumen_a_reverse(void) { return A_REVERSE; }
static inline attr_t tumen_a_italic(void) { return A_ITALIC; }
static inline attr_t tumen_a_normal(void) { return A_NORMAL; }
static inline int tumen_key_f(int n) { return KEY_F(n); }

/// True when the current locale's character set is UTF-8 (call after setlocale).
static inline int tumen_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// The function-key codes ncurses reports (KEY_CODE_YES), as small stable numbers
/// the Swift side maps to `Key`: 1 up, 2 down, 3 left, 4 right, 5 home, 6 end,
/// 7 page up, 8 page down, 9 backspace, 10 delete, 11 insert, 12 back-tab, 13 enter,
/// 50 resize, 51 mouse, 100 + n for Fn; 0 for anything else.
static inline int tumen_key_kind(int code) {
    switch (code) {
    case KEY_UP: return 1;
    case KEY_DOWN: return 2;
    case KEY_LEFT: return 3;
    case KEY_RIGHT: return 4;
    case KEY_HOME: return 5;
    case KEY_END: return 6;
    case KEY_PPAGE: return 7;
    case KEY_NPAGE: return 8;
    case KEY_BACKSPACE: return 9;
    case KEY_DC: return 10;
    case KEY_IC: return 11;
    case KEY_BTAB: return 12;
    case KEY_ENTER: return 13;
    case KEY_RESIZE: return 50;
    case KEY_MOUSE: return 51;
    default:
        if (code >= KEY_F(1) && code <= KEY_F(12)) return 100 + (code - KEY_F(0));
        return 0;
    }
}

/// Mouse reporting for clicks and the wheel only (no motion), reported at once.
static inline void tumen_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

/// After KEY_MOUSE: 1 click, 2 wheel up, 3 wheel down, 0 anything else or no event.
static inline int tumen_read_mouse(int *column, int *row) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *column = event.x;
    *row = event.y;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
    if (event.bstate & BUTTON5_PRESSED) return 3;
    return 0;
}

/// After the shell had the terminal (Ctrl-Z, then `fg`): it may have changed the modes
/// meanwhile; the next refresh sets ours again and repaints every cell.
static inline void tumen_redraw_everything(void) {
    clearok(curscr, TRUE);
    refresh();
}

/// Opens ncurses on the standard streams; NULL when the terminal type is unknown.
static inline SCREEN *tumen_newterm(void) { return newterm(NULL, stdout, stdin); }

/// True when terminfo can address the cursor (a `dumb` terminal cannot).
static inline int tumen_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
#endif
