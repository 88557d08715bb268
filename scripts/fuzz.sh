#!/usr/bin/env bash
# Fuzzes Tumen's parsers with libFuzzer for a bounded time: the dataset loader (every
# format, and format detection) and the key notation. Not part of `swift test` or CI:
# it takes minutes and finds things by chance.
#
#   scripts/fuzz.sh [SECONDS]        # per target; default 60
#
# Each target (Fuzz/FuzzLoader.swift, Fuzz/FuzzKeys.swift) is compiled in one module with
# TumenModel's sources, with -sanitize=fuzzer,address. It starts from the seed corpus in
# Fuzz/corpus/TARGET and grows a scratch copy under .build-fuzz/ (the committed seeds stay
# small). A crash leaves its input in .build-fuzz/crashes/; the script then exits 1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
out=".build-fuzz"
mkdir -p "$out/crashes"
mapfile -t model < <(find Sources/TumenModel -name '*.swift' | sort)
status=0
for target in loader keys; do
    source="Fuzz/Fuzz${target^}.swift"
    binary="$out/fuzz-$target"
    if [[ ! -x "$binary" || -n "$(find "$source" "${model[@]}" -newer "$binary" | head -1)" ]]; then
        echo "fuzz: building $target (swiftc -sanitize=fuzzer,address)" >&2
        # (gold warns about every ASan helper symbol; those lines say nothing.)
        swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name TumenFuzz "${model[@]}" "$source" -o "$binary" \
            2> >(grep -v "Cannot export local symbol" >&2)
    fi
    scratch="$out/corpus-$target"
    mkdir -p "$scratch"
    cp -n Fuzz/corpus/"$target"/* "$scratch"/ 2>/dev/null || true
    log="$out/$target.log"
    set +e
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$out/crashes/$target-" -print_final_stats=1 "$scratch" > "$log" 2>&1
    code=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    crashes=$(ls "$out/crashes" | grep -c "^$target-" || true)
    echo "fuzz $target: $runs executions in ${seconds}s, corpus $(ls "$scratch" | wc -l) inputs, crashes: $crashes (exit $code; log $log)"
    if [[ $code -ne 0 || $crashes -ne 0 ]]; then status=1; fi
done
exit $status
