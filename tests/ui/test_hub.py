"""Screens show what is true now: reloaded when shown, and at once after a change made in any
window (the signal hub), without pressing "Cari" or "Tampilkan"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo import DemoSeed, seed_demo
from jdih_desktop.demo_archive import demo_texts, text_pdf
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.pages.arsip import ArsipPage
from jdih_desktop.ui.pages.beranda import BerandaPage
from jdih_desktop.ui.pages.laporan import LaporanPage
from jdih_desktop.ui.request_form import RequestFormDialog


@pytest.fixture()
def demo(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[AppContext, DemoSeed]]:
    monkeypatch.setenv("JDIH_NOW", "2026-02-03T10:30+08:00")
    context = open_context(data_dir)
    seed = seed_demo(context)
    assert seed is not None
    yield context, seed
    context.close()


def _page(window: MainWindow, key: str) -> object:
    keys = [screen.key for screen in window.screens()]
    window.navigation.setCurrentRow(keys.index(key))
    return window.pages.currentWidget()


def test_screens_reload_when_shown_and_after_a_change_anywhere(
    qtbot: QtBot, demo: tuple[AppContext, DemoSeed], data_dir: Path, tmp_path: Path
) -> None:
    context, seed = demo
    operator = seed.users["andi"]
    window = MainWindow(
        context, QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat), operator
    )
    qtbot.addWidget(window)
    window.show()

    arsip = _page(window, "arsip")
    assert isinstance(arsip, ArsipPage)
    qtbot.waitUntil(lambda: not arsip.loading)  # the first search runs in the background
    before = arsip.model.total
    # Stored elsewhere (the CLI, another PC) while Arsip is not on screen…
    beranda = _page(window, "beranda")
    assert isinstance(beranda, BerandaPage)
    qtbot.waitUntil(lambda: not beranda.loading)
    pdf = text_pdf(demo_texts()["07_tim_jdih_soppeng_2023"], tmp_path / "baru.pdf")
    context.intake.import_pdf(operator, pdf, ocr=False, overrides={"nomor": "99 Tahun 2026"})
    # …shows the moment Arsip is shown again, without "Cari".
    assert _page(window, "arsip") is arsip
    assert arsip.model.total == before + 1

    # A request registered in a dialog reaches Beranda at once while it is on screen.
    _page(window, "beranda")
    rows = beranda.model.rowCount()
    form = RequestFormDialog(context, operator, window)
    qtbot.addWidget(form)
    form.pengusul.setText("Rahmat Hidayat")
    form.hal.setText("Salinan SK Nomor 20 Tahun 2026 tentang Tim Uji")
    form.print_receipt.setChecked(False)
    form.submit()
    assert form.registered is not None
    assert beranda.model.rowCount() == rows + 1

    # Laporan recomputes when shown: a step finished meanwhile counts at once.
    laporan = _page(window, "laporan")
    assert isinstance(laporan, LaporanPage)
    qtbot.waitUntil(lambda: laporan._job is None and laporan.month is not None, timeout=30_000)
    done = _done(laporan)
    _page(window, "beranda")
    view = next(
        v for v in context.requests.list() if v.current_step and v.current_step.no in (1, 3)
    )
    assert view.current_step is not None
    context.requests.complete_step(operator, view.id, view.current_step.no)
    _page(window, "laporan")
    qtbot.waitUntil(lambda: laporan._job is None and _done(laporan) == done + 1, timeout=30_000)


def _done(page: LaporanPage) -> int:
    return sum(row.count for row in page.rows if row.person is None)
