"""The Media Sosial screen, offscreen: a content item through all six steps with the board's
buttons and dialogs, live timers without database reads, the calendar, the file check."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.ui.pages.media_sosial import MediaSosialPage
from jdih_desktop.ui.pages.media_sosial_dialogs import (
    DesignDialog,
    DraftDialog,
    EngagementDialog,
    MeetingDialog,
    NewItemDialog,
    PostDialog,
    ReviewDialog,
    StepDialog,
)
from jdih_desktop.workflow.content import ContentService
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.runs import RunService

WITA = ZoneInfo("Asia/Makassar")


class Clock:
    def __init__(self, text: str) -> None:
        self.instant = datetime.fromisoformat(text).replace(tzinfo=WITA)

    def __call__(self) -> datetime:
        return self.instant

    def set(self, text: str) -> None:
        self.instant = datetime.fromisoformat(text).replace(tzinfo=WITA)


@pytest.fixture()
def clock() -> Clock:
    return Clock("2026-03-02 08:00")


@pytest.fixture()
def context(data_dir: Path, clock: Clock) -> Iterator[AppContext]:
    ctx = open_context(data_dir)
    runs = RunService(ctx.db, ctx.runs.sops, clock)
    ctx.now = clock
    ctx.content = ContentService(ctx.db, runs, CalendarService(ctx.db, clock), ctx.files, clock)
    yield ctx
    ctx.close()


def _users(ctx: AppContext) -> dict[str, Actor]:
    made = {
        "nur": ["tim_jdih"],
        "dimas": ["desainer"],
        "hasnah": ["kasubag"],
    }
    return {name: ctx.accounts.add_user(SYSTEM, name, name.title(), roles).as_actor()
            for name, roles in made.items()}  # fmt: skip


def _submit(dialog: StepDialog | None) -> None:
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _column_of(page: MediaSosialPage, item_id: int) -> int | None:
    card = page.cards.get(item_id)
    if card is None:
        return None
    return next(no for no, col in page.columns.items() if col.indexOf(card) >= 0)


def _as(page: MediaSosialPage, actor: Actor) -> None:
    page.actor = actor
    page.refresh()


def _dialog(page: MediaSosialPage, kind: type[Any]) -> Any:
    assert isinstance(page.dialog, kind), page.dialog
    return page.dialog


def test_an_item_through_six_steps_on_the_board(
    qtbot: QtBot, context: AppContext, clock: Clock, tmp_path: Path
) -> None:
    users = _users(context)
    page = MediaSosialPage(context, users["nur"])
    qtbot.addWidget(page)
    page.show()
    heading = page.findChild(QLabel, "pageTitle")
    assert heading is not None and heading.text() == "Media Sosial"

    page.new_button.click()
    new = _dialog(page, NewItemDialog)
    new.title.setText("Ayo cek DPT")
    new.planned.setDate(QDate(2026, 3, 4))
    _submit(new)
    assert not new.isVisible()
    (item_id,) = page.cards
    assert _column_of(page, item_id) == 1

    # Timers tick in memory: no statement reaches the database.
    statements: list[str] = []
    event.listen(context.db.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))  # fmt: skip
    clock.set("2026-03-02 08:30")
    page.tick()
    assert page.cards[item_id].timer.text() == "30 mnt · sisa 23 jam 30 mnt"
    assert statements == []

    page.cards[item_id].data_button.click()
    meeting = _dialog(page, MeetingDialog)
    meeting.attendees.setText("Nur, Dimas, Hasnah")
    _submit(meeting)  # no theme yet: refused inside the dialog
    assert meeting.isVisible() and "Tema konten wajib diisi" in meeting.error.text()
    meeting.theme.setText("Pemutakhiran data pemilih")
    meeting.minutes.setPlainText("Tema disepakati.")
    _submit(meeting)
    assert not meeting.isVisible()
    clock.set("2026-03-02 09:00")
    page.cards[item_id].advance_button.click()
    assert _column_of(page, item_id) == 2

    page.cards[item_id].data_button.click()
    draft = _dialog(page, DraftDialog)
    draft.text.setPlainText("Cek namamu di DPT")
    _submit(draft)
    clock.set("2026-03-02 09:05")
    page.cards[item_id].advance_button.click()
    assert _column_of(page, item_id) == 3
    assert not page.cards[item_id].data_button.isEnabled()  # Tim JDIH does not design

    _as(page, users["dimas"])
    page.cards[item_id].data_button.click()
    design = _dialog(page, DesignDialog)
    wrong = tmp_path / "naskah.txt"
    wrong.write_text("teks")
    design.file.path.setText(str(wrong))
    _submit(design)
    assert design.isVisible() and "tidak didukung" in design.error.text()
    image = tmp_path / "ig.png"
    Image.new("RGB", (1080, 1080), "#0d47a1").save(image)
    design.platform.setCurrentText("Instagram")
    design.file.path.setText(str(image))
    _submit(design)
    assert not design.isVisible()
    clock.set("2026-03-03 10:00")
    page.cards[item_id].advance_button.click()
    assert _column_of(page, item_id) == 4

    _as(page, users["nur"])
    page.cards[item_id].advance_button.click()  # the review step opens its dialog
    review = _dialog(page, ReviewDialog)
    review.changes.click()
    assert review.isVisible() and "perubahan yang diminta" in review.error.text()
    review.comment.setPlainText("Perbesar logo")
    review.changes.click()
    assert _column_of(page, item_id) == 3
    _as(page, users["dimas"])
    clock.set("2026-03-03 11:00")
    page.cards[item_id].advance_button.click()
    _as(page, users["nur"])
    page.cards[item_id].advance_button.click()
    approve = _dialog(page, ReviewDialog)
    clock.set("2026-03-03 11:20")
    _submit(approve)
    assert _column_of(page, item_id) == 5

    _as(page, users["dimas"])
    page.cards[item_id].data_button.click()
    post = _dialog(page, PostDialog)
    post.platform.setCurrentText("Instagram")
    post.url.setText("https://instagram.com/p/1")
    assert post.published_at() == datetime.fromisoformat("2026-03-03 11:20").replace(tzinfo=WITA)
    post.published.setDateTime(QDateTime(QDate(2026, 3, 3), QTime(11, 22)))
    _submit(post)
    clock.set("2026-03-03 11:25")
    page.cards[item_id].advance_button.click()
    assert _column_of(page, item_id) == 6

    _as(page, users["hasnah"])
    page.cards[item_id].data_button.click()
    engagement = _dialog(page, EngagementDialog)
    (boxes,) = engagement.rows.values()
    for box, value in zip(boxes, (1500, 120, 14, 9), strict=True):
        box.setValue(value)
    _submit(engagement)
    clock.set("2026-03-09 09:00")
    page.cards[item_id].advance_button.click()
    assert item_id not in page.cards and page.status.text() == ""
    done = context.content.get(item_id)
    assert done.run_state == "done"
    assert (done.posts[0].reach, done.posts[0].likes) == (1500, 120)
    assert done.posts[0].published_at == datetime(2026, 3, 3, 3, 22, tzinfo=UTC)  # 11.22 WITA
    assert [r.decision for r in done.reviews] == ["changes_requested", "approved"]

    # The calendar shows the planned day and the publication day.
    page.calendar.setSelectedDate(QDate(2026, 3, 3))
    texts = [page.day_list.item(i).text() for i in range(page.day_list.count())]
    assert texts == ["Tayang di Instagram: Ayo cek DPT"]
    fmt = page.calendar.dateTextFormat(QDate(2026, 3, 3))
    assert fmt.background().color().name() == "#c8e6c9"
    page.calendar.setSelectedDate(QDate(2026, 3, 4))
    assert page.day_list.item(0).text() == "Rencana: Ayo cek DPT"

    # A design file deleted behind the app's back is reported, not a crash.
    context.files.path_for(done.designs[0].sha256).unlink()
    page.check_button.click()
    assert "hilang" in page.status.text() and "ig.png" in page.status.text()


def test_buttons_follow_the_role_and_overdue_cards_turn_red(
    qtbot: QtBot, context: AppContext, clock: Clock
) -> None:
    users = _users(context)
    item = context.content.create(users["nur"], title="Konten")
    page = MediaSosialPage(context, users["dimas"])
    qtbot.addWidget(page)
    page.show()
    card = page.cards[item.id]
    assert not card.data_button.isEnabled() and not card.advance_button.isEnabled()
    assert not page.new_button.isEnabled()
    clock.instant += timedelta(days=2)
    page.tick()
    assert "#f4a6a6" in card.timer.styleSheet()  # past the one-day target
    assert card.timer.text().startswith("2 hari 0 jam")
    page.ticker.stop()
    assert page.ticker.interval() == 5000


def test_the_screen_speaks_english_when_asked(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.paths import resources_dir
    from jdih_desktop.ui.translation import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en", resources_dir() / "i18n")
    try:
        page = MediaSosialPage(context, None)
        qtbot.addWidget(page)
        heading = page.findChild(QLabel, "pageTitle")
        assert heading is not None and heading.text() == "Social media"
        assert [page.tabs.tabText(i) for i in range(2)] == ["Board", "Calendar"]
        assert page.new_button.text() == "New content…" and not page.new_button.isEnabled()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
