"""The window is usable before the archive, the board, the outbox and the scan spool answer.

A hook holds every read made off the GUI thread until the test lets it go: meanwhile the
window is shown, says "Memuat…", switches screens by keyboard and searches on what is typed;
once let go, the data fills in, and an older background answer never replaces a newer search.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.demo_archive import text_pdf
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.ui import hub
from jdih_desktop.ui.background_load import BackgroundLoad
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.pages.arsip import ArsipPage
from jdih_desktop.ui.pages.beranda import BerandaPage

GATE_TIMEOUT_S = 60.0  # a safety net only: every test opens the gate itself


class Gate:
    """Holds reads made off the GUI thread until :meth:`open`; the GUI thread passes."""

    def __init__(self, *, answer_first: bool = False) -> None:
        """``answer_first``: the read is made, then its answer held (a slow reply)."""
        self._open = threading.Event()
        self._answer_first = answer_first
        self.held: list[str] = []  # which reads waited (names)

    def wrap(self, name: str, read: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                return read(*args, **kwargs)
            answer = read(*args, **kwargs) if self._answer_first else None
            self.held.append(name)
            self._open.wait(GATE_TIMEOUT_S)
            return answer if self._answer_first else read(*args, **kwargs)

        return held

    def open(self) -> None:
        self._open.set()


@pytest.fixture()
def operator(context: AppContext) -> Actor:
    return context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()


@pytest.fixture()
def gate(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    found = Gate()
    for service, name in (
        (context.dashboard, "load"),
        (context.search, "search"),
        (context.scanning, "recoverable"),
    ):
        monkeypatch.setattr(service, name, found.wrap(name, getattr(service, name)))
    yield found
    found.open()  # never leave a worker thread waiting past the test


def _archive(context: AppContext, actor: Actor, folder: Path) -> None:
    for nomor, judul in (
        ("1 Tahun 2024", "Penetapan Daftar Pemilih Tetap"),
        ("2 Tahun 2024", "Pembentukan Tim JDIH"),
    ):
        context.archive.create(
            actor,
            DecreeMetadata(judul=judul, nomor=nomor, tahun=2024),
            main_pdf=text_pdf(judul, folder / f"{nomor}.pdf"),
            body_text=judul,
        )


def _shown_window(qtbot: QtBot, context: AppContext, actor: Actor, data_dir: Path) -> MainWindow:
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings, actor)
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_takes_input_before_the_loads_and_fills_in_after(
    qtbot: QtBot, context: AppContext, operator: Actor, gate: Gate, data_dir: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    _archive(context, operator, tmp_path)
    context.requests.register(
        operator, pengusul_name="Rahmat", hal="Salinan SK", received_at=datetime.now(UTC)
    )
    window = _shown_window(qtbot, context, operator, data_dir)
    qtbot.waitExposed(window)

    beranda = window.pages.currentWidget()
    assert isinstance(beranda, BerandaPage)
    qtbot.waitUntil(lambda: "load" in gate.held and "recoverable" in gate.held)
    assert beranda.loading
    assert beranda.status.text() == "Memuat…"
    assert beranda.model.rowCount() == 0

    # Input is taken while the board is still held: two steps down the navigation open
    # Arsip, which loads too…
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    arsip = window.pages.currentWidget()
    assert isinstance(arsip, ArsipPage)
    assert arsip.loading  # queued or held: the pool's threads wait on the board and spool
    assert arsip.count.text() == "Memuat…"
    # …and a search typed meanwhile answers at once, on what was typed.
    qtbot.keyClicks(arsip.query, "pemilih")
    arsip.query.returnPressed.emit()
    assert not arsip.loading
    assert arsip.model.total == 1
    assert arsip.model.hit(0).nomor == "1 Tahun 2024"

    gate.open()
    qtbot.waitUntil(lambda: not beranda.loading)
    assert beranda.model.rowCount() == 1
    assert beranda.status.text().startswith("1 permohonan aktif")
    job = window.recovery_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.busy)
    assert "terputus" not in window.statusBar().currentMessage()  # nothing was interrupted
    # The held first search (every decree) came back after the typed one: it is dropped.
    qtbot.waitUntil(lambda: arsip.findChild(BackgroundLoad).settled)
    assert arsip.model.total == 1
    assert arsip.count.text() == "1 keputusan"


def test_arsip_fills_in_from_the_background_when_nothing_else_is_asked(
    qtbot: QtBot, context: AppContext, operator: Actor, gate: Gate, data_dir: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    _archive(context, operator, tmp_path)
    window = _shown_window(qtbot, context, operator, data_dir)
    window.navigation.setCurrentRow(2)
    arsip = window.pages.currentWidget()
    assert isinstance(arsip, ArsipPage)
    qtbot.waitUntil(lambda: "load" in gate.held)  # the board is held, so is the archive
    assert arsip.loading
    assert arsip.model.total == 0 and arsip.count.text() == "Memuat…"
    gate.open()
    qtbot.waitUntil(lambda: not arsip.loading)
    assert arsip.model.total == 2
    assert arsip.count.text() == "2 keputusan"


def test_interrupted_scans_are_offered_once_the_spool_is_read(
    qtbot: QtBot, context: AppContext, operator: Actor, gate: Gate, data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    held = gate.wrap("recoverable", lambda: ["sesi-1"])
    monkeypatch.setattr(context.scanning, "recoverable", held)
    window = _shown_window(qtbot, context, operator, data_dir)
    qtbot.waitUntil(lambda: "recoverable" in gate.held)
    assert "terputus" not in window.statusBar().currentMessage()
    gate.open()
    qtbot.waitUntil(lambda: "1 pindaian terputus" in window.statusBar().currentMessage())


def test_only_the_start_screen_and_beranda_are_built_with_the_window(
    qtbot: QtBot, context: AppContext, gate: Gate, data_dir: Path
) -> None:
    kasubag = context.accounts.add_user(SYSTEM, "rahmat", "Rahmat", ["kasubag"]).as_actor()
    window = _shown_window(qtbot, context, kasubag, data_dir)
    assert window.pages.currentWidget().objectName() == "page_permohonan"
    # Beranda raises the SOP timers' notifications for everyone, so it is there too…
    beranda = window.findChild(BerandaPage)
    assert beranda is not None and beranda.loading
    # …while the other screens wait until they are opened.
    assert window.findChild(ArsipPage) is None
    gate.open()
    qtbot.waitUntil(lambda: not beranda.loading)
    window.navigation.setCurrentRow(2)
    assert isinstance(window.pages.currentWidget(), ArsipPage)


@pytest.fixture()
def late_search(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """The archive answers a background search at once, but the answer comes late."""
    found = Gate(answer_first=True)
    monkeypatch.setattr(context.search, "search", found.wrap("search", context.search.search))
    yield found
    found.open()


def test_a_change_while_the_first_search_is_out_is_read_again(
    qtbot: QtBot, context: AppContext, operator: Actor, late_search: Gate, data_dir: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    _archive(context, operator, tmp_path)
    slow = late_search
    window = _shown_window(qtbot, context, operator, data_dir)
    window.navigation.setCurrentRow(2)
    arsip = window.pages.currentWidget()
    assert isinstance(arsip, ArsipPage)
    qtbot.waitUntil(lambda: "search" in slow.held)  # read: two decrees, not yet shown
    window.navigation.setCurrentRow(0)
    # A third decree is stored (another PC, the wizard) while Arsip is hidden…
    context.archive.create(
        operator,
        DecreeMetadata(judul="Penetapan Tim Uji", nomor="3 Tahun 2024", tahun=2024),
        main_pdf=text_pdf("Penetapan Tim Uji", tmp_path / "3.pdf"),
    )
    hub.announce(context, hub.ARCHIVE)
    window.navigation.setCurrentRow(2)  # …and shown again before the late answer came
    qtbot.waitUntil(lambda: slow.held.count("search") == 2)
    slow.open()
    qtbot.waitUntil(lambda: arsip.findChild(BackgroundLoad).settled)
    assert not arsip.loading
    assert arsip.model.total == 3  # the late answer (two decrees) was not shown
