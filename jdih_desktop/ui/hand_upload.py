"""Finishing SOP step 4 by hand: a publication the outbox cannot upload itself (the export
package, or a failure nobody will retry) waits for a person.

The panel says what that person must do, opens the export package's folder, takes the URL of
the published page and proves it through the outbox's ``confirm_url`` (the site's file must
match the archived PDF by SHA-256), in the background. Used by the wizard's last page and by
the dialog Beranda opens for each waiting upload.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.ui import hub, labels
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job
from jdih_desktop.ui.screen_fit import fit_to_screen


def package_folder(context: AppContext, publication: Any) -> Path | None:
    """Where the export target wrote this publication's package; None for other targets."""
    targets = context.outbox.targets
    try:
        profile = targets.profile(publication.target)
    except Exception:  # a target removed from the configuration since
        return None
    if profile.get("kind", "export") != "export" or not publication.remote_id:
        return None
    return Path(str(profile["target_dir"])) / publication.remote_id


class HandUploadPanel(QWidget):
    """What to do for one waiting publication, and the field that proves it done."""

    proven = Signal(object)  # the published PublicationView

    def __init__(
        self, context: AppContext, actor: Actor, publication: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.publication = publication
        self.folder = package_folder(context, publication)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setObjectName("handUploadSteps")
        self.open_button = QPushButton(self.tr("Buka &folder paket"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setVisible(self.folder is not None)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://… alamat halaman keputusan di situs JDIH"))
        self.url.setAccessibleName(self.tr("Tautan halaman terbit"))
        self.prove_button = QPushButton(self.tr("&Buktikan tautan"))
        self.prove_button.clicked.connect(self.start_prove)
        self.url.returnPressed.connect(self.start_prove)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("handUploadResult")
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.prove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.instructions)
        layout.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        self.job: Job | None = None
        self._describe()

    def _describe(self) -> None:
        state = labels.publication_state(self.publication.state)
        if self.folder is not None:
            steps = self.tr(
                "Keadaan: {state}. Paket siap di {folder}.\n"
                "1. Buka folder paket.\n"
                "2. Unggah berkas-berkasnya di situs JDIH (menu tambah peraturan).\n"
                "3. Tempel alamat halaman keputusan yang terbit di bawah, lalu Buktikan: "
                "berkas di situs dicocokkan dengan arsip (SHA-256) dan langkah 4 selesai."
            ).format(state=state, folder=self.folder)
        else:
            steps = self.tr(
                "Keadaan: {state}. {error}\nUnggah keputusan ini di situs JDIH, tempel alamat "
                "halaman yang terbit di bawah, lalu Buktikan: berkas di situs dicocokkan dengan "
                "arsip (SHA-256) dan langkah 4 selesai."
            ).format(state=state, error=self.publication.last_error or "")
        self.instructions.setText(steps)

    def open_folder(self) -> bool:
        if self.folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def start_prove(self) -> Job | None:
        url = self.url.text().strip()
        if self.busy:
            return None
        if not url.startswith(("http://", "https://")):
            self.result.setText(self.tr("Tempel alamat lengkap yang diawali https://."))
            return None
        outbox, actor, publication = self._context.outbox, self._actor, self.publication

        def work(_progress: Any, _token: Any) -> Any:
            return outbox.confirm_url(
                actor, publication.document_id, url, target=publication.target
            ).publication

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.prove_button.setEnabled(False)
        self.result.setText(self.tr("Membuka tautan dan mencocokkan berkas…"))
        job = Job(work, self)
        job.finished.connect(self._proven)
        job.failed.connect(self._failed)
        job.done.connect(self._done)
        self.job = job
        job.start()
        return job

    def _proven(self, publication: Any) -> None:
        self.publication = publication
        self.result.setText(
            self.tr("Terbukti: {url}\nSHA-256 {sha}").format(
                url=publication.url, sha=publication.verified_sha256 or "–"
            )
        )
        hub.announce(self._context, hub.PUBLICATIONS, hub.REQUESTS)
        self.proven.emit(publication)

    def _failed(self, error: BaseException) -> None:
        self.result.setText(str(error))
        show_error(self, error)

    def _done(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setVisible(False)
        self.prove_button.setEnabled(True)


class HandUploadDialog(QDialog):
    """Beranda's "what to do" for one waiting upload."""

    def __init__(
        self, context: AppContext, actor: Actor, publication: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        document = context.archive.get(publication.document_id)
        self.setWindowTitle(
            self.tr("Unggah manual — {title}").format(title=document.metadata.judul[:60])
        )
        self.panel = HandUploadPanel(context, actor, publication, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.panel.proven.connect(
            lambda _p: buttons.button(buttons.StandardButton.Close).setFocus()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 360)
