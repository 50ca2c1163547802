"""Beranda: the day's work at a glance — SRIKANDI-style counters and a live timer per request.

The board (every active request's current step with its stored instants) is loaded from the
database once, then every few seconds each timer is recomputed in memory from those instants;
the database is read again only when the screen is shown, after a change, or once a minute.
A step crossing 50/75/100 % of its target raises a tray notification.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QMouseEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.accounts.permissions import may
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop_steps import DecreeStep
from jdih_desktop.domain.timers import Level, TimerStatus
from jdih_desktop.publishing.outbox_store import AWAITING, OPEN_STATES
from jdih_desktop.trust.health import Problem
from jdih_desktop.ui import hub
from jdih_desktop.ui.background_load import BackgroundLoad
from jdih_desktop.ui.common import duration_text, level_colour, page_title
from jdih_desktop.ui.dates import moment_text
from jdih_desktop.ui.hand_upload import HandUploadDialog
from jdih_desktop.ui.labels import step_activity
from jdih_desktop.workflow.dashboard import COUNTER_KEYS, ActiveItem, Board

TICK_MS = 5_000  # timers recomputed in memory
RELOAD_MS = 60_000  # the board read again from the database
_Index = QModelIndex | QPersistentModelIndex
#: What one read of the board brings: the board, the uploads waiting for a person, and
#: whether the office profile names an office yet.
#: What one background read brings: the board, the awaiting uploads, whether the office is
#: named, and what the last backup or verify found wrong.
_Read = tuple[Board, list[tuple[int, str, str]], bool, list[Problem]]


class ActiveRequestsModel(QAbstractTableModel):
    """The active requests with their current step's timer at ``now`` (set by the page)."""

    COLUMNS = ("agenda", "pengusul", "hal", "langkah", "timer", "sisa", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.my_roles: frozenset[str] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)
        self._timers: list[TimerStatus | None] = []
        self._headers = [
            self.tr("Agenda"),
            self.tr("Pengusul"),
            self.tr("Hal"),
            self.tr("Langkah sekarang"),
            self.tr("Berjalan / target"),
            self.tr("Sisa"),
            self.tr("Status"),
        ]

    def set_board(self, board: Board, now: datetime) -> None:
        self.beginResetModel()
        self.board = board
        self._timers = [item.timer(board.calendar, now) for item in board.items]
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """Recompute every timer in memory; only the timer columns are repainted."""
        if self.board is None or not self.board.items:
            return
        self._timers = [item.timer(self.board.calendar, now) for item in self.board.items]
        self.dataChanged.emit(self.index(0, 4), self.index(len(self._timers) - 1, 6))

    def item(self, row: int) -> ActiveItem:
        assert self.board is not None
        return self.board.items[row]

    def timer(self, row: int) -> TimerStatus | None:
        return self._timers[row]

    def timers(self) -> list[TimerStatus | None]:
        return list(self._timers)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.board is None else len(self.board.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.board is None:
            return None
        item, timer = self.board.items[index.row()], self._timers[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, timer, column)
        if role == Qt.ItemDataRole.BackgroundRole and column in ("timer", "sisa", "status"):
            return level_colour(timer.level) if timer else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "hal":
            return item.hal
        if role == Qt.ItemDataRole.FontRole and item.step.role.value in self.my_roles:
            return self._bold  # the user's own turn stands out in the queue
        if role == Qt.ItemDataRole.UserRole:
            return item.request_id
        return None

    def _text(self, item: ActiveItem, timer: TimerStatus | None, column: str) -> str:
        if column == "agenda":
            return item.agenda
        if column == "pengusul":
            return item.pengusul_name
        if column == "hal":
            return item.hal
        if column == "langkah":
            paused = self.tr(" (dijeda)") if item.step.state == "paused" else ""
            return f"{item.step.no}. {step_activity(item.activity)}{paused}"
        if timer is None:
            return "–"
        if column == "timer":
            return f"{duration_text(timer.elapsed)} / {duration_text(timer.target)}"
        if column == "sisa":
            return duration_text(timer.remaining)
        return str(timer.level.label) if timer.target is not None else self.tr("tanpa target")


#: Where each counter leads: the Permohonan screen's view with the same requests.
COUNTER_VIEWS = {
    "belum_didisposisi": "inbox",
    "belum_diabstrak": DecreeStep.ABSTRAK.value,
    "menunggu_unggah": DecreeStep.UNGGAH.value,
    "terlambat": "late",
}


class _Counter(QFrame):
    """A number and its caption; a click (or Enter/Space when focused) opens the list."""

    clicked = Signal()

    def __init__(self, key: str, label: str) -> None:
        super().__init__()
        self.setObjectName(f"counter_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.number = QLabel("0")
        self.number.setObjectName("counterNumber")
        self.number.setStyleSheet("font-size: 22pt; font-weight: 600;")
        caption = QLabel(label)
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(caption)
        self.setAccessibleName(label)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))
        self.setAccessibleDescription(str(value))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class OfficeNotice(QFrame):
    """Shown while the office profile names no office: sheets and reports refuse to print a
    letterhead until it does, so the first screen says so and leads to where it is filled in
    (an Administrator gets the button; anyone else is told whom to ask)."""

    def __init__(self, can_edit: bool) -> None:
        super().__init__()
        self.setObjectName("officeNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#officeNotice { background: #fff4ce; }")
        self.text = QLabel(
            self.tr(
                "Profil kantor belum diisi: tanda terima, lembar disposisi, laporan dan daftar "
                "arsip belum dapat dicetak karena kop suratnya belum memuat nama kantor, dan "
                "keputusan tanpa T.E.U. badan belum dapat diterbitkan."
            )
            + " "
            + (
                self.tr("Isi nama kantor di Pengaturan → Profil kantor.")
                if can_edit
                else self.tr("Minta Administrator mengisinya di Pengaturan → Profil kantor.")
            )
        )
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Buka &Profil kantor"))
        self.button.setVisible(can_edit)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setAccessibleName(self.tr("Profil kantor belum diisi"))


class BerandaPage(QWidget):
    """Counters and the live table; ``open_request`` asks the window to show a request. The
    notices lead to Pengaturan through the hub's ``screen_requested``, like the counters."""

    open_request = Signal(int)

    def __init__(
        self, context: AppContext, actor: Actor | None, *, background: bool = False
    ) -> None:
        """``background``: the first read runs off the GUI thread (the window's start)."""
        super().__init__()
        self._context = context
        self.actor = actor
        self.clock: Callable[[], datetime] = context.now
        self.notifications: list[str] = []  # what was announced, newest last
        self._last_tick: datetime | None = None
        self._tray: QSystemTrayIcon | None = None
        self.upload_dialog: HandUploadDialog | None = None

        labels = {
            "belum_didisposisi": self.tr("Belum didisposisi"),
            "belum_diabstrak": self.tr("Belum diabstrak"),
            "menunggu_unggah": self.tr("Menunggu unggah"),
            "terlambat": self.tr("Terlambat"),
        }
        self.counters = {key: _Counter(key, labels[key]) for key in COUNTER_KEYS}
        counters = QGridLayout()
        for column, key in enumerate(COUNTER_KEYS):
            counter = self.counters[key]
            counter.setToolTip(self.tr("Klik untuk membuka daftar permohonan ini"))
            counter.clicked.connect(lambda k=key: self.open_counter(k))
            counters.addWidget(counter, 0, column)

        self.model = ActiveRequestsModel(self)
        self.model.my_roles = actor.roles if actor else frozenset()
        self.table = QTableView()
        self.table.setObjectName("activeRequests")
        self.table.setAccessibleName(self.tr("Permohonan aktif dan pewaktunya"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)  # Enter or double-click (per platform style)
        self.open_request.connect(self.show_request)

        who = QLabel(self._greeting())
        who.setObjectName("signedInAs")
        self.status = QLabel()
        self.status.setObjectName("boardStatus")
        header = QHBoxLayout()
        header.addWidget(page_title(self.tr("Beranda")))
        header.addStretch(1)
        header.addWidget(who)
        # What the daily backup or `jdih verify` found wrong, with what to do (hidden if none).
        self.trust_notice = QLabel()
        self.trust_notice.setObjectName("trustNotice")
        self.trust_notice.setWordWrap(True)
        self.trust_notice.setStyleSheet(
            "background: #fff3cd; color: #5c3c00; border: 1px solid #d9a400; padding: 6px;"
        )
        self.trust_button = QPushButton(self.tr("Buka Pengaturan → &Cadangan"))
        self.trust_button.clicked.connect(
            lambda: hub.hub(context).screen_requested.emit("pengaturan", "cadangan")
        )
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.trust_notice, 1)
        notice_row.addWidget(self.trust_button)
        self._show_problems([])
        self.office_notice = OfficeNotice(may(actor, Action.SETTINGS_EDIT))
        self.office_notice.button.clicked.connect(
            lambda: hub.hub(context).screen_requested.emit("pengaturan", "profil")
        )
        self.office_notice.hide()  # until a read says the office names nobody
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.office_notice)
        layout.addLayout(notice_row)
        layout.addLayout(counters)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Permohonan aktif (klik dua kali untuk membuka; huruf tebal: giliran Anda):"
                )
            )
        )
        layout.addWidget(self.table, 1)
        self.uploads_label = QLabel(
            self.tr(
                "Unggahan yang menunggu tindakan Anda (klik dua kali: apa yang harus dilakukan):"
            )
        )
        self.uploads = QListWidget()
        self.uploads.setObjectName("waitingUploads")
        self.uploads.setAccessibleName(self.tr("Unggahan yang menunggu tindakan"))
        self.uploads.setMaximumHeight(110)
        self.uploads.itemActivated.connect(self._open_upload)
        layout.addWidget(self.uploads_label)
        layout.addWidget(self.uploads)
        layout.addWidget(self.status)

        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.tick)
        self._reload_timer = QTimer(self)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._first_load = BackgroundLoad(self, self._show, self._load_failed)
        if background:
            self.status.setText(self.tr("Memuat…"))
            self._show_uploads([])
            self._first_load.start(self._read)
        else:
            self.reload()
        hub.follow(
            context, self, frozenset({hub.REQUESTS, hub.PUBLICATIONS, hub.ARCHIVE, hub.SETTINGS}),
            self.reload,
        )  # fmt: skip
        self._tick_timer.start()
        self._reload_timer.start()

    def _greeting(self) -> str:
        if self.actor is None:
            return ""
        roles = ", ".join(Role(r).display_name for r in sorted(self.actor.roles))
        return self.tr("Masuk sebagai {user} ({roles})").format(
            user=self.actor.username, roles=roles
        )

    @property
    def loading(self) -> bool:
        """True while the first read is still under way in the background."""
        return self._first_load.pending

    def reload(self) -> None:
        """Read the board from the database (on show, after a change, and every minute)."""
        self._first_load.supersede()
        self._show(self._read())

    def _read(self) -> _Read:
        """The board and the uploads waiting for a person: database reads only, no widgets
        (it runs off the GUI thread for the first read)."""
        board = self._context.dashboard.load()
        uploads = []
        # Publications nothing will finish by itself (the export package uploaded by hand, a
        # failure given up): each with what the person must do.
        for publication in self._context.outbox.store.rows(states=OPEN_STATES):
            if not publication.needs_person:
                continue
            try:
                title = self._context.archive.get(publication.document_id).metadata.judul
            except JdihError:
                continue
            uploads.append((publication.id, title, publication.state))
        return board, uploads, self._context.office.profile().is_set, self._context.trust.problems()

    def _show(self, read: _Read) -> None:
        board, uploads, office_set, problems = read
        self.office_notice.setVisible(not office_set)
        now = self.clock()
        self.model.set_board(board, now)
        # Sized once per load, not per tick: measuring every row each 5 s would cost more
        # than the timers themselves.
        for column in (0, 1, 4, 5, 6):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(3, 250)
        self._last_tick = now
        self._show_counters(board, now)
        self._show_uploads(uploads)
        self._show_problems(problems)

    def _show_problems(self, problems: list[Problem]) -> None:
        timezone = self._context.office.profile().timezone
        lines = [
            self.tr("⚠ {what} ({when}).<br><b>Yang harus dilakukan:</b> {todo}").format(
                what=escape(str(p.what).rstrip(".")),
                when=moment_text(p.at, timezone),
                todo=escape(str(p.todo)),
            )
            for p in problems
        ]
        self.trust_notice.setText("<br><br>".join(lines))
        self.trust_notice.setVisible(bool(problems))
        self.trust_button.setVisible(bool(problems))

    def _load_failed(self, error: BaseException) -> None:
        self.status.setText(
            str(error)
            if isinstance(error, JdihError)
            else self.tr("Beranda gagal dimuat; tekan F5 untuk mencoba lagi.")
        )

    def _show_uploads(self, uploads: list[tuple[int, str, str]]) -> None:
        self.uploads.clear()
        for publication_id, title, state in uploads:
            todo = (
                self.tr("unggah paket ekspor di situs JDIH, lalu buktikan tautannya")
                if state == AWAITING
                else self.tr("gagal, tidak dicoba lagi: unggah sendiri lalu buktikan tautannya")
            )
            item = QListWidgetItem(f"{title[:80]} — {todo}")
            item.setData(Qt.ItemDataRole.UserRole, publication_id)
            self.uploads.addItem(item)
        has_any = self.uploads.count() > 0
        self.uploads.setVisible(has_any)
        self.uploads_label.setVisible(has_any)

    def _open_upload(self, item: QListWidgetItem) -> None:
        self.open_upload(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_upload(self, publication_id: int) -> HandUploadDialog | None:
        """What to do for one waiting upload, with the field that proves it (modeless)."""
        if self.actor is None:
            return None
        publication = self._context.outbox.store.get(publication_id)
        # Not deleted on close: its proof job may still be signalling from its thread (see
        # ui/jobs.py). The previous one goes once its job let go.
        previous = self.upload_dialog
        if previous is not None and not previous.panel.busy:
            previous.deleteLater()
        dialog = HandUploadDialog(self._context, self.actor, publication, self)
        dialog.finished.connect(lambda _result: self.reload())
        self.upload_dialog = dialog
        dialog.open()
        return dialog

    def tick(self) -> None:
        """Recompute the timers in memory at the current time; announce crossed thresholds."""
        board = self.model.board
        if board is None:
            return
        now = self.clock()
        since, self._last_tick = self._last_tick, now
        self.model.set_now(now)
        self._show_counters(board, now)
        if since is not None:
            for crossing in board.crossings(since, now):
                self._announce(crossing.ref, crossing.level)

    def _show_counters(self, board: Board, now: datetime) -> None:
        for key, value in board.counters(now, timers=self.model.timers()).items():
            self.counters[key].set_value(value)
        self.status.setText(
            self.tr("{n} permohonan aktif · diperbarui {time}").format(
                n=len(board.items), time=now.astimezone(board.calendar.tz).strftime("%H.%M.%S")
            )
        )

    def _announce(self, item: ActiveItem, level: Level) -> None:
        text = self.tr("Permohonan {agenda}, langkah {no}: {level}").format(
            agenda=item.agenda, no=item.step.no, level=str(level.label)
        )
        self.notifications.append(text)
        tray = self._tray_icon()
        if tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if level >= Level.OVERDUE
                else QSystemTrayIcon.MessageIcon.Warning
            )
            tray.showMessage(self.tr("Pewaktu SOP"), f"{text}\n{item.hal}", icon, 10_000)

    def _tray_icon(self) -> QSystemTrayIcon | None:
        """The tray icon, created on first use; None where there is no tray (offscreen)."""
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self._tray.setToolTip("JDIH Desktop")
            self._tray.show()
        return self._tray

    def open_counter(self, key: str) -> None:
        """The requests behind a counter, on the Permohonan screen (the window switches)."""
        hub.hub(self._context).screen_requested.emit("permohonan", COUNTER_VIEWS[key])

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request.emit(self.model.item(index.row()).request_id)

    def show_request(self, request_id: int) -> None:
        """The request's detail and actions; the board is read again afterwards."""
        from jdih_desktop.ui.request_detail import RequestDetailDialog

        dialog = RequestDetailDialog(self._context, self.actor, request_id, self)
        dialog.exec()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        stale = hub.take_stale(self)
        if not self.loading:
            self.reload()
        elif stale:  # changed after the first read began: read again, still in background
            self._first_load.start(self._read)
