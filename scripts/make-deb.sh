#!/bin/sh
# Builds a Debian package of tumen with dpkg-deb:
#   scripts/make-deb.sh [--binary PATH] [OUTPUT-DIRECTORY]   (default: the current directory)
# The binary is built with --static-swift-stdlib, so the package needs no Swift: its
# dependencies are the shared libraries `ldd` finds, mapped to their packages here with
# dpkg -S (ncurses, and the C and C++ runtime every Debian has). Prints the .deb's path.
# SCRATCH=.build-x picks the build folder (default .build).
set -eu
cd "$(dirname "$0")/.."
binary=
if [ "${1:-}" = "--binary" ]; then binary=$2; shift 2; fi
outdir=${1:-.}
if [ -z "$binary" ]; then
    scratch=${SCRATCH:-.build}
    swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product tumen >&2
    swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product tumen-serve >&2
    binary="$scratch/release/tumen"
fi
# `tumen serve` runs tumen-serve from beside tumen.
server="$(dirname "$binary")/tumen-serve"
version=$("$binary" --version | head -1 | sed 's/^tumen //')
arch=$(dpkg --print-architecture)

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
install -D -m 755 "$binary" "$root/usr/bin/tumen"
install -D -m 755 "$server" "$root/usr/bin/tumen-serve"
strip "$root/usr/bin/tumen" "$root/usr/bin/tumen-serve"
install -D -m 644 docs/man/tumen.1 "$root/usr/share/man/man1/tumen.1"
gzip -9n "$root/usr/share/man/man1/tumen.1"
install -D -m 644 docs/completions/tumen.bash "$root/usr/share/bash-completion/completions/tumen"
install -D -m 644 docs/completions/_tumen "$root/usr/share/zsh/vendor-completions/_tumen"
install -D -m 644 docs/completions/tumen.fish "$root/usr/share/fish/vendor_completions.d/tumen.fish"
mkdir -p "$root/usr/share/doc/tumen"
{
    echo "Tumen: a terminal timeline and route-map explorer."
    echo "Dataset sources and their terms: see data/SOURCES.md in the source repository."
    echo "Basemap: Natural Earth (public domain)."
} > "$root/usr/share/doc/tumen/copyright"

# Shared libraries → packages (libc6, libncursesw6, libtinfo6, …), each with the version here.
depends=$(ldd "$root/usr/bin/tumen" "$root/usr/bin/tumen-serve" | awk '$3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | while read -r lib; do
    real=$(readlink -f "$lib")
    dpkg -S "$real" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true
done | cut -d: -f1 | sort -u | while read -r package; do
    echo "$package (>= $(dpkg-query -W -f='${Version}' "$package" | sed 's/-[^-]*$//;s/^[0-9]*://'))"
done | paste -sd, - | sed 's/,/, /g')

mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: tumen
Version: $version
Architecture: $arch
Maintainer: Tumen contributors <tumen@localhost>
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Section: utils
Priority: optional
Description: terminal timeline and route-map explorer
 Tumen shows a timeline and route map of North Korean women's escape through
 China in a terminal: explore, search and filter events, follow routes on a
 map drawn from Natural Earth outlines, and present lessons step by step.
 The dataset and the basemap are built into the binary.
CONTROL
deb="$outdir/tumen_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >&2
echo "$deb"
