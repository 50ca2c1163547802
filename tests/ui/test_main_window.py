"""The GUI shell, offscreen: navigation, translation, remembered state, start-up refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.paths import resources_dir
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.translation import install_translators

SCREENS = ["Beranda", "Permohonan", "Arsip", "Media Sosial", "Laporan", "Pengaturan"]


@pytest.fixture()
def context(demo_office: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_office)  # the window title names the demo office
    yield ctx
    ctx.close()


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)


def test_navigation_shows_every_screen(qtbot: QtBot, context: AppContext, data_dir: Path) -> None:
    window = MainWindow(context, _settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == SCREENS
    assert "KPU Kabupaten Soppeng" in window.windowTitle()
    for row, title in enumerate(SCREENS):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        heading = page.findChild(QLabel, "pageTitle")
        assert heading is not None and heading.text() == title


def test_keyboard_shortcut_switches_screen(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    window = MainWindow(context, _settings(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.navigation.currentRow() == 2, timeout=5000)


def test_window_state_is_remembered(qtbot: QtBot, context: AppContext, data_dir: Path) -> None:
    window = MainWindow(context, _settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(4)
    window.close()
    reopened = MainWindow(context, _settings(data_dir))
    qtbot.addWidget(reopened)
    assert reopened.navigation.currentRow() == 4


def test_english_translation_is_complete_for_the_shell(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    app = QApplication.instance()
    assert app is not None
    qm = resources_dir() / "i18n" / "jdih_en.qm"
    assert qm.exists(), "run scripts/i18n.py compile (the bootstrap does)"
    translators = install_translators(app, "en", resources_dir() / "i18n")
    try:
        window = MainWindow(context, _settings(data_dir))
        qtbot.addWidget(window)
        titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert titles == ["Home", "Requests", "Archive", "Social media", "Reports", "Settings"]
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _gui(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("JDIH_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "jdih_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_smoke_start_on_an_empty_folder(data_dir: Path) -> None:
    result = _gui("--smoke", "--data-dir", str(data_dir / "fresh"))
    assert result.returncode == 0, result.stderr
    assert "smoke ok" in result.stdout
    assert (data_dir / "fresh" / "jdih.sqlite3").exists()


def test_second_instance_on_the_same_folder_is_refused(data_dir: Path) -> None:
    from jdih_desktop.ui.instance_lock import acquire_instance_lock

    lock = acquire_instance_lock(data_dir / "instance.lock")
    try:
        result = _gui("--smoke", "--data-dir", str(data_dir))
    finally:
        lock.release()
    assert result.returncode == 1
    assert "sudah terbuka" in result.stderr
    assert not (data_dir / "jdih.sqlite3").exists()  # it changed nothing


def test_corrupt_database_is_refused_at_start(data_dir: Path) -> None:
    (data_dir / "jdih.sqlite3").write_bytes(b"garbage" * 200)
    result = _gui("--smoke", "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "rusak" in result.stderr
    assert (data_dir / "jdih.sqlite3").read_bytes() == b"garbage" * 200
