"""Before publishing: the decree's electronic signature and its personal data (issue #22).

Shown in the archive detail (tab "Pemeriksaan") and usable by the wizard. Every check and the
redaction run off the GUI thread through the signature and privacy services; the operator's
choice (publish the redacted copy, or as is with a reason) is recorded by the privacy service,
which the outbox asks before queuing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.privacy.service import counts_text
from jdih_desktop.ui.jobs import Job, run_job


class DocumentChecks(QWidget):
    def __init__(self, context: AppContext, actor: Actor | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._actor = actor or Actor(None, "-", frozenset())
        self.document_id: int | None = None
        self._pending = False
        self._signed = False
        self._jobs: list[Job] = []
        self.signature = QLabel(self.tr("Tanda tangan elektronik: belum diperiksa."))
        self.signature.setObjectName("signatureState")
        self.signature.setWordWrap(True)
        self.privacy = QLabel(self.tr("Data pribadi: belum diperiksa."))
        self.privacy.setObjectName("privacyState")
        self.privacy.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.redact_button = QPushButton(self.tr("Buat salinan &disensor"))
        self.publish_redacted = QPushButton(self.tr("Terbitkan salinan disensor"))
        self.publish_as_is = QPushButton(self.tr("Terbitkan apa adanya…"))
        self.redact_button.clicked.connect(self.redact)
        self.publish_redacted.clicked.connect(lambda: self._decide("redact", ""))
        self.publish_as_is.clicked.connect(self.as_is)
        buttons = QHBoxLayout()
        for button in (self.redact_button, self.publish_redacted, self.publish_as_is):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.signature)
        layout.addWidget(self.privacy)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._buttons(False)

    def _buttons(self, enabled: bool) -> None:
        for button in (self.redact_button, self.publish_redacted, self.publish_as_is):
            button.setEnabled(enabled)

    def _run(self, work: Any, done: Any) -> None:
        self._jobs = [j for j in self._jobs if j.busy]
        self._jobs.append(run_job(self, lambda _p, _t: work(), done, self._failed))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))

    def show_document(self, document_id: int) -> None:
        """Check ``document_id`` now if the panel is visible, else when it is first shown
        (an OCR of a scanned decree is not worth running for a tab nobody opened)."""
        self.document_id = document_id
        self._pending = True
        self.signature.setText(self.tr("Tanda tangan elektronik: belum diperiksa."))
        self.privacy.setText(self.tr("Data pribadi: belum diperiksa."))
        self._buttons(False)
        if self.isVisible():
            self._check()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._check()

    def _check(self) -> None:
        self._pending = False
        document_id = self.document_id
        if document_id is None:
            return
        self.status.clear()
        self._buttons(False)
        self.signature.setText(self.tr("Tanda tangan elektronik: memeriksa…"))
        self.privacy.setText(self.tr("Data pribadi: memeriksa…"))
        self._run(
            lambda: self._context.signatures.verify_document(document_id), self._show_signature
        )
        self._run(lambda: self._context.privacy.check_document(document_id), self._show_privacy)

    def _show_signature(self, check: Any) -> None:
        self._signed = check.signed
        texts = {
            "intact": self.tr("utuh dan tepercaya"),
            "modified": self.tr("berkas diubah setelah ditandatangani"),
            "untrusted": self.tr("utuh, tetapi CA tidak tepercaya"),
            "broken": self.tr("RUSAK"),
            "unsigned": self.tr("tidak bertanda tangan"),
        }
        signer = f" — {check.signer}" if check.signer else ""
        self.signature.setText(
            self.tr("Tanda tangan elektronik: %1%2")
            .replace("%1", texts[check.state])
            .replace("%2", signer)
        )

    def _show_privacy(self, result: Any) -> None:
        report, review = result
        if not review.has_findings:
            self.privacy.setText(self.tr("Data pribadi: tidak ditemukan."))
            return
        decided = {
            "redact": self.tr("diputuskan: terbitkan salinan disensor"),
            "as_is": self.tr("diputuskan: terbitkan apa adanya"),
            "": self.tr("BELUM diputuskan — tidak bisa diantrekan"),
        }[review.decision]
        pages = sorted({f.page for f in report.findings})
        self.privacy.setText(
            self.tr("Data pribadi: %1 (halaman %2); %3")
            .replace("%1", counts_text(review.counts))
            .replace("%2", ", ".join(str(p) for p in pages))
            .replace("%3", decided)
        )
        self._buttons(True)
        self.publish_redacted.setEnabled(review.redacted_sha256 is not None)

    def redact(self) -> None:
        if self.document_id is None:
            return
        if self._signed:
            answer = QMessageBox.question(
                self,
                self.tr("Tanda tangan akan hilang"),
                self.tr(
                    "Keputusan ini bertanda tangan elektronik. Salinan disensor TIDAK lagi "
                    "bertanda tangan sah; aslinya tetap tersimpan. Lanjutkan?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        document_id = self.document_id
        self.status.setText(self.tr("Menyensor dan memverifikasi…"))
        self._buttons(False)
        self._run(
            lambda: self._context.privacy.redact_document(self._actor, document_id),
            self._redacted,
        )

    def _redacted(self, result: Any) -> None:
        redaction, _broken = result
        self.status.setText(
            self.tr(
                "Salinan disensor tersimpan (%1 area); tidak ada nilai yang terbaca lagi."
            ).replace("%1", str(redaction.regions))
        )
        if self.document_id is not None:
            self.show_document(self.document_id)

    def as_is(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Terbitkan apa adanya"),
            self.tr("Alasan menerbitkan data pribadi ini (dicatat di log audit):"),
        )
        if ok:
            self._decide("as_is", reason)

    def _decide(self, decision: str, reason: str) -> None:
        if self.document_id is None:
            return
        try:
            self._context.privacy.decide(self._actor, self.document_id, decision, reason)
        except Exception as error:  # a JdihError carries the clerk's message
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Keputusan dicatat di log audit."))
        self.show_document(self.document_id)
