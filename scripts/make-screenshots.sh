#!/usr/bin/env bash
# Regenerates screenshots/ from the bundled data: for each view in screenshots/views.tsv
# a NAME.txt (tumen render --format text) and a NAME.png (the SVG picture through
# rsvg-convert). Views whose options this tumen does not know yet are skipped and listed.
#
#   scripts/make-screenshots.sh            # builds tumen (debug) if needed
#   TUMEN=/path/to/tumen scripts/make-screenshots.sh
#
# The screenshot test (Tests/TumenAppTests/RenderScreenshotsTests.swift) fails when a
# committed .txt differs from what the current binary renders; this script fixes that.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tumen="${TUMEN:-$root/.build/debug/tumen}"
if [[ -z "${TUMEN:-}" ]]; then
    swift build --product tumen >&2
fi
if ! command -v rsvg-convert >/dev/null; then
    echo "make-screenshots: rsvg-convert not found (Debian: apt-get install librsvg2-bin); PNGs not made" >&2
    make_png=false
else
    make_png=true
    # Place names carry their Korean and Chinese names; without a CJK font rsvg-convert
    # draws them as boxes, a defect in the picture though not in the app.
    if command -v fc-list >/dev/null && [[ -z "$(fc-list :lang=ko family)" ]]; then
        echo "make-screenshots: no Korean font (Debian: apt-get install fonts-noto-cjk); Hangul and Hanzi will be boxes" >&2
    fi
fi

help_text="$("$tumen" render --help)"
skipped=()
made=()
while IFS=$'\t' read -r name size keys options || [[ -n "$name" ]]; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ "$keys" == "-" ]] && keys=""
    [[ "$options" == "-" ]] && options=""
    # Options arrive as one word list; none of them holds spaces.
    extra=()
    read -r -a extra <<< "${options:-}"
    missing=""
    for option in ${extra[@]+"${extra[@]}"}; do
        if [[ "$option" == --* ]] && ! grep -q -- "$option" <<< "$help_text"; then missing="$option"; fi
    done
    if [[ -n "$missing" ]]; then
        skipped+=("$name (tumen render has no $missing yet)")
        continue
    fi
    args=(render --unicode --size "$size")
    [[ -n "$keys" ]] && args+=(--keys "$keys")
    args+=(${extra[@]+"${extra[@]}"})
    "$tumen" "${args[@]}" --format text > "screenshots/$name.txt"
    if $make_png; then
        "$tumen" "${args[@]}" --format svg | rsvg-convert --format png -o "screenshots/$name.png"
    fi
    made+=("$name")
done < screenshots/views.tsv

echo "made ${#made[@]} screenshots: ${made[*]}"
if (( ${#skipped[@]} > 0 )); then
    echo "skipped ${#skipped[@]}:"
    printf '  %s\n' "${skipped[@]}"
fi
