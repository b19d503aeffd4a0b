#!/bin/sh
# Adds Plinth to the desktop menu for the current user: puts a `plinth`
# launcher in ~/.local/bin and the .desktop file and icons under ~/.local/share.
# Run it from the unpacked one-folder build (dist/plinth/install-desktop.sh),
# or pass the single-file artefact: install-desktop.sh /path/to/Plinth-x86_64.run
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-$here/plinth}"
target="$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin" "$data/applications"
ln -sf "$target" "$HOME/.local/bin/plinth"
sed "s|^Exec=.*|Exec=\"$target\"|" "$here/share/applications/plinth.desktop" > "$data/applications/plinth.desktop"
cp -r "$here/share/icons" "$data/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Plinth added: $HOME/.local/bin/plinth and the applications menu."
