#!/bin/sh
# `make package-test`: run the frozen builds' self-test (the one-folder binary
# and the single-file artefact), offscreen, each with a fresh PLINTH_HOME and
# HOME. When dbus and gnome-keyring are installed the run gets a private,
# unlocked Secret Service, so the keychain check exercises the real
# SecretService backend of the frozen keyring. Exits non-zero if any fails.
set -u
cd "$(dirname "$0")/.."
ARCH="$(uname -m)"
status=0

run_one() {  # label, command...
    label="$1"; shift
    scratch="$(mktemp -d "${TMPDIR:-/tmp}/plinth-package-test.XXXXXX")"
    mkdir -p "$scratch/home" "$scratch/run" "$scratch/plinth"
    chmod 700 "$scratch/run"
    echo "== $label: $*"
    start="$(date +%s)"
    env -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" \
        XDG_CACHE_HOME="$scratch/home/.cache" XDG_DATA_HOME="$scratch/home/.local/share" \
        XDG_CONFIG_HOME="$scratch/home/.config" \
        PLINTH_HOME="$scratch/plinth" QT_QPA_PLATFORM=offscreen \
        sh packaging/with_keyring.sh "$@"
    rc=$?
    echo "== $label: exit $rc in $(( $(date +%s) - start ))s"
    [ "$rc" -eq 0 ] || status=1
    rm -rf "$scratch"
}

run_one "one-folder self-test" dist/plinth/plinth --self-test
run_one "one-folder local generation" dist/plinth/plinth chat --max-tokens 8 --seed 1 --temperature 0 "Say hello."
run_one "single-file self-test" "dist/Plinth-$ARCH.run" --self-test
[ "$status" -eq 0 ] && echo "package-test: all passed" || echo "package-test: FAILED"
exit "$status"
