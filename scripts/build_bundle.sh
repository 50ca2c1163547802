#!/usr/bin/env bash
# Builds the Linux bundle: dist/jdih-desktop/ (one folder: jdih-desktop, jdih, jdih-scanner-worker,
# _internal/) with PyInstaller from build_installer.spec, then the tarball
# dist/jdih-desktop-<version>-linux-<arch>.tar.gz (that folder + .desktop file + icon + install.sh).
# Needs the .venv of scripts/bootstrap.sh; installs the `build` extra (PyInstaller) into it if
# missing. PyInstaller's work folder (build/pyinstaller) and its cache (~/.cache/pyinstaller) are
# reused between runs. SANE is not bundled: it comes from the system (libsane1).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x "$py" ] || { echo "no .venv: run scripts/bootstrap.sh first" >&2; exit 1; }
start=$(date +%s)

if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  mapfile -t reqs < <("$py" -c 'import tomllib
extras = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]
print(*extras["build"], sep="\n")')
  echo "Installing the build extra: ${reqs[*]}"
  "$py" -m pip install -q "${reqs[@]}"
fi
"$py" scripts/i18n.py compile >/dev/null  # the .qm files are not in git

"$py" -m PyInstaller --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist build_installer.spec

version=$("$py" -c 'import jdih_desktop; print(jdih_desktop.__version__)')
name="jdih-desktop-$version-linux-$(uname -m)"
stage="build/tarball"
rm -rf "$stage" && mkdir -p "$stage"
cp -al dist/jdih-desktop "$stage/jdih-desktop"  # hard links: no second copy of 300 MB
cp resources/linux/jdih-desktop.desktop "$stage/jdih-desktop/jdih-desktop.desktop"
cp resources/icons/logo-placeholder.png "$stage/jdih-desktop/jdih-desktop.png"
install -m 755 installer/linux/install.sh "$stage/jdih-desktop/install.sh"
tarball="dist/$name.tar.gz"
gzip_cmd=$(command -v pigz || echo gzip)
tar -C "$stage" -cf - jdih-desktop | "$gzip_cmd" -6 > "$tarball.part"
mv "$tarball.part" "$tarball"
rm -rf "$stage"

echo "bundle: dist/jdih-desktop ($(du -sh dist/jdih-desktop | cut -f1))," \
  "$tarball ($(du -h "$tarball" | cut -f1)), built in $(($(date +%s) - start)) s"
