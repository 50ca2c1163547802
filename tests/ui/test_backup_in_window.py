"""The backup in the window: Pengaturan → Cadangan shows the last backup and makes one now
(off the GUI thread, with progress and cancel); what the daily backup or `jdih verify` found
wrong shows on Beranda with what to do, and leads to the backup tab."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import Actor
from jdih_desktop.trust.service import scheduled_backups
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.pages.backup_now import BackupNowPanel
from jdih_desktop.ui.pages.beranda import BerandaPage
from jdih_desktop.ui.pages.pengaturan import PengaturanPage
from tests.trust.office_seed import FROZEN_NOW, seed_office

WAIT = 60_000  # ms: an upper bound, never a pace


@pytest.fixture()
def office(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("JDIH_NOW", FROZEN_NOW)
    context = open_context(data_dir)
    seed_office(context)
    yield context
    context.close()


def _operator(context: AppContext) -> Actor:
    return context.accounts.get("andi").as_actor()


def _window_on_beranda(
    qtbot: QtBot, office: AppContext, data_dir: Path
) -> tuple[MainWindow, BerandaPage]:
    """The operator's window, shown, on Beranda (its first read may still be running)."""
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(office, settings, _operator(office))
    qtbot.addWidget(window)
    window.show()
    beranda = window.pages.currentWidget()
    assert isinstance(beranda, BerandaPage)
    return window, beranda


def test_backup_now_shows_progress_then_the_new_last_backup(
    qtbot: QtBot, office: AppContext
) -> None:
    panel = BackupNowPanel(office, _operator(office))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT)  # read off the GUI thread
    assert panel.last.text().startswith("Belum ada cadangan")
    assert panel.backup_button.isEnabled() and not panel.progress.isVisible()
    gui = threading.get_ident()
    threads: list[int] = []
    real = office.trust.backup_now

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    office.trust.backup_now = spy  # type: ignore[method-assign]
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert panel.busy and panel.progress.isVisible() and not panel.backup_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
    assert threads and gui not in threads  # off the GUI thread
    assert panel.status.text().startswith("Cadangan selesai")
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT)
    assert "lengkap" in panel.last.text() and "3 Februari 2026" in panel.last.text()
    assert len(scheduled_backups(office.trust.backup_folder)) == 1
    assert not panel.progress.isVisible() and panel.backup_button.isEnabled()


def test_a_cancelled_backup_says_so_and_leaves_nothing(
    qtbot: QtBot, office: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    arrived, release = threading.Event(), threading.Event()
    real = office.trust.backup

    def held(*args: Any, **kwargs: Any) -> Any:
        arrived.set()
        release.wait(WAIT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(office.trust, "backup", held)
    panel = BackupNowPanel(office, _operator(office))
    qtbot.addWidget(panel)
    panel.show()
    job = panel.start()
    assert job is not None and panel.start() is None  # one backup at a time
    qtbot.waitUntil(arrived.is_set, timeout=WAIT)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert job.token.cancelled and not panel.cancel_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
    assert "dibatalkan" in panel.status.text()
    assert scheduled_backups(office.trust.backup_folder) == []
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT)
    assert panel.last.text().startswith("Belum ada cadangan")


def test_a_role_that_may_not_back_up_gets_no_button(qtbot: QtBot, office: AppContext) -> None:
    panel = BackupNowPanel(office, office.accounts.get("rahmat").as_actor())  # a pengusul
    qtbot.addWidget(panel)
    assert not panel.backup_button.isEnabled() and panel.start() is None


def test_a_failed_daily_backup_shows_on_beranda_until_a_backup_succeeds(
    qtbot: QtBot, office: AppContext, data_dir: Path
) -> None:
    folder = office.trust.backup_folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("bukan folder")  # the backup disk is not there
    assert office.trust.run_due_backup_logged() is None  # the start-of-day backup

    window, beranda = _window_on_beranda(qtbot, office, data_dir)
    qtbot.waitUntil(lambda: not beranda.loading, timeout=WAIT)
    notice = beranda.trust_notice
    assert notice.isVisible() and beranda.trust_button.isVisible()
    assert "Cadangan gagal dibuat" in notice.text()
    assert "Yang harus dilakukan" in notice.text() and "Cadangkan sekarang" in notice.text()

    qtbot.mouseClick(beranda.trust_button, Qt.MouseButton.LeftButton)
    pengaturan = window.pages.currentWidget()
    assert isinstance(pengaturan, PengaturanPage)
    assert pengaturan.tabs.currentWidget() is pengaturan.backup
    folder.unlink()  # the disk is back
    panel = pengaturan.backup.backup_now
    panel.start()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
    window.navigation.setCurrentRow(0)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT)
    assert office.trust.problems() == []


def test_a_failed_verify_shows_on_beranda(
    qtbot: QtBot, office: AppContext, data_dir: Path
) -> None:
    stored = office.files.root
    victim = next(p for p in sorted(stored.rglob("*")) if p.is_file() and len(p.name) == 64)
    victim.write_bytes(victim.read_bytes() + b"!")  # bit rot in one stored file
    assert not office.trust.verify().ok  # what `jdih verify` (or cron) ran

    beranda = BerandaPage(office, _operator(office))
    qtbot.addWidget(beranda)
    beranda.show()
    assert beranda.trust_notice.isVisible()
    text = beranda.trust_notice.text()
    assert "Pemeriksaan keutuhan menemukan 1 masalah" in text and "jdih restore" in text


def test_the_start_of_day_backup_tells_beranda_when_it_fails(
    qtbot: QtBot, office: AppContext, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own start: the backup runs beside the window, and Beranda shows its failure
    as soon as it ends, not at its next timed reload (a minute later)."""
    from jdih_desktop.ui.daily_backup import start_daily_backup

    folder = office.trust.backup_folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("bukan folder")  # the backup disk is not there
    go = threading.Event()
    real = office.trust.run_due_backup_logged

    def held_backup() -> Any:
        go.wait(WAIT / 1000)  # until Beranda has loaded without the problem
        return real()

    monkeypatch.setattr(office.trust, "run_due_backup_logged", held_backup)
    # No timed reload during the test: only the hub's word can bring the notice.
    monkeypatch.setattr("jdih_desktop.ui.pages.beranda.RELOAD_MS", 24 * 3600 * 1000)
    window, beranda = _window_on_beranda(qtbot, office, data_dir)
    backup = start_daily_backup(office, window)
    qtbot.waitUntil(lambda: not beranda.loading, timeout=WAIT)
    assert not beranda.trust_notice.isVisible()
    go.set()
    qtbot.waitUntil(lambda: beranda.trust_notice.isVisible(), timeout=WAIT)
    assert "Cadangan gagal dibuat" in beranda.trust_notice.text()
    backup.join(WAIT / 1000)
    assert not backup.is_alive()
