"""Media Sosial: the social-media SOP as a board (a column per step, a card per content item
with its live step timer) and a calendar of planned and published posts.

The items are read from the database when the screen is shown and after every change; every
few seconds each card's timer is recomputed in memory from the stored instants (the domain
run kept in the view), never by asking the database again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.content import (
    STEP_DESIGN,
    STEP_DRAFT,
    STEP_EVALUATION,
    STEP_MEETING,
    STEP_PUBLISH,
    STEP_REVIEW,
)
from jdih_desktop.domain.display import to_office_time
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop_run import StepRun
from jdih_desktop.domain.timers import Level, timer_status
from jdih_desktop.domain.worktime import OfficeCalendar
from jdih_desktop.ui import hub
from jdih_desktop.ui.common import LEVEL_COLOURS, duration_text, page_title
from jdih_desktop.ui.pages.media_sosial_calendar import PostCalendar
from jdih_desktop.ui.pages.media_sosial_dialogs import (
    DesignDialog,
    DraftDialog,
    EngagementDialog,
    MeetingDialog,
    NewItemDialog,
    OverrideDialog,
    PostDialog,
    ReviewDialog,
    StepDialog,
)
from jdih_desktop.workflow.content_views import ContentView

COLUMN_WIDTH = 215  # px: a card's two buttons and its timer fit
TICK_MS = 5_000  # timers recomputed in memory
RELOAD_MS = 60_000  # items read again (another PC may have moved them)


class ElidedLabel(QLabel):
    """One line that ends in "…" when the column is too narrow; the full text is its tooltip.

    (Word-wrapped labels in a scrolled column get the height of their preferred width and are
    cut off; one elided line always fits.)"""

    def __init__(self, text: str, bold: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if bold:
            font = self.font()
            font.setBold(True)
            self.setFont(font)
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width()))


class ContentCard(QFrame):
    """One item in its step's column: title, theme, live timer, data and advance buttons."""

    def __init__(self, view: ContentView, step: StepRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.step = step
        self.setObjectName(f"card_{view.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(ElidedLabel(view.title, bold=True))
        if view.theme:
            layout.addWidget(ElidedLabel(view.theme))
        self.timer = QLabel()
        self.timer.setObjectName("cardTimer")
        layout.addWidget(self.timer)
        target = ElidedLabel(
            self.tr("target {target}").format(target=step.target.describe())
            if step.target
            else self.tr("tanpa target")
        )
        target.setStyleSheet("color: #555;")
        layout.addWidget(target)
        buttons = QHBoxLayout()
        self.data_button = QPushButton(self.tr("Data…"))
        self.advance_button = QPushButton(self.tr("Selesai ▸"))
        buttons.addWidget(self.data_button)
        buttons.addWidget(self.advance_button)
        layout.addLayout(buttons)
        self.level = Level.OK

    def tick(self, calendar: OfficeCalendar, now: datetime) -> None:
        status = timer_status(self.step, calendar, max(now, self.view.run.last_event_at))
        text = duration_text(status.elapsed)
        if status.remaining is not None:
            text = self.tr("{elapsed} · sisa {remaining}").format(
                elapsed=text, remaining=duration_text(status.remaining)
            )
        if self.step.state.value == "paused":
            text += " " + self.tr("(dijeda)")
        self.timer.setText(text)
        self.timer.setStyleSheet(
            f"background: {LEVEL_COLOURS[status.level]}; padding: 2px; border-radius: 3px;"
        )
        self.level = status.level


class MediaSosialPage(QWidget):
    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor
        self.items: list[ContentView] = []
        self.cards: dict[int, ContentCard] = {}
        self.dialog: StepDialog | None = None
        self._calendar: OfficeCalendar | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Media Sosial")))
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Konten baru…"))
        self.new_button.clicked.connect(self.open_new_dialog)
        self.new_button.setEnabled(self._has(Role.TIM_JDIH))
        self.refresh_button = QPushButton(self.tr("Muat ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        self.check_button = QPushButton(self.tr("Periksa berkas"))
        self.check_button.clicked.connect(self.check_files)
        self.status = QLabel()
        self.status.setObjectName("contentStatus")
        self.status.setWordWrap(True)
        for widget in (self.new_button, self.refresh_button, self.check_button):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_board(), self.tr("Papan"))
        self.posts_calendar = PostCalendar()
        self.calendar = self.posts_calendar.calendar
        self.day_list = self.posts_calendar.day_list
        self.tabs.addTab(self.posts_calendar, self.tr("Kalender"))
        today = self._today()  # the app's clock (JDIH_NOW in a replay), not the PC's
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        layout.addWidget(self.tabs, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.reloader = QTimer(self)
        self.reloader.setInterval(RELOAD_MS)
        self.reloader.timeout.connect(self._reload_if_idle)
        hub.follow(context, self, frozenset({hub.CONTENT}), self.refresh)

    # -- layout --------------------------------------------------------------------------

    def _step_titles(self) -> dict[int, str]:
        return {
            STEP_MEETING: self.tr("1. Rapat tim"),
            STEP_DRAFT: self.tr("2. Rancangan"),
            STEP_DESIGN: self.tr("3. Desain"),
            STEP_REVIEW: self.tr("4. Reviu"),
            STEP_PUBLISH: self.tr("5. Unggah"),
            STEP_EVALUATION: self.tr("6. Evaluasi"),
        }

    def _build_board(self) -> QWidget:
        """Six columns side by side in one scrolled area (scrolling sideways on a small screen)."""
        board = QWidget()
        row = QHBoxLayout(board)
        self.columns: dict[int, QVBoxLayout] = {}
        for no, title in self._step_titles().items():
            box = QGroupBox(title)
            box.setObjectName(f"column_{no}")
            box.setMinimumWidth(COLUMN_WIDTH)
            column = QVBoxLayout(box)
            column.addStretch(1)
            row.addWidget(box, 1)
            self.columns[no] = column
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(board)
        return scroll

    # -- data ----------------------------------------------------------------------------

    def _has(self, role: Role) -> bool:
        roles = self.actor.roles if self.actor else frozenset()
        return role.value in roles or Role.KASUBAG.value in roles

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.ticker.start()
        self.reloader.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ticker.stop()
        self.reloader.stop()

    def _reload_if_idle(self) -> None:
        if self.dialog is None or not self.dialog.isVisible():  # never under an open dialog
            self.refresh()

    def refresh(self) -> None:
        """Read the items once; the timers then tick in memory."""
        everything = self.context.content.list(include_closed=True)
        self.items = [v for v in everything if v.run_state == "active"]
        self._calendar = self.context.content.office_calendar()
        for column in self.columns.values():
            while column.count() > 1:
                taken = column.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.cards = {}
        for view in self.items:
            current = view.run.current_step
            if current is None:
                continue
            card = ContentCard(view, current)
            allowed = self._has(current.role)
            card.data_button.setEnabled(allowed)
            card.advance_button.setEnabled(allowed)
            card.data_button.clicked.connect(lambda _=False, v=view: self.open_step_dialog(v.id))
            card.advance_button.clicked.connect(lambda _=False, v=view: self.advance(v.id))
            self.columns[current.no].insertWidget(self.columns[current.no].count() - 1, card)
            self.cards[view.id] = card
        self.tick()
        self.posts_calendar.show_items(everything, self._tz())

    def tick(self) -> None:
        if self._calendar is None:
            return
        now = self.context.now()
        for card in self.cards.values():
            card.tick(self._calendar, now)

    def _view(self, item_id: int) -> ContentView:
        return next(v for v in self.items if v.id == item_id)

    # -- actions -------------------------------------------------------------------------

    def _run(self, dialog: StepDialog | None, action: Callable[[], object]) -> bool:
        """Call the service; show its message in the dialog (or the status line) on refusal."""
        try:
            action()
        except JdihError as error:
            if dialog is not None:
                dialog.show_error(str(error))
            else:
                self.status.setText(str(error))
            return False
        self.status.clear()
        if dialog is not None:
            dialog.accept()
        hub.announce(self.context, hub.CONTENT)
        self.refresh()
        return True

    def _open(self, dialog: StepDialog, apply: Callable[[], object]) -> StepDialog:
        dialog.submitted.connect(lambda: self._run(dialog, apply))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_new_dialog(self) -> StepDialog:
        dialog = NewItemDialog(to_office_time(self.context.now(), self._tz()).date(), self)
        actor = self._actor()

        def apply() -> object:
            planned = dialog.planned.date()
            return self.context.content.create(
                actor,
                title=dialog.title.text(),
                planned_date=date(planned.year(), planned.month(), planned.day()),
            )

        return self._open(dialog, apply)

    def open_step_dialog(self, item_id: int) -> StepDialog:
        view = self._view(item_id)
        current = view.run.current_step
        assert current is not None
        content, actor = self.context.content, self._actor()
        if current.no == STEP_MEETING:
            meeting = MeetingDialog(view, self._today(), self)

            def apply_meeting() -> object:
                held = meeting.held_on.date()
                return content.record_meeting(
                    actor, item_id, held_on=date(held.year(), held.month(), held.day()),
                    attendees=meeting.attendees.text(), theme=meeting.theme.text(),
                    minutes=meeting.minutes.toPlainText(), scan=meeting.scan.value(),
                )  # fmt: skip

            return self._open(meeting, apply_meeting)
        if current.no == STEP_DRAFT:
            draft = DraftDialog(view, self)
            return self._open(draft, lambda: content.save_draft(
                actor, item_id, text=draft.text.toPlainText(),
                supporting_data=draft.data.toPlainText()))  # fmt: skip
        if current.no == STEP_DESIGN:
            return self._design_dialog(view)
        if current.no == STEP_REVIEW:
            review = ReviewDialog(view, self)
            return self._open(review, lambda: content.review(
                actor, item_id, approve=review.approve,
                comment=review.comment.toPlainText()))  # fmt: skip
        if current.no == STEP_PUBLISH:
            post = PostDialog(content.platforms, self.context.now(), self._tz(), self)
            return self._open(post, lambda: content.record_post(
                actor, item_id, platform=post.platform.currentText(), url=post.url.text(),
                published_at=post.published_at()))  # fmt: skip
        engagement = EngagementDialog(view, self)

        def apply_engagement() -> object:
            for post_id, boxes in engagement.rows.items():
                reach, likes, comments, shares = (box.value() for box in boxes)
                content.record_engagement(actor, item_id, post_id, reach=reach, likes=likes,
                                          comments=comments, shares=shares)  # fmt: skip
            return None

        return self._open(engagement, apply_engagement)

    def _design_dialog(self, view: ContentView) -> StepDialog:
        content, actor = self.context.content, self._actor()
        dialog = DesignDialog(view, content.platforms, content.design_thumbnail, self)

        def attach() -> object:
            path = dialog.file.value()
            if path is None:  # nothing chosen: just close
                return None
            return content.attach_design(
                actor, view.id, platform=dialog.platform.currentText(), path=path
            )

        def remove(design_id: int) -> None:
            if self._run(dialog, lambda: content.remove_design(actor, view.id, design_id)):
                self._design_dialog(self._view(view.id))

        dialog.remove_requested.connect(remove)
        return self._open(dialog, attach)

    def advance(self, item_id: int) -> StepDialog | None:
        """Finish the item's current step; the review opens its dialog, a Kasubag finishing
        another role's step gives a reason."""
        view = self._view(item_id)
        current = view.run.current_step
        assert current is not None
        if current.no == STEP_REVIEW:
            return self.open_step_dialog(item_id)
        actor = self._actor()
        if current.role.value not in actor.roles and Role.KASUBAG.value in actor.roles:
            dialog = OverrideDialog(current.no, self)
            return self._open(dialog, lambda: self.context.content.complete_step(
                actor, item_id, current.no, dialog.reason.text()))  # fmt: skip
        self._run(None, lambda: self.context.content.complete_step(actor, item_id, current.no))
        return None

    def check_files(self) -> None:
        problems = self.context.content.check_files()
        if problems:
            self.status.setText("\n".join(str(p.message) for p in problems))
        else:
            self.status.setText(self.tr("Semua berkas lampiran konten utuh."))

    def _actor(self) -> Actor:
        if self.actor is None:
            from jdih_desktop.domain.actor import SYSTEM

            return Actor(None, SYSTEM.username, frozenset())
        return self.actor

    def _tz(self) -> str:
        return self.context.office.profile().timezone

    def _today(self) -> date:
        return to_office_time(self.context.now(), self._tz()).date()
