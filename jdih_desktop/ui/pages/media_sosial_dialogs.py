"""The dialogs of the Media Sosial screen, one per SOP step's data, plus a new item.

Every dialog only collects values: pressing its main button emits ``submitted``; the page
calls the service and either closes the dialog or shows the service's message inside it, so
a refused entry (a wrong file type, a missing theme) keeps what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.workflow.content_views import ContentView, DesignView

MAX_COUNT = 2_000_000_000


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class StepDialog(QDialog):
    """A form with an error line and OK/Cancel; OK emits ``submitted`` instead of closing."""

    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submitted.emit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class FileField(QWidget):
    """A path with a Browse button."""

    def __init__(self, caption: str, filters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(lambda: self._browse(caption, filters))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)

    def _browse(self, caption: str, filters: str) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, caption, "", filters)
        if chosen:
            self.path.setText(chosen)

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None


class NewItemDialog(StepDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Konten baru"), parent)
        self.title = QLineEdit()
        self.planned = QDateEdit(_qdate(today))
        self.planned.setCalendarPopup(True)
        self.form.addRow(self.tr("Judul konten"), self.title)
        self.form.addRow(self.tr("Rencana tayang"), self.planned)


class MeetingDialog(StepDialog):
    def __init__(self, view: ContentView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Langkah 1 — Notulen rapat tim"), parent)
        meeting = view.meeting
        self.held_on = QDateEdit(_qdate(meeting.held_on if meeting else today))
        self.held_on.setCalendarPopup(True)
        self.attendees = QLineEdit(meeting.attendees if meeting else "")
        self.theme = QLineEdit(view.theme)
        self.minutes = QPlainTextEdit(meeting.minutes if meeting else "")
        self.scan = FileField(
            self.tr("Pindaian notula"), self.tr("PDF atau gambar (*.pdf *.png *.jpg *.tif)")
        )
        self.form.addRow(self.tr("Tanggal rapat"), self.held_on)
        self.form.addRow(self.tr("Peserta"), self.attendees)
        self.form.addRow(self.tr("Tema konten"), self.theme)
        self.form.addRow(self.tr("Notula"), self.minutes)
        self.form.addRow(self.tr("Pindaian notula"), self.scan)
        if meeting and meeting.scan_file_name:
            self.form.addRow("", QLabel(self.tr("Tersimpan: {name}").format(
                name=meeting.scan_file_name)))  # fmt: skip


class DraftDialog(StepDialog):
    def __init__(self, view: ContentView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Langkah 2 — Rancangan materi"), parent)
        self.text = QPlainTextEdit(view.draft.text if view.draft else "")
        self.data = QPlainTextEdit(view.draft.supporting_data if view.draft else "")
        self.form.addRow(self.tr("Rancangan materi"), self.text)
        self.form.addRow(self.tr("Data dukung"), self.data)
        if view.approved:
            self.form.addRow(
                "", QLabel(self.tr("Mengubah rancangan mengembalikan konten ke reviu."))
            )


class DesignDialog(StepDialog):
    """Attach a design for one platform; lists the stored designs with thumbnails."""

    remove_requested = Signal(int)

    def __init__(
        self,
        view: ContentView,
        platforms: tuple[str, ...],
        thumbnail: Callable[[DesignView], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Langkah 3 — Desain per platform"), parent)
        self.platform = QComboBox()
        self.platform.addItems(list(platforms))
        self.file = FileField(
            self.tr("Berkas desain"),
            self.tr("Gambar atau video (*.png *.jpg *.jpeg *.webp *.gif *.mp4 *.mov *.webm)"),
        )
        self.form.addRow(self.tr("Platform"), self.platform)
        self.form.addRow(self.tr("Berkas desain"), self.file)
        grid = QGridLayout()
        for row, design in enumerate(view.designs):
            thumb = QLabel()
            thumb.setFixedSize(96, 96)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            path = thumbnail(design)
            if path is not None:
                thumb.setPixmap(
                    QPixmap(str(path)).scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio)
                )
            elif design.kind == "video":
                thumb.setText(self.tr("video"))
            else:
                thumb.setText(self.tr("berkas hilang"))
            grid.addWidget(thumb, row, 0)
            grid.addWidget(QLabel(f"{design.platform} · {design.file_name}"), row, 1)
            remove = QPushButton(self.tr("Hapus"))
            remove.clicked.connect(lambda _=False, d=design.id: self.remove_requested.emit(d))
            grid.addWidget(remove, row, 2)
        self.body.insertLayout(1, grid)
        if view.approved:
            self.body.insertWidget(
                2, QLabel(self.tr("Mengubah desain mengembalikan konten ke reviu."))
            )


class ReviewDialog(StepDialog):
    """Step 4: approve, or ask for changes (comment required)."""

    def __init__(self, view: ContentView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Langkah 4 — Reviu tim"), parent)
        self.approve = True
        summary = ", ".join(f"{d.platform}: {d.file_name}" for d in view.designs) or "-"
        self.form.addRow(self.tr("Desain"), QLabel(summary))
        for review in view.reviews:
            self.form.addRow(review.by, QLabel(review.comment or review.decision))
        self.comment = QPlainTextEdit()
        self.form.addRow(self.tr("Komentar"), self.comment)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Setujui"))
        self.changes = self.buttons.addButton(
            self.tr("Minta perubahan"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.changes.clicked.connect(self._ask_changes)
        # The button box reports clicked(button) before accepted(): note which one it was.
        self.buttons.clicked.connect(lambda button: self._chose(button is ok))

    def _chose(self, approve: bool) -> None:
        self.approve = approve

    def _ask_changes(self) -> None:
        self.approve = False
        self.submitted.emit()


class PostDialog(StepDialog):
    """Step 5: one post. The time is entered as office wall-clock time (WITA by default),
    whatever time zone the PC is set to."""

    def __init__(
        self,
        platforms: tuple[str, ...],
        now: datetime,
        timezone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Langkah 5 — Catat unggahan"), parent)
        self._zone = ZoneInfo(timezone)
        local = now.astimezone(self._zone)
        self.platform = QComboBox()
        self.platform.addItems(list(platforms))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.published = QDateTimeEdit(
            QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
        )
        self.published.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.published.setCalendarPopup(True)
        self.form.addRow(self.tr("Platform"), self.platform)
        self.form.addRow(self.tr("Tautan unggahan"), self.url)
        self.form.addRow(self.tr("Waktu tayang"), self.published)

    def published_at(self) -> datetime:
        value = self.published.dateTime()
        day, clock = value.date(), value.time()
        return datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._zone
        )


class EngagementDialog(StepDialog):
    """Step 6: reach, likes, comments and shares of every post, read off the platforms."""

    def __init__(self, view: ContentView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Langkah 6 — Angka keterlibatan"), parent)
        self.rows: dict[int, tuple[QSpinBox, QSpinBox, QSpinBox, QSpinBox]] = {}
        grid = QGridLayout()
        heads = [self.tr("Unggahan"), self.tr("Jangkauan"), self.tr("Suka"), self.tr("Komentar"),
                 self.tr("Dibagikan")]  # fmt: skip
        for column, head in enumerate(heads):
            grid.addWidget(QLabel(head), 0, column)
        for row, post in enumerate(view.posts, start=1):
            grid.addWidget(QLabel(f"{post.platform}\n{post.url}"), row, 0)
            boxes = []
            for column, value in enumerate((post.reach, post.likes, post.comments, post.shares)):
                box = QSpinBox()
                box.setRange(0, MAX_COUNT)
                box.setValue(value or 0)
                grid.addWidget(box, row, column + 1)
                boxes.append(box)
            self.rows[post.id] = (boxes[0], boxes[1], boxes[2], boxes[3])
        self.body.insertLayout(0, grid)


class OverrideDialog(StepDialog):
    """The Kasubag finishing another role's step must say why."""

    def __init__(self, step_no: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Selesaikan langkah {no} atas nama pelaksana").format(
            no=step_no), parent)  # fmt: skip
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Alasan"), self.reason)
