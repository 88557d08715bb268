#!/usr/bin/env bash
# Exports every lesson of a dataset as an HTML handout and checks each with two offline
# accessibility checkers: axe-core 4 (scripts/axe-check.py: PyPI's axe-playwright-python
# for axe.min.js, in Debian's Chromium through Selenium) and HTML Tidy's accessibility
# checks (Debian's tidy, `-access 3`). Prints each checker's findings; exits 1 when axe
# finds a violation or Tidy reports an error.
#
#   scripts/check-accessibility.sh                    # the bundled data
#   TUMEN=/path/to/tumen scripts/check-accessibility.sh --data my.json
#
# Set-up (Debian, as root): apt-get install chromium chromium-driver tidy
#                           pip install selenium && pip install --no-deps axe-playwright-python
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tumen="${TUMEN:-$root/.build/debug/tumen}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
lessons="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(l["id"] for l in d.get("lessons", [])))' "${2:-data/tumen.json}")"
for lesson in $lessons; do
    file="$out/$lesson.html"
    "$tumen" export --format html --lesson "$lesson" "$@" > "$file"
    echo "== $lesson: axe-core"
    python3 scripts/axe-check.py "$file" || status=1
    echo "== $lesson: tidy -access 3"
    tidy -q -e -access 3 "$file" 2>&1 | sed 's/^line [0-9]* column [0-9]* - //' | sort | uniq -c || true
    if tidy -q -e -access 3 "$file" 2>&1 | grep -q "Error:"; then status=1; fi
done
exit $status
