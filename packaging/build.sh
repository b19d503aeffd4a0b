#!/bin/sh
# `make package`: freeze Plinth (one folder), add the Linux desktop files, and
# wrap the folder into the single-file dist/Plinth-x86_64.run.
set -eu
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
ARCH="$(uname -m)"

# The window's translations (resources/i18n/*.qm) from their .ts sources, bundled with resources/.
"$PY" scripts/i18n.py release

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/plinth.spec

# Linux desktop integration inside the one-folder layout (AppDir-style).
out=dist/plinth
mkdir -p "$out/share/applications"
cp resources/plinth.desktop "$out/share/applications/plinth.desktop"
for png in resources/icons/hicolor/*/apps/plinth.png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    mkdir -p "$out/share/icons/hicolor/$size/apps"
    cp "$png" "$out/share/icons/hicolor/$size/apps/plinth.png"
done
mkdir -p "$out/share/icons/hicolor/scalable/apps"
cp resources/icons/plinth.svg "$out/share/icons/hicolor/scalable/apps/plinth.svg"
cp packaging/install-desktop.sh "$out/install-desktop.sh"
chmod +x "$out/install-desktop.sh"

# Single file: sh header + tar.gz payload.
run="dist/Plinth-$ARCH.run"
payload="build/plinth-payload.tar.gz"
tar -C dist -cf - plinth | gzip -6 > "$payload"
sha="$(sha256sum "$payload" | cut -c1-16)"
sed "s/@PAYLOAD_SHA@/$sha/" packaging/run-header.sh > "$run"
cat "$payload" >> "$run"
chmod +x "$run"
rm -f "$payload"
du -sh "$out" "$run"
