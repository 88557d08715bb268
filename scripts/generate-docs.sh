#!/bin/sh
# Regenerates what swift-argument-parser makes from the command line: the man page
# docs/man/tumen.1 (the package's generate-manual plugin) and the shell completions in
# docs/completions/ (tumen --generate-completion-script). Run after changing a command,
# an option or its help; CI runs it with --check, and CommandLineDocsTests compares the
# completions with the binary.
#   scripts/generate-docs.sh            regenerate
#   scripts/generate-docs.sh --check    exit 1 when a committed file is out of date
# SCRATCH=.build-x picks the build folder (default .build). Works offline once the
# package's dependencies are fetched.
set -eu
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build}
# The manual's date: the release it documents, not today (so regenerating changes nothing).
date=2026-11-27
check=no
[ "${1:-}" = "--check" ] && check=yes

swift build --scratch-path "$scratch" --product tumen >/dev/null
tumen="$scratch/debug/tumen"
swift package --scratch-path "$scratch" --allow-writing-to-package-directory generate-manual \
    --configuration debug --date "$date" --authors "Tumen contributors" >/dev/null

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/man" "$out/completions"
cp "$scratch/plugins/GenerateManual/outputs/tumen/tumen.1" "$out/man/tumen.1"
"$tumen" --generate-completion-script bash > "$out/completions/tumen.bash"
"$tumen" --generate-completion-script zsh > "$out/completions/_tumen"
"$tumen" --generate-completion-script fish > "$out/completions/tumen.fish"

if [ $check = yes ]; then
    if diff -r "$out/man" docs/man >/dev/null && diff -r "$out/completions" docs/completions >/dev/null; then
        echo "docs/man and docs/completions are current"
        exit 0
    fi
    diff -r "$out/man" docs/man | head -20 >&2 || true
    diff -r "$out/completions" docs/completions | head -20 >&2 || true
    echo "docs/man or docs/completions is out of date: run scripts/generate-docs.sh" >&2
    exit 1
fi
mkdir -p docs/man docs/completions
cp "$out/man/tumen.1" docs/man/tumen.1
cp "$out/completions/"* docs/completions/
echo "wrote docs/man/tumen.1, docs/completions/tumen.bash, docs/completions/_tumen, docs/completions/tumen.fish"
