"""Beranda with a frozen clock: SRIKANDI counters, timer colours at 50/75/100 %, timers that
move without touching the database, and tray notifications when a threshold is crossed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.timers import Level
from jdih_desktop.ui.common import LEVEL_COLOURS
from jdih_desktop.ui.pages.beranda import BerandaPage

NOW = datetime.fromisoformat("2026-02-02T09:00+08:00")  # a Monday, in office hours (WITA)


@pytest.fixture()
def context(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("JDIH_NOW", NOW.isoformat())
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


def _operator(context: AppContext) -> Actor:
    from jdih_desktop.domain.actor import SYSTEM

    return context.accounts.add_user(
        SYSTEM, "andi", "Andi", ["operator"], password="rahasia123"
    ).as_actor()


def _register(context: AppContext, actor: Actor, minutes_ago: int, hal: str) -> int:
    view = context.requests.register(
        actor,
        pengusul_name="Rahmat",
        hal=hal,
        received_at=NOW - timedelta(minutes=minutes_ago),
    )
    return view.id


def _colour(page: BerandaPage, row: int) -> str:
    value = page.model.data(page.model.index(row, 4), Qt.ItemDataRole.BackgroundRole)
    return str(value.name())


def test_counters_and_timer_levels(qtbot: QtBot, context: AppContext) -> None:
    operator = _operator(context)
    # Step 1 has a 20-minute working-time target.
    ok = _register(context, operator, 5, "A")  # 25 %
    notice = _register(context, operator, 11, "B")  # 55 %
    warning = _register(context, operator, 16, "C")  # 80 %
    late = _register(context, operator, 30, "D")  # 150 %
    moved = _register(context, operator, 2, "E")
    context.requests.complete_step(operator, moved, 1)  # now waits for the disposition

    page = BerandaPage(context, operator)
    qtbot.addWidget(page)
    counts = {key: int(c.number.text()) for key, c in page.counters.items()}
    assert counts == {
        "belum_didisposisi": 1,
        "belum_diabstrak": 0,
        "menunggu_unggah": 0,
        "terlambat": 1,
    }
    rows = {page.model.item(r).request_id: r for r in range(page.model.rowCount())}
    assert set(rows) == {ok, notice, warning, late, moved}
    expected = {
        ok: Level.OK,
        notice: Level.NOTICE,
        warning: Level.WARNING,
        late: Level.OVERDUE,
        moved: Level.OK,
    }
    for request_id, level in expected.items():
        row = rows[request_id]
        timer = page.model.timer(row)
        assert timer is not None and timer.level is level, request_id
        assert _colour(page, row) == LEVEL_COLOURS[level]
    late_text = page.model.data(page.model.index(rows[late], 4))
    assert late_text == "30 mnt / 20 mnt"
    assert page.model.data(page.model.index(rows[late], 5)) == "lewat 10 mnt"


def test_tick_recomputes_in_memory_and_announces_crossings(
    qtbot: QtBot, context: AppContext
) -> None:
    operator = _operator(context)
    a = _register(context, operator, 5, "A")  # 5 → 10 min: reaches 50 % at 09:05
    b = _register(context, operator, 11, "B")  # 11 → 16 min: reaches 75 % at 09:04
    c = _register(context, operator, 16, "C")  # 16 → 21 min: overdue at 09:04
    page = BerandaPage(context, operator)
    qtbot.addWidget(page)
    assert page.counters["terlambat"].number.text() == "0"

    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(context.db.engine, "before_cursor_execute", count)
    try:
        page.clock = lambda: NOW + timedelta(minutes=5)
        page.tick()
    finally:
        event.remove(context.db.engine, "before_cursor_execute", count)
    assert statements == [], "a tick must not query the database"

    rows = {page.model.item(r).request_id: r for r in range(page.model.rowCount())}
    assert _colour(page, rows[a]) == LEVEL_COLOURS[Level.NOTICE]
    assert _colour(page, rows[b]) == LEVEL_COLOURS[Level.WARNING]
    assert _colour(page, rows[c]) == LEVEL_COLOURS[Level.OVERDUE]
    assert page.counters["terlambat"].number.text() == "1"
    # Oldest crossing first: C overdue and B warning at 09:04, then A at 09:05.
    assert page.notifications == [
        "Permohonan 0002/2026, langkah 1: target hampir habis",
        "Permohonan 0003/2026, langkah 1: melewati target",
        "Permohonan 0001/2026, langkah 1: lewat separuh target",
    ]
    # The same instant again announces nothing twice.
    page.tick()
    assert len(page.notifications) == 3


def test_reload_reads_changes(qtbot: QtBot, context: AppContext) -> None:
    operator = _operator(context)
    page = BerandaPage(context, operator)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    request_id = _register(context, operator, 1, "A")
    page.tick()
    assert page.model.rowCount() == 0  # ticks never read the database
    page.reload()
    assert page.model.rowCount() == 1
    assert page.model.item(0).request_id == request_id
    assert "Masuk sebagai andi" in page.findChild(type(page.status), "signedInAs").text()


def test_english_translation_of_the_request_screens(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.paths import resources_dir
    from jdih_desktop.ui.pages.permohonan import PermohonanPage
    from jdih_desktop.ui.translation import install_translators

    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "en", resources_dir() / "i18n")
    try:
        operator = _operator(context)
        page = BerandaPage(context, operator)
        qtbot.addWidget(page)
        captions = [c.accessibleName() for c in page.counters.values()]
        assert captions == [
            "Not yet dispositioned",
            "No abstract yet",
            "Waiting for upload",
            "Late",
        ]
        requests = PermohonanPage(context, operator)
        qtbot.addWidget(requests)
        assert requests.tabs.tabText(0) == "Request list"
        assert requests.new_button.text() == "&New request…"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_each_counter_opens_its_list_on_permohonan(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    """A counter is a way in: a click (or Space on a focused counter) opens Permohonan on the
    same requests — the disposition inbox, a step's list, or the late ones."""
    from PySide6.QtCore import QSettings

    from jdih_desktop.domain.actor import SYSTEM
    from jdih_desktop.ui.main_window import MainWindow

    operator = _operator(context)
    kasubag = context.accounts.add_user(
        SYSTEM, "hasnah", "Hasnah", ["kasubag"], password="rahasia123"
    ).as_actor()
    late = _register(context, operator, 30, "Terlambat di langkah 1")  # 20-minute target
    waiting = _register(context, operator, 3, "Menunggu disposisi")
    context.requests.complete_step(operator, waiting, 1)
    abstract = _register(context, operator, 2, "Menunggu abstrak")
    context.requests.complete_step(operator, abstract, 1)
    context.dispositions.record(kasubag, abstract, to_username="andi", instructions=["Proses"])

    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings, operator)
    qtbot.addWidget(window)
    window.show()
    beranda = window.pages.currentWidget()
    assert isinstance(beranda, BerandaPage)
    qtbot.waitUntil(lambda: not beranda.loading)
    counts = {key: counter.number.text() for key, counter in beranda.counters.items()}
    assert counts["belum_didisposisi"] == "1" and counts["belum_diabstrak"] == "1"
    assert counts["terlambat"] == "1"

    def listed() -> set[int]:
        page = window.pages.currentWidget()
        table = page.inbox if page.tabs.currentIndex() == 1 else page.table
        return {
            int(table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            for row in range(table.rowCount())
        }

    counter = beranda.counters["belum_diabstrak"]
    qtbot.mouseClick(counter, Qt.MouseButton.LeftButton)
    assert window.navigation.currentItem().text() == "Permohonan"
    assert window.pages.currentWidget().tabs.currentIndex() == 0
    assert listed() == {abstract}

    window.navigation.setCurrentRow(0)
    qtbot.mouseClick(beranda.counters["belum_didisposisi"], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget().tabs.currentIndex() == 1  # the disposition inbox
    assert listed() == {waiting}

    window.navigation.setCurrentRow(0)
    beranda.counters["terlambat"].setFocus()
    qtbot.keyClick(beranda.counters["terlambat"], Qt.Key.Key_Space)
    assert window.navigation.currentItem().text() == "Permohonan"
    assert listed() == {late}

    window.navigation.setCurrentRow(0)
    qtbot.mouseClick(beranda.counters["menunggu_unggah"], Qt.MouseButton.LeftButton)
    assert listed() == set()  # none at the upload step
