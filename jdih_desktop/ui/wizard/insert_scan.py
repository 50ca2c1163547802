"""The insert-scan ("Pindai sisipan"): extra pages into the middle of a draft, with progress
and cancel.

The page check asks for it; the scan runs in a background :class:`~jdih_desktop.ui.jobs.Job`
through the same :func:`~jdih_desktop.ui.wizard.scan_job.run_scan` as the scan page, so the
pages land in the draft at ``insert_at`` (the flow service does the moving). The dialog is
window-modal and cannot be closed while the scanner works: closing asks for a cancel, which
stops between pages and keeps the pages already taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.documents.drafts import ScanDraft
from jdih_desktop.jobs import CancelToken, ProgressFn
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job
from jdih_desktop.ui.wizard.scan_job import ScanOutcome, ScanSignals, run_scan

if TYPE_CHECKING:
    from jdih_desktop.scanning.profiles import ScanSettings


class InsertScanDialog(QDialog):
    """One insert-scan run; ``ended(outcome)`` fires on the GUI thread when the job is over
    (``None`` when it failed), after the draft holds the new pages."""

    ended = Signal(object)

    def __init__(
        self,
        context: AppContext,
        draft: ScanDraft,
        device: str,
        settings: ScanSettings,
        insert_at: int,
        parent: QWidget | None = None,
        *,
        label: str = "",
    ) -> None:
        """``label``: the device's name as the operator knows it (the id when not given)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pindai sisipan"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._context = context
        self._draft = draft
        self._device = device
        self._settings = settings
        self._insert_at = insert_at
        self.status = QLabel(
            self.tr("Memindai halaman sisipan setelah halaman {n} dengan {device}…").format(
                n=insert_at, device=label or device
            )
        )
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Kemajuan pindai sisipan"))
        self.progress.setRange(0, 100 if settings.pages else 0)  # busy bar when count unknown
        self.counter = QLabel(self.tr("{n} halaman").format(n=0))
        self.counter.setObjectName("pageCounter")
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("&Batalkan"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.counter)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._signals = ScanSignals(self)
        self._signals.page.connect(self._page)
        self._signals.message.connect(self.status.setText)
        self._taken = 0
        self.job: Job | None = None
        self.outcome: ScanOutcome | None = None
        self._outcomes: list[ScanOutcome] = []

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def start(self) -> Job:
        flow, draft, signals = self._context.scan_flow, self._draft, self._signals
        device, settings, at = self._device, self._settings, self._insert_at
        outcomes = self._outcomes

        def work(progress: ProgressFn, token: CancelToken) -> ScanOutcome:
            # Kept here, not only sent by ``finished``: a cancelled job emits ``cancelled``
            # without its result, and the pages taken before the cancel are still news.
            outcome = run_scan(flow, draft, device, settings, signals, progress, token, at)
            outcomes.append(outcome)
            return outcome

        job = Job(work, self)
        job.progress.connect(self._progress)
        job.failed.connect(self._failed)
        job.done.connect(self._done)
        self.job = job
        job.start()
        self.open()
        return job

    def cancel(self) -> None:
        """Ask the scan to stop between pages; the dialog closes when it has."""
        if self.busy and self.job is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Membatalkan… halaman yang sudah terpindai disimpan."))
            self.job.cancel()

    def reject(self) -> None:
        # Escape or the title bar's close: a cancel, never a dialog gone while pages arrive.
        if self.busy:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _progress(self, percent: int, _text: str) -> None:
        if self.progress.maximum():
            self.progress.setValue(percent)

    def _page(self, _number: int, _image: QImage) -> None:
        self._taken += 1
        self.counter.setText(self.tr("{n} halaman").format(n=self._taken))

    def _failed(self, error: BaseException) -> None:
        show_error(self.parentWidget(), error)

    def _done(self) -> None:
        self.outcome = self._outcomes[-1] if self._outcomes else None
        self.ended.emit(self.outcome)
        self.done(QDialog.DialogCode.Accepted)
