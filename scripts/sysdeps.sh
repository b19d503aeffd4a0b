#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Plinth needs, only those missing.
# Usage: scripts/sysdeps.sh test|run|screenshots
# As root it runs apt-get; otherwise it prints the command to run and carries on.
set -euo pipefail

# Qt's offscreen and xcb platforms, and the compiler for llama-cpp-python.
common="libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 build-essential"
# A real Secret Service for the keychain tests: a private session bus and GNOME Keyring.
keychain="dbus gnome-keyring"
# The download benchmark's baseline (make bench).
bench="curl"
# OCR of scanned PDF pages and images (documents): the Tesseract binary pytesseract drives, with English.
ocr="tesseract-ocr tesseract-ocr-eng"
# Fonts for the translated window: Arabic (Noto Sans Arabic UI) and Chinese/Japanese (WenQuanYi Micro Hei);
# without them those languages draw as boxes and the tests' text widths are wrong.
fonts="fonts-dejavu-core fonts-noto-ui-core fonts-wqy-microhei"
case "${1:-test}" in
  test) want="$common $keychain $bench $ocr $fonts" ;;
  run) want="$common $ocr libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 $fonts" ;;
  screenshots) want="$common libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 $fonts xvfb xauth" ;;
  *) echo "usage: $0 test|run|screenshots" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || { echo "sysdeps: not a Debian-like system; install Qt's runtime libraries yourself." >&2; exit 0; }

missing=()
for pkg in $want; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "sysdeps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "sysdeps: missing packages: ${missing[*]}" >&2
  echo "sysdeps: run: sudo apt-get install ${missing[*]}" >&2
fi
