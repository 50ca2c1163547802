"""Wizard page 2: scan with live thumbnails, a page counter, progress and cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job
from jdih_desktop.ui.wizard.scan_job import ScanOutcome, ScanSignals, run_scan
from jdih_desktop.ui.wizard.thumbnails import THUMB, placeholder

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard


class ScanPage(QWizardPage):
    def __init__(self, wizard: ScanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Pindai"))
        self.setSubTitle(
            self.tr("Masukkan salinan SK ke pemindai, lalu tekan Mulai. Halaman tersimpan aman.")
        )
        self.start_button = QPushButton(self.tr("&Mulai pindai"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button = QPushButton(self.tr("&Batalkan"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        self.counter = QLabel()
        self.counter.setObjectName("pageCounter")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Kemajuan pindai"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reading = QLabel()  # what the reader found in the pages OCR'd so far
        self.reading.setObjectName("streamReading")
        self.reading.setWordWrap(True)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB, THUMB))
        self.thumbs.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setAccessibleName(self.tr("Halaman terpindai"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.reading)
        layout.addWidget(self.thumbs, 1)
        self.job: Job | None = None
        self._signals = ScanSignals(self)
        self._signals.page.connect(self._add_thumb)
        self._signals.message.connect(self.status.setText)
        self.last_outcome: ScanOutcome | None = None

    # --- page life ------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.show_pages()
        loader = self._wizard.thumbnails_job(self)
        if loader is not None:
            loader.done.connect(self.show_pages)
            loader.start()

    def show_pages(self) -> None:
        """The draft's pages from the thumbnail cache (a gray tile until one is made)."""
        self.thumbs.clear()
        cache = self._wizard.thumbs
        for number, page in enumerate(self._wizard.draft.live_pages, 1):
            self._add_thumb(number, cache.get(page.file) or placeholder())
        self._count()

    def isComplete(self) -> bool:
        return bool(self._wizard.draft.live_pages) and not self.busy

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def validatePage(self) -> bool:
        self._wizard.save_draft("pages")
        return True

    # --- scanning ---------------------------------------------------------------------------

    def start(self, insert_at: int | None = None) -> Job | None:
        if self.busy:
            return None
        device, profile = self._wizard.device_page.selected()
        draft = self._wizard.draft
        label = self._wizard.device_page.device_label()
        self.status.setText(self.tr("Memindai dengan {device}…").format(device=label))
        self.progress.setRange(0, 100 if profile.settings.pages else 0)
        self.progress.setValue(0)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        flow, signals, settings = self._wizard.context.scan_flow, self._signals, profile.settings
        stream = self._wizard.stream  # pages are checked and OCR'd as they arrive
        job = Job(  # the pipeline starts in the job: starting threads is not the GUI's work
            lambda progress, token: run_scan(
                flow, draft, device, settings, signals, progress, token, insert_at, stream()
            ),
            self,
        )
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.done.connect(self._done)
        self.job = job
        job.start()
        self.completeChanged.emit()
        return job

    def cancel(self) -> None:
        if self.job is not None and self.job.busy:
            self.status.setText(self.tr("Membatalkan… halaman yang sudah terpindai disimpan."))
            self.job.cancel()

    def _progress(self, percent: int, _text: str) -> None:
        if self.progress.maximum():
            self.progress.setValue(percent)

    def _add_thumb(self, number: int, image: QImage) -> None:
        item = QListWidgetItem(QPixmap.fromImage(image), self.tr("Hal. {n}").format(n=number))
        self.thumbs.addItem(item)
        self.counter.setText(self.tr("{n} halaman").format(n=self.thumbs.count()))

    def _finished(self, outcome: ScanOutcome) -> None:
        self.last_outcome = outcome
        self._wizard.thumbs.update(outcome.thumbnails)
        if outcome.error:
            self.status.setText(
                self.tr("{error} {n} halaman yang sudah terpindai tetap disimpan.").format(
                    error=outcome.error, n=outcome.pages
                )
            )
        elif outcome.state == "cancelled":
            self.status.setText(
                self.tr("Dibatalkan; {n} halaman disimpan.").format(n=outcome.pages)
            )
        else:
            self.status.setText(self.tr("Selesai: {n} halaman.").format(n=outcome.pages))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        show_error(self, error)

    def _done(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.initializePage()  # the draft is the truth: show exactly what it holds
        self.completeChanged.emit()

    def show_reading(self) -> None:
        """The reader's latest finds, while the feeder still runs (the form gets them too)."""
        found = self._wizard.reading
        read, known = self._wizard.reading_pages
        nomor, judul = found.get("nomor"), found.get("judul")
        parts = [self.tr("Terbaca dari {n}/{total} halaman:").format(n=read, total=known)]
        if nomor is not None and nomor.value:
            parts.append(self.tr("Nomor {nomor}").format(nomor=nomor.value))
        if judul is not None and judul.value:
            parts.append(self.tr("tentang {judul}").format(judul=judul.value))
        self.reading.setText(" ".join(parts))

    def _count(self) -> None:
        self.counter.setText(self.tr("{n} halaman").format(n=len(self._wizard.draft.live_pages)))
