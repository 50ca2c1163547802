#!/usr/bin/env bash
# The whole test suite: lint, types, translations, then pytest (SQLite and PostgreSQL, the SANE
# test scanner, real HTTP servers on 127.0.0.1, offscreen Qt). Assumes scripts/bootstrap.sh test.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export OMP_THREAD_LIMIT=1
lint_dirs=(); for d in jdih_desktop scanner tests benchmarks scripts; do [ -d "$d" ] && lint_dirs+=("$d"); done
echo "== ruff"; .venv/bin/ruff check "${lint_dirs[@]}"
echo "== mypy"; .venv/bin/mypy
echo "== translations"; .venv/bin/python scripts/i18n.py check
# Two workers (the office PCs and CI have two cores), whole test files to one worker: a file's
# fixtures and its servers stay in one process. JDIH_TEST_WORKERS=0 runs in this process.
workers="${JDIH_TEST_WORKERS:-2}"
echo "== pytest ($workers workers)"
if [ "$workers" = 0 ]; then
  .venv/bin/python -m pytest "$@"
else
  .venv/bin/python -m pytest -n "$workers" --dist loadfile "$@"
fi
# The Linux bundle (PyInstaller, build_installer.spec) is built and its executables smoke-tested:
# ~2-3 min on two cores. JDIH_SKIP_BUNDLE=1 skips it for a quick local run; CI always runs it.
if [ "${JDIH_SKIP_BUNDLE:-0}" = 1 ]; then
  echo "== bundle (skipped: JDIH_SKIP_BUNDLE=1)"
else
  echo "== bundle"
  ./scripts/build_bundle.sh
  ./scripts/smoke_bundle.sh
fi
