"""Wizard page 7: publish to the office's JDIH site through the outbox, then show the proof.

The outbox does the work (look-up before create, retries, proof of publication by SHA-256,
SOP step 4); this page only queues the decree, attempts it now in the background and reports.
If the attempt fails the row stays queued and the background runner retries it: the wizard
can be closed without losing anything.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from jdih_desktop.ui import hub, labels
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.document_checks import DocumentChecks
from jdih_desktop.ui.hand_upload import HandUploadPanel
from jdih_desktop.ui.jobs import Job

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard


class PublishPage(QWizardPage):
    def __init__(self, wizard: ScanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Terbitkan di situs JDIH"))
        self.setSubTitle(
            self.tr("Berkas diunggah, lalu diperiksa: halaman publik dibuka dan isinya dicocokkan.")
        )
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Tujuan"))
        self.publish_button = QPushButton(self.tr("&Terbitkan"))
        self.publish_button.clicked.connect(self.start_publish)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.receipt = QTextBrowser()
        self.receipt.setOpenExternalLinks(True)
        self.receipt.setAccessibleName(self.tr("Bukti terbit"))
        form = QFormLayout()
        form.addRow(self.tr("Tujuan:"), self.target)
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.checks = DocumentChecks(wizard.context, wizard.actor)  # issue #22
        layout.addWidget(self.checks)
        layout.addWidget(self.publish_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.receipt, 1)
        self.job: Job | None = None
        self.publication: Any = None
        self.hand_upload: HandUploadPanel | None = None

    def initializePage(self) -> None:
        outbox = self._wizard.context.outbox
        self.target.clear()
        for name in outbox.targets.names():
            self.target.addItem(name)
        if self._wizard.draft.document_id is not None:  # issue #22: signature + personal data
            self.checks.show_document(self._wizard.draft.document_id)
        self._show_receipt()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def isComplete(self) -> bool:
        return not self.busy

    def start_publish(self) -> None:
        draft = self._wizard.draft
        if self.busy or draft.document_id is None:
            return
        outbox, actor = self._wizard.context.outbox, self._wizard.actor
        target = self.target.currentText() or None
        document_id = draft.document_id

        def work(_progress: Any, _token: Any) -> Any:
            queued = outbox.enqueue(actor, document_id, target)
            outcome = outbox.process(queued.id)
            return outbox.store.get(queued.id) if outcome is None else outcome.publication

        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Mengunggah dan memeriksa…"))
        self.publish_button.setEnabled(False)
        job = Job(work, self)
        job.finished.connect(self._published)
        job.failed.connect(self._failed)
        job.done.connect(self._done)
        self.job = job
        job.start()
        self.completeChanged.emit()

    def _published(self, publication: Any) -> None:
        self.publication = publication
        draft = self._wizard.draft
        draft.publication_id = publication.id
        draft.url = publication.url
        self._wizard.save_draft("done" if publication.state == "published" else "publish")
        hub.announce(self._wizard.context, hub.PUBLICATIONS, hub.REQUESTS)
        self._show_receipt()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        show_error(self, error)

    def _done(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.publish_button.setEnabled(True)
        self.completeChanged.emit()

    def _show_receipt(self) -> None:
        publication = self.publication
        draft = self._wizard.draft
        if publication is None and draft.publication_id is not None:
            publication = self._wizard.context.outbox.publication(draft.publication_id)
            self.publication = publication
        if publication is None:
            self.receipt.clear()
            return
        if publication.state == "published":
            if self.hand_upload is not None:
                self.hand_upload.hide()
            self.status.setText(self.tr("Terbit dan terverifikasi."))
            self.receipt.setHtml(
                "<p><b>{title}</b></p><p><a href='{url}'>{url}</a></p>"
                "<p>SHA-256: <code>{sha}</code><br>{when}: {at}</p>".format(
                    title=escape(self.tr("Bukti terbit")),
                    url=escape(publication.url),
                    sha=escape(publication.verified_sha256),
                    when=escape(self.tr("Diverifikasi")),
                    at=escape(str(publication.verified_at)),
                )
            )
        elif publication.needs_person:
            # Nothing retries this (the export package, or a failure given up): say what to
            # do, and let the person prove the upload here.
            self.status.setText(self.tr("Belum terbit: menunggu tindakan Anda."))
            self.receipt.clear()
            self._show_hand_upload(publication)
        else:
            self.status.setText(
                self.tr(
                    "Belum terbit ({state}). Antrean akan mencoba lagi otomatis; wizard boleh "
                    "ditutup. {error}"
                ).format(
                    state=labels.publication_state(publication.state),
                    error=publication.last_error,
                )
            )

    def _show_hand_upload(self, publication: Any) -> None:
        if self.hand_upload is not None:
            self.hand_upload.deleteLater()
        panel = HandUploadPanel(self._wizard.context, self._wizard.actor, publication, self)
        panel.proven.connect(self._published)
        self._layout.insertWidget(self._layout.count() - 1, panel)
        self.hand_upload = panel
