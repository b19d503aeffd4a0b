#!/bin/sh
# Plinth single-file launcher: a POSIX sh header followed by a tar.gz of the
# one-folder build. On first run it unpacks itself into a per-user cache
# folder (once per build: the folder is named after the payload's checksum)
# and then execs the real binary, passing every argument through.
#   PLINTH_RUN_DIR   where to unpack (default: ${XDG_CACHE_HOME:-~/.cache}/plinth-run)
#   --run-extract    unpack only, print the folder, and exit
set -eu
PAYLOAD_SHA=@PAYLOAD_SHA@
base="${PLINTH_RUN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/plinth-run}"
dir="$base/$PAYLOAD_SHA"
self="$0"
case "$self" in */*) ;; *) self="$(command -v -- "$self")" ;; esac
if [ ! -x "$dir/plinth/plinth" ]; then
    mkdir -p "$base"
    tmp="$(mktemp -d "$base/.unpack.XXXXXX")"
    trap 'rm -rf "$tmp"' EXIT INT TERM
    line="$(awk '/^__PLINTH_PAYLOAD_BELOW__$/ { print NR + 1; exit }' "$self")"
    if ! tail -n "+$line" "$self" | tar -xzf - -C "$tmp"; then
        echo "Plinth: could not unpack into $tmp (disk full?). Free some space or set PLINTH_RUN_DIR." >&2
        exit 1
    fi
    # Another launch may have won the race; either copy is complete.
    mv "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp"
    trap - EXIT INT TERM
    # Older unpacked builds are left to the user; they live under $base.
fi
if [ "${1:-}" = "--run-extract" ]; then
    echo "$dir/plinth"
    exit 0
fi
exec "$dir/plinth/plinth" "$@"
__PLINTH_PAYLOAD_BELOW__
