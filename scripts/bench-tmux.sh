#!/usr/bin/env bash
# First frame in a real terminal: the time from starting `tumen` in a tmux pane to its
# first full screen (the status bar's "? help") showing in the pane. Polls capture-pane,
# so figures carry a few milliseconds of polling; the median of RUNS is printed.
#
#   scripts/bench-tmux.sh [DATASET] [RUNS]     # default: the bundled data, 10 runs
#   TUMEN=.build/release/tumen scripts/bench-tmux.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tumen="${TUMEN:-$root/.build/release/tumen}"
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
