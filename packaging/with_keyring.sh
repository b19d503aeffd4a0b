#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring
# (Secret Service), when both are installed; otherwise runs it as it is.
# Used by package_test.sh; HOME and XDG_RUNTIME_DIR should be scratch folders.
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    exec dbus-run-session -- sh -c '
        printf "plinth-package-test" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1
        exec "$@"' sh "$@"
fi
exec "$@"
