#!/usr/bin/env bash
# Soak test of the interactive explorer (not part of `swift test`): random keys with
# random window sizes from 10x5 to 300x100 in a private tmux server. Checks that the
# process survives every batch, quits cleanly on q, leaves the terminal restored, and
# prints its resident memory (VmRSS) at the start and the end.
#   scripts/soak-tmux.sh [KEYS] [BINARY]     (defaults: 10000, .build/debug/tumen)
set -euo pipefail
keys_total=${1:-10000}
binary=${2:-.build/debug/tumen}
[ -x "$binary" ] || { echo "soak: $binary not found; run swift build first" >&2; exit 66; }
command -v tmux >/dev/null || { echo "soak: tmux is not installed" >&2; exit 69; }
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
socket="tumen-soak-$$"
work=$(mktemp -d)
t() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"; rm -rf "$work"; }
trap cleanup EXIT

rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
t new-session -d -s soak -x 80 -y 24 -e LANG=C.UTF-8 sh
t send-keys -t soak -l "ulimit -c 0; sh -c 'echo \$\$ > $work/pid; exec $binary --no-note'; echo \"exit status \$?\""
t send-keys -t soak Enter
for _ in $(seq 50); do [ -s "$work/pid" ] && break; sleep 0.1; done
pid=$(cat "$work/pid")
sleep 1
rss_start=$(rss "$pid")
# Every key the explorer knows except q and Ctrl-C (which would end the run early).
pool=(j k g G Enter Escape + - = t m Tab / n N f '?' p 0 '[' ']' Up Down Left Right Home End PPage NPage Space BSpace F1 a e i x 1 2 BTab)
sent=0; resizes=0; start=$(date +%s.%N)
while [ "$sent" -lt "$keys_total" ]; do
  batch=()
  for _ in $(seq 20); do batch+=("${pool[RANDOM % ${#pool[@]}]}"); done
  t send-keys -t soak "${batch[@]}"
  sent=$((sent + 20))
  if [ $((sent % 100)) -eq 0 ]; then
    t resize-window -t soak -x $((10 + RANDOM % 291)) -y $((5 + RANDOM % 96))
    resizes=$((resizes + 1))
  fi
  if [ $((sent % 1000)) -eq 0 ]; then
    kill -0 "$pid" 2>/dev/null || { echo "soak: tumen died after $sent keys" >&2; t capture-pane -p -t soak >&2; exit 1; }
    echo "keys $sent, resizes $resizes, VmRSS $(rss "$pid") kB"
  fi
done
# Let the queued keys drain: wait until the process is idle (CPU time stops growing).
t resize-window -t soak -x 80 -y 24
last=""; for _ in $(seq 600); do now=$(awk '{print $14+$15}' "/proc/$pid/stat"); [ "$now" = "$last" ] && break; last=$now; sleep 1; done
rss_end=$(rss "$pid")
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
# Leave any prompt, overlay or presenter, then quit.
for _ in 1 2 3 4; do kill -0 "$pid" 2>/dev/null || break; t send-keys -t soak Escape Escape q; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then echo "soak: tumen did not quit on q" >&2; exit 1; fi
t send-keys -t soak -l "stty -a > $work/stty"; t send-keys -t soak C-j; sleep 0.5
status=$(t capture-pane -p -t soak | grep -o 'exit status [0-9]*' | tail -1)
grep -qE '(^| )echo( |;)' "$work/stty" && grep -qE '(^| )icanon( |;)' "$work/stty" || { echo "soak: terminal not restored" >&2; exit 1; }
echo "soak: $sent keys, $resizes resizes in ${elapsed%.*} s; VmRSS start $rss_start kB, end $rss_end kB; $status; terminal restored"
