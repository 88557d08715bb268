#!/usr/bin/env bash
# Fuzzes Tumen with libFuzzer for a bounded time: the dataset loader (every format, and
# format detection), the key notation, and the whole path of a file (views: load, then
# draw every view at three sizes and export every format). Not part of `swift test` or CI:
# it takes minutes and finds things by chance.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   # per target (default 60); targets: loader keys views
#
# Each target (Fuzz/FuzzLoader.swift, Fuzz/FuzzKeys.swift, Fuzz/FuzzViews.swift) is
# compiled in one module with TumenData's and TumenModel's sources (and, for views,
# TumenRender's; their `import TumenData` and `import TumenModel` lines dropped), with -sanitize=fuzzer,address. It starts from the seed corpus in
# Fuzz/corpus/TARGET and grows a scratch copy under .build-fuzz/ (the committed seeds stay
# small). A crash leaves its input in .build-fuzz/crashes/; the script then exits 1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(loader keys views)
out=".build-fuzz"
mkdir -p "$out/crashes"
# The targets' sources, copied without their imports of each other (one module holds them
# all here).
copy_sources() {
    local into="$out/$1-sources"
    rm -rf "$into" && mkdir -p "$into"
    while IFS= read -r file; do
        grep -v -E '^(@testable )?import (TumenData|TumenModel)$' "$file" > "$into/$(echo "$file" | tr '/' '_')"
    done < <(find "$2" -name '*.swift' | sort)
    find "$into" -name '*.swift' | sort
}
mapfile -t model < <(copy_sources data Sources/TumenData; copy_sources model Sources/TumenModel)
mapfile -t rendering < <(copy_sources render Sources/TumenRender)
# The views target draws without a basemap (Fuzz/FuzzViews.swift): routing legs over the
# real one for every input would be most of each run, and the map code is the same.
status=0
for target in "${targets[@]}"; do
    source="Fuzz/Fuzz${target^}.swift"
    binary="$out/fuzz-$target"
    sources=("${model[@]}")
    if [[ $target == views ]]; then sources+=("${rendering[@]}"); fi
    if [[ ! -x "$binary" || -n "$(find "$source" Sources -name '*.swift' -newer "$binary" | head -1)" ]]; then
        echo "fuzz: building $target (swiftc -sanitize=fuzzer,address)" >&2
        # (gold warns about every ASan helper symbol; those lines say nothing.)
        swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name TumenFuzz -package-name Tumen "${sources[@]}" "$source" -o "$binary" \
            2> >(grep -v "Cannot export local symbol" >&2)
    fi
    scratch="$out/corpus-$target"
    mkdir -p "$scratch"
    # The views target starts from the loader's seeds: they are dataset files too.
    seeds="Fuzz/corpus/$target"; [[ $target == views ]] && seeds="Fuzz/corpus/loader"
    cp -n "$seeds"/* "$scratch"/ 2>/dev/null || true
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
