"""Pengaturan → Cadangan: when the last backup was made, and "Cadangkan sekarang".

The daily backup runs unseen at the app's start; before the USB disk goes home (or after
Beranda said the last backup failed) the clerk wants one now and wants to see it done. The
backup runs off the GUI thread through the trust service the CLI uses, with progress per
stored file and a cancel that leaves no half-written file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.accounts.permissions import may
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.permissions import Action
from jdih_desktop.ui import hub
from jdih_desktop.ui.background_load import BackgroundLoad
from jdih_desktop.ui.dates import moment_text
from jdih_desktop.ui.jobs import Job

if TYPE_CHECKING:
    from jdih_desktop.trust.backup import BackupInfo
    from jdih_desktop.trust.health import LastBackup
    from jdih_desktop.trust.service import TrustService


class BackupNowPanel(QWidget):
    """The last backup's time and state, and a button that makes one now."""

    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._may = may(actor, Action.BACKUP)
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Cadangkan &sekarang"))
        self.backup_button.setToolTip(
            self.tr("Buat cadangan lengkap sekarang di folder cadangan (terhitung hari ini)")
        )
        self.backup_button.clicked.connect(lambda: self.start())
        self.cancel_button = QPushButton(self.tr("&Batalkan"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Kemajuan pencadangan"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.last)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.job: Job | None = None
        self._last_load = BackgroundLoad(
            self, self._show_last, lambda _error: self._show_last(None)
        )
        self.show_last()
        self._settle()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def show_last(self) -> None:
        """Read the newest backup in the background: finding it opens the backup file (its
        manifest says whether it is complete), which on a USB or network folder may be slow."""
        self.last.setText(self.tr("Memuat…"))
        trust = self._context.trust
        self._last_load.start(lambda: _last_or_none(trust))

    @property
    def loading(self) -> bool:
        """True while the last backup is being read (wait on this in tests)."""
        return not self._last_load.settled

    def _show_last(self, last: LastBackup | None) -> None:
        if last is None:
            folder = str(self._context.trust.backup_folder)
            self.last.setText(self.tr("Belum ada cadangan di {folder}.").format(folder=folder))
            return
        when = moment_text(last.at, self._context.office.profile().timezone)
        text = (
            self.tr("Cadangan terakhir: {when}, lengkap.")
            if last.complete
            else self.tr("Cadangan terakhir: {when}, TIDAK lengkap (ada berkas hilang/rusak).")
        )
        self.last.setText(text.format(when=when) + "\n" + str(last.path))

    def start(self) -> Job | None:
        if self.busy or not self._may or self._actor is None:
            return None
        trust, actor = self._context.trust, self._actor
        job = Job(lambda progress, token: trust.backup_now(actor, progress, token), self)
        job.progress.connect(lambda value, _text: self.progress.setValue(value))
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(
            lambda: self.status.setText(self.tr("Pencadangan dibatalkan; tidak ada berkas dibuat."))
        )
        job.done.connect(self._ended)
        self.job = job
        self.progress.setValue(0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Mencadangkan basis data dan berkas arsip…"))
        job.start()
        self._settle()
        return job

    def cancel(self) -> None:
        if self.job is not None and self.job.busy:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _finished(self, info: BackupInfo) -> None:
        if info.complete:
            self.status.setStyleSheet("color: #2d6a31;")
            self.status.setText(
                self.tr("Cadangan selesai: {files} berkas, {mb} MB.").format(
                    files=info.files, mb=f"{info.bytes / 1e6:.1f}"
                )
            )
        else:
            self.status.setStyleSheet("color: #a4161a;")
            self.status.setText(
                self.tr(
                    "Cadangan dibuat tetapi tidak lengkap: {n} berkas hilang atau rusak. "
                    "Lihat Beranda untuk langkah berikutnya."
                ).format(n=len(info.lacking))
            )

    def _failed(self, error: BaseException) -> None:
        self.status.setStyleSheet("color: #a4161a;")
        self.status.setText(str(error))

    def _ended(self) -> None:
        self.show_last()
        self._settle()
        hub.announce(self._context, hub.SETTINGS)  # Beranda shows (or clears) the problem

    def _settle(self) -> None:
        busy = self.busy
        self.backup_button.setEnabled(self._may and not busy)
        if not self._may:
            self.backup_button.setToolTip(self.tr("Peran Anda tidak dapat membuat cadangan."))
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)


def _last_or_none(trust: TrustService) -> LastBackup | None:
    """The newest backup, or None when the folder cannot be read (a disk not plugged in)."""
    try:
        return trust.last_backup()
    except (OSError, JdihError):
        return None
