"""The bundled executables' ``-m MODULE`` switch (jdih_desktop/frozen.py).

OCR starts ``[sys.executable, "-m", "ocrmypdf", ...]``; in a bundle ``sys.executable`` is
``jdih-desktop`` itself, which must then behave like ``python -m``. Checked here with a real
standard-library module (calendar); the bundle itself runs OCRmyPDF in ``scripts/smoke_bundle.sh``.
"""

from __future__ import annotations

import sys

import pytest

from jdih_desktop import frozen


def test_only_listed_modules_are_run() -> None:
    assert frozen.module_request(["jdih-desktop", "-m", "ocrmypdf", "a.pdf"]) == "ocrmypdf"
    assert frozen.module_request(["jdih-desktop", "-m", "os"]) is None
    assert frozen.module_request(["jdih-desktop", "--smoke"]) is None
    assert frozen.module_request(["jdih-desktop", "-m"]) is None


def test_a_module_command_line_runs_the_module_like_python_dash_m(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["jdih-desktop", "-m", "calendar", "2026", "2"])

    def app_main() -> int:
        raise AssertionError("the app must not start for a -m command line")

    assert frozen.run(app_main, allowed={"calendar"}) == 0
    out = capsys.readouterr().out
    assert "February 2026" in out and "28" in out and "29" not in out
    assert sys.argv == ["calendar", "2026", "2"]  # as `python -m calendar 2026 2` sees it


def test_a_failing_module_returns_its_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["jdih", "-m", "calendar", "not-a-year"])
    assert frozen.run(lambda: 0, allowed={"calendar"}) == 2  # argparse's usage error


def test_any_other_command_line_starts_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["jdih", "db", "upgrade"])
    assert frozen.run(lambda: 7) == 7
