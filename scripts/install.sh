#!/bin/sh
# Installs tumen for one user or system-wide:
#   scripts/install.sh [PREFIX]              build in release mode and install (PREFIX: ~/.local)
#   scripts/install.sh --uninstall [PREFIX]  remove exactly the files the install put there
#   scripts/install.sh --binary PATH [PREFIX]  install PATH instead of building
# Installs the binary (with the dataset and basemap built in), the man page and the bash,
# zsh and fish completions, and lists them in PREFIX/share/tumen/install-manifest, which
# --uninstall reads. SCRATCH=.build-x picks the build folder (default .build).
set -eu
cd "$(dirname "$0")/.."
uninstall=no
binary=
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) uninstall=yes; shift ;;
        --binary) binary=$2; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "install.sh: unknown option $1" >&2; exit 64 ;;
        *) break ;;
    esac
done
prefix=${1:-$HOME/.local}
manifest="$prefix/share/tumen/install-manifest"

if [ $uninstall = yes ]; then
    if [ ! -f "$manifest" ]; then
        echo "install.sh: no $manifest: nothing installed there by this script" >&2
        exit 66
    fi
    while IFS= read -r file; do
        if [ -e "$file" ] || [ -L "$file" ]; then rm -f "$file" && echo "removed $file"; fi
    done < "$manifest"
    rm -f "$manifest" && echo "removed $manifest"
    rmdir "$prefix/share/tumen" 2>/dev/null || true
    exit 0
fi

if [ -z "$binary" ]; then
    scratch=${SCRATCH:-.build}
    echo "building tumen in release mode (a few minutes the first time)…"
    swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product tumen
    swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product tumen-serve
    binary="$scratch/release/tumen"
fi
# `tumen serve` runs tumen-serve from beside tumen.
server="$(dirname "$binary")/tumen-serve"

installed=
put() { # put SOURCE DESTINATION MODE
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2.tmp.$$" && chmod "$3" "$2.tmp.$$" && mv -f "$2.tmp.$$" "$2"
    installed="$installed$2
"
    echo "installed $2"
}
put "$binary" "$prefix/bin/tumen" 755
put "$server" "$prefix/bin/tumen-serve" 755
if command -v strip >/dev/null 2>&1; then strip "$prefix/bin/tumen" "$prefix/bin/tumen-serve"; fi
put docs/man/tumen.1 "$prefix/share/man/man1/tumen.1" 644
put docs/completions/tumen.bash "$prefix/share/bash-completion/completions/tumen" 644
put docs/completions/_tumen "$prefix/share/zsh/site-functions/_tumen" 644
put docs/completions/tumen.fish "$prefix/share/fish/vendor_completions.d/tumen.fish" 644
mkdir -p "$(dirname "$manifest")"
printf '%s' "$installed" > "$manifest"
echo "listed them in $manifest (scripts/install.sh --uninstall $prefix removes them)"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on your PATH" ;;
esac
echo "try: tumen --version; man tumen"
