#!/usr/bin/env bash
# Smoke test of the Linux bundle built by scripts/build_bundle.sh, run from a scratch folder with
# only the bundle's own executables (the .venv Python only writes input files and reads JSON).
# Checks: `jdih --version`; `jdih db upgrade` on an empty data folder; the GUI starting with
# --smoke (offscreen, then on Xvfb with the xcb plugin) and opening that database; the scanner
# worker answering the protocol (hello, list_devices with the SANE test device, bye); the frozen
# CLI finding the bundled worker and scanning through it; OCR through `jdih-desktop -m ocrmypdf`,
# whose children (tesseract) must not inherit the bundle's library path; the tarball's install.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bundle="$root/dist/jdih-desktop"
py="$root/.venv/bin/python"
[ -x "$bundle/jdih" ] || { echo "no bundle in $bundle: run scripts/build_bundle.sh" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export QT_QPA_PLATFORM=offscreen
fail() { echo "smoke_bundle: FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }

version=$("$py" -c 'import sys; sys.path.insert(0, sys.argv[1]); import jdih_desktop; print(jdih_desktop.__version__)' "$root")
step "jdih --version"
out=$("$bundle/jdih" --version)
[ "$out" = "jdih $version" ] || fail "jdih --version said '$out', expected 'jdih $version'"

step "jdih db upgrade (empty data folder)"
"$bundle/jdih" db upgrade --data-dir "$tmp/data"
[ -s "$tmp/data/jdih.sqlite3" ] || fail "db upgrade did not create the database"
"$bundle/jdih" db check --data-dir "$tmp/data" > db-check.txt || fail "db check: $(cat db-check.txt)"

step "jdih-desktop --smoke (offscreen)"
out=$("$bundle/jdih-desktop" --smoke --data-dir "$tmp/data")
case "$out" in *"smoke ok: sqlite"*"$tmp/data/jdih.sqlite3"*) ;; *) fail "GUI smoke said: $out" ;; esac

step "jdih-desktop --smoke on a real X server (Xvfb): the bundled xcb platform plugin loads"
command -v xvfb-run > /dev/null || fail "xvfb-run is missing (scripts/bootstrap.sh test installs xvfb)"
out=$(QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a "$bundle/jdih-desktop" --smoke --data-dir "$tmp/data" 2>&1) ||
  fail "GUI on xcb: $out"
case "$out" in *"smoke ok"*) ;; *) fail "GUI on xcb said: $out" ;; esac

step "the bundle runs through a symlink from elsewhere (install.sh links ~/.local/bin/jdih)"
ln -s "$bundle/jdih" "$tmp/jdih-link"
[ "$("$tmp/jdih-link" --version)" = "jdih $version" ] || fail "jdih via a symlink"

step "scanner worker: hello, list_devices, shutdown"
[ -f /etc/sane.d/test.conf ] || fail "the SANE test backend is missing (apt install libsane1)"
mkdir sane.d && echo test > sane.d/dll.conf && cp /etc/sane.d/test.conf sane.d/
printf '%s\n' '{"v": 1, "cmd": "list_devices", "folders": []}' '{"v": 1, "cmd": "shutdown"}' |
  SANE_CONFIG_DIR="$tmp/sane.d" timeout 60 "$bundle/jdih-scanner-worker" --heartbeat 30 > worker.jsonl
"$py" - worker.jsonl <<'EOF'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
types = [e["type"] for e in events]
assert types == ["hello", "devices", "bye"], types
hello, devices = events[0], events[1]
assert hello["protocol"][0] == 1 and hello["bits"] == 64, hello
assert "sane" in hello["backends"], hello
names = [d["name"] for d in devices["devices"]]
assert "sane:test:0" in names, names
EOF

step "jdih devices: the frozen CLI starts the bundled worker"
SANE_CONFIG_DIR="$tmp/sane.d" "$bundle/jdih" devices --data-dir "$tmp/data" > devices.txt
grep -q "sane:test:0" devices.txt || fail "jdih devices: $(cat devices.txt)"

step "jdih scan: the SANE test device's feeder to a PDF/A through the bundled worker"
SANE_CONFIG_DIR="$tmp/sane.d" "$bundle/jdih" scan --data-dir "$tmp/data" --device sane:test:0 \
  --source adf --mode bw --dpi 150 --pages 2 -o scan.pdf > scan.txt 2>&1 || fail "scan: $(cat scan.txt)"
pdfinfo scan.pdf | grep -Eq "^Pages: +2$" || fail "scan.pdf: $(pdfinfo scan.pdf)"

step "OCR: jdih-desktop -m ocrmypdf with the app's progress plugin"
"$py" - "$root/resources/fonts/DejaVuSans.ttf" <<'EOF'
import sys

import img2pdf
from PIL import Image, ImageDraw, ImageFont

page = Image.new("L", (1240, 800), 255)
draw = ImageDraw.Draw(page)
font = ImageFont.truetype(sys.argv[1], 56)
draw.text((80, 200), "KEPUTUSAN KOMISI PEMILIHAN UMUM", font=font, fill=0)
draw.text((80, 400), "Nomor 19 Tahun 2026", font=font, fill=0)
page.save("page.png", dpi=(150, 150))
with open("in.pdf", "wb") as out:
    out.write(img2pdf.convert("page.png"))
EOF
# A `tesseract` first on PATH that records its environment, then runs the real one.
real_tesseract=$(command -v tesseract) || fail "tesseract is not installed"
mkdir bin
printf '#!/bin/sh\nenv > "%s/tesseract-env.txt"\nexec "%s" "$@"\n' "$tmp" "$real_tesseract" > bin/tesseract
chmod +x bin/tesseract
PATH="$tmp/bin:$PATH" OMP_THREAD_LIMIT=1 "$bundle/jdih-desktop" -m ocrmypdf \
  --plugin jdih_desktop.documents.pdf.ocr_progress --language ind --jobs 2 --output-type pdfa-2 \
  --pdfa-backend internal in.pdf out.pdf 2> ocr.log || fail "OCR: $(tail -5 ocr.log)"
grep -q "@@JDIH-PROGRESS" ocr.log || fail "the progress plugin did not run"
pdftotext out.pdf - | grep -q "Nomor 19 Tahun 2026" || fail "OCR text: $(pdftotext out.pdf -)"
[ -s tesseract-env.txt ] || fail "tesseract was not started through PATH"
if grep -q "^LD_LIBRARY_PATH=.*$bundle" tesseract-env.txt; then
  fail "tesseract inherited the bundle's LD_LIBRARY_PATH"
fi

step "install.sh from the tarball (into a scratch HOME)"
tarball=$(ls -t "$root"/dist/jdih-desktop-"$version"-linux-*.tar.gz | head -1)
tar -xzf "$tarball"
HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" ./jdih-desktop/install.sh > install.txt
desktop="$tmp/home/.local/share/applications/jdih-desktop.desktop"
grep -qx "Exec=$tmp/jdih-desktop/jdih-desktop" "$desktop" || fail "installed .desktop: $(cat "$desktop")"
[ -f "$tmp/home/.local/share/icons/hicolor/512x512/apps/jdih-desktop.png" ] || fail "icon"
[ "$("$tmp/home/.local/bin/jdih" --version)" = "jdih $version" ] || fail "~/.local/bin/jdih"
"$tmp/jdih-desktop/jdih-desktop" --smoke --data-dir "$tmp/data2" > /dev/null || fail "unpacked GUI"

echo "smoke_bundle: all checks passed"
