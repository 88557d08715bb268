// Swift sees ncurses through this header only. The wide-character API needs
// _XOPEN_SOURCE_EXTENDED before the include; macros and mutable globals are
// wrapped in static inline functions because Swift 6 rejects them directly.
#ifndef TUMEN_CNCURSESW_SHIM_H
#define TUMEN_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *tumen_stdscr(void) { return stdscr; }
static inline int tumen_lines(void) { return LINES; }
static inline int tumen_cols(void) { return COLS; }
static inline int tumen_colors(void) { return COLORS; }
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
#endif
