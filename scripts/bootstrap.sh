#!/usr/bin/env bash
# Installs what JDIH Desktop needs on Debian/Ubuntu, idempotently:
#   1. Debian packages (only the missing ones; as root or through sudo, otherwise it says what to run)
#   2. a virtual environment in .venv with the project installed (re-done only when pyproject changes)
#   3. compiled translations
# Usage: scripts/bootstrap.sh run|test
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}

# Runtime: SANE for scanning, Tesseract (Indonesian) and PDF tools for the document pipeline,
# the libraries Qt's xcb platform needs on a desktop, fonts, poppler for previews.
runtime_pkgs=(libsane1 sane-utils tesseract-ocr tesseract-ocr-ind ghostscript qpdf unpaper pngquant
  poppler-utils fonts-dejavu-core libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0)
# Building python-sane from source needs the SANE headers and a compiler.
build_pkgs=(libsane-dev gcc python3-dev python3-venv)
# Tests: a throwaway PostgreSQL cluster, QR decoding, a virtual X server for screenshots.
test_pkgs=(postgresql libzbar0 xvfb xauth)

pkgs=("${runtime_pkgs[@]}" "${build_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for pkg in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else sudo=(none); fi
  if [ "${sudo[0]:-}" = none ]; then
    echo "Please install these Debian packages as root, then run this again:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extras=$([ "$mode" = test ] && echo "test,postgres,ocr" || echo "postgres,ocr")
stamp=".venv/.jdih-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
have=$(cat "$stamp" 2>/dev/null || true)
# A test install also satisfies a run; a run install does not satisfy tests.
if [ "$have" != "$want" ] && ! { [ "$mode" = run ] && [ "${have%% *}" = "${want%% *}" ]; }; then
  .venv/bin/python -m pip install -q --upgrade pip setuptools wheel
  .venv/bin/python -m pip install -q -e ".[$extras]"
  echo "$want" > "$stamp"
fi
.venv/bin/python scripts/i18n.py compile >/dev/null
