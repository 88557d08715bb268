#!/usr/bin/env bash
# First frame in a real terminal: the time from starting `tumen` in a tmux pane to its
# first full screen (the status bar's "? help") showing in the pane. Polls capture-pane,
# so figures carry a few milliseconds of polling; the median of RUNS is printed.
#
#   scripts/bench-tmux.sh [DATASET] [RUNS]     # default: the bundled data, 10 runs
#   TUMEN=.build/release/tumen scripts/bench-tmux.sh
#   scripts/bench-tmux.sh --compare [RUNS]   # side by side in one 120x40 pane, interleaved:
#       a shell's echo, `less data/tumen.json`, a static Swift "hello" printing a 40-line
#       screen (the floor for any program in Swift), `tumen` alone (its first screen is the
#       content note), `tumen --no-note` (the timeline; the built-in data, from /), the map
#       after pressing m, and TUMEN2 (e.g. a second build) when set;
#       medians in ms. Every program starts the same way, from one shell whose environment
#       holds only TERM, LANG, HOME and PATH (so no TUMEN_* variable and no data/ beside
#       `tumen` when it is a copy outside the clone).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tumen="${TUMEN:-$root/.build/release/tumen}"

# One interleaved run: each round starts every program once, in the same pane, so a busy
# machine slows them all alike. Time = from send-keys to the marker showing in the pane.
compare() {
    local runs="${1:-9}"
    session="tumen-compare-$$"
    socket="tumen-compare-$$"
    [[ -x "$tumen" ]] || { echo "bench-tmux: $tumen not built (swift build -c release)" >&2; exit 66; }
    scratch="$(mktemp -d)"
    # tmux leaves its socket file behind after kill-server; remove it too.
    trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"; rm -rf "$scratch"' EXIT
    # The floor: the least a Swift program does to show a screen (static runtime, as tumen).
    printf '%s\n' 'var s = ""' 'for i in 0..<39 { s += "line \(i) of a screen a program shows in a terminal pane\n" }' \
        'print(s + " hello  ? help")' > "$scratch/hello.swift"
    swiftc -O -static-stdlib "$scratch/hello.swift" -o "$scratch/hello" 2>/dev/null
    env -i TERM="${TERM:-xterm-256color}" LANG=C.UTF-8 HOME="$HOME" PATH=/usr/bin:/bin \
        tmux -L "$socket" -f /dev/null new-session -d -s "$session" -x 120 -y 40 -c /
    sleep 0.3
    declare -A times=()
    local names=(echo less hello note tumen map)
    [[ -n "${TUMEN2:-}" ]] && names+=(tumen2)
    now() { date +%s%N; }
    pane() { tmux -L "$socket" "$@"; }
    waitfor() { until pane capture-pane -p -t "$session" | grep -q -- "$1"; do :; done; }
    back() { until [[ "$(pane display -p -t "$session" '#{alternate_on}')" == 0 ]]; do :; done; }
    fresh() { pane send-keys -t "$session" "clear" Enter; sleep 0.2; }
    for ((i = 0; i < runs; i++)); do
        local start end
        fresh; start=$(now)
        pane send-keys -t "$session" "echo 'rea''dy'" Enter; waitfor '^ready'; end=$(now)
        times[echo]+="$(( (end - start) / 1000 )) "
        fresh; start=$(now)
        pane send-keys -t "$session" "less '$root/data/tumen.json'" Enter; waitfor '"\$schema"'; end=$(now)
        times[less]+="$(( (end - start) / 1000 )) "
        pane send-keys -t "$session" q; back
        fresh; start=$(now)
        pane send-keys -t "$session" "'$scratch/hello'" Enter; waitfor ' hello  ? help'; end=$(now)
        times[hello]+="$(( (end - start) / 1000 )) "
        fresh; start=$(now)
        pane send-keys -t "$session" "'$tumen'" Enter; waitfor 'Press any key to continue'; end=$(now)
        times[note]+="$(( (end - start) / 1000 )) "
        pane send-keys -t "$session" Enter; waitfor 'timeline.*? help'; pane send-keys -t "$session" q; back
        fresh; start=$(now)
        pane send-keys -t "$session" "'$tumen' --no-note" Enter; waitfor 'timeline.*? help'; end=$(now)
        times[tumen]+="$(( (end - start) / 1000 )) "
        start=$(now)
        pane send-keys -t "$session" m; waitfor '^ map  event'; end=$(now)
        times[map]+="$(( (end - start) / 1000 )) "
        pane send-keys -t "$session" q; back
        if [[ -n "${TUMEN2:-}" ]]; then
            fresh; start=$(now)
            pane send-keys -t "$session" "'$TUMEN2' --no-note" Enter; waitfor 'timeline.*? help'; end=$(now)
            times[tumen2]+="$(( (end - start) / 1000 )) "
            pane send-keys -t "$session" q; back
        fi
    done
    echo "first frame in one tmux pane (120x40), median of $runs interleaved runs:"
    local name
    for name in "${names[@]}"; do
        local sorted=($(printf '%s\n' ${times[$name]} | sort -n))
        local median=${sorted[$(( runs / 2 ))]}
        printf '  %-7s %d.%d ms   (min %d.%d, max %d.%d)\n' "$name" $((median / 1000)) $((median % 1000 / 100)) \
            $((sorted[0] / 1000)) $((sorted[0] % 1000 / 100)) $((sorted[runs - 1] / 1000)) $((sorted[runs - 1] % 1000 / 100))
    done
    echo "  (hello: a static Swift program printing a 40-line screen; note: \`tumen\` alone, to its content"
    echo "   note; tumen: \`tumen --no-note\`, to the timeline; map: from pressing m in the explorer to the"
    echo "   map drawn; tumen: $tumen${TUMEN2:+; tumen2: $TUMEN2 --no-note})"
}
if [[ "${1:-}" == "--compare" ]]; then
    command -v tmux >/dev/null || { echo "bench-tmux: tmux not found" >&2; exit 69; }
    compare "${2:-9}"
    exit 0
fi
data="${1:-$root/data/tumen.json}"
runs="${2:-10}"
[[ -x "$tumen" ]] || { echo "bench-tmux: $tumen not built (swift build -c release)" >&2; exit 66; }
command -v tmux >/dev/null || { echo "bench-tmux: tmux not found" >&2; exit 69; }
session="tumen-bench-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
tmux new-session -d -s "$session" -x 80 -y 24
sleep 0.3
times=()
for ((i = 0; i < runs; i++)); do
    tmux send-keys -t "$session" "clear" Enter
    sleep 0.2
    start=$(date +%s%N)
    tmux send-keys -t "$session" "'$tumen' --no-note --data '$data'" Enter
    until tmux capture-pane -p -t "$session" | grep -q '? help'; do :; done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
    tmux send-keys -t "$session" q
    until [[ "$(tmux display -p -t "$session" '#{alternate_on}')" == 0 ]]; do :; done
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
printf 'first frame in tmux (80x24, %s): median %d.%03d ms over %d runs (min %d.%03d, max %d.%03d)\n' \
    "$(basename "$data")" $((median / 1000)) $((median % 1000)) "$runs" \
    $((sorted[0] / 1000)) $((sorted[0] % 1000)) $((sorted[runs - 1] / 1000)) $((sorted[runs - 1] % 1000))
