#!/bin/sh
# Adds JDIH Desktop to this user's application menu (no root needed), from wherever this folder
# was unpacked: a .desktop entry, the icon, and `jdih` on ~/.local/bin. Run it again after moving
# the folder. `./install.sh --uninstall` removes those entries; your data
# (~/.local/share/jdih-desktop, ~/.config/jdih-desktop) is never touched.
# Scanning uses the system's SANE: sudo apt install libsane1 (and your scanner's SANE backend).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor/512x512/apps"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/jdih-desktop.desktop" "$icons/jdih-desktop.png"
  [ -L "$bin/jdih" ] && rm -f "$bin/jdih"
  echo "JDIH Desktop removed from the menu. Delete $here to remove the program itself."
  exit 0
fi

mkdir -p "$apps" "$icons" "$bin"
sed "s|@BUNDLE_DIR@|$here|g" "$here/jdih-desktop.desktop" > "$apps/jdih-desktop.desktop"
cp "$here/jdih-desktop.png" "$icons/jdih-desktop.png"
ln -sf "$here/jdih" "$bin/jdih"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$data/icons/hicolor" >/dev/null 2>&1 || true
echo "JDIH Desktop is in your application menu (Office). Command line: $bin/jdih"
if ! ldconfig -p 2>/dev/null | grep -q "libsane.so.1"; then
  echo "Note: SANE is not installed; for scanning run: sudo apt install libsane1"
fi
