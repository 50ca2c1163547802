"""One decree in the Arsip screen: metadata, the PDF itself, its history and publications.

The PDF is shown with QtPdf straight from the verified file in the store; printing the
abstract sheet and re-publishing go through the printing service and the outbox, so this
widget never writes anything itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.accounts.permissions import may
from jdih_desktop.context import AppContext
from jdih_desktop.documents.archive.archive import DocumentView
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.permissions import Action
from jdih_desktop.ui import labels
from jdih_desktop.ui.dates import day_text, moment_text
from jdih_desktop.ui.document_checks import DocumentChecks
from jdih_desktop.ui.jobs import run_job
from jdih_desktop.ui.print_preview import PrintPreviewDialog, show_pdf


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ArchiveDetail(QWidget):
    """Shows one decree; emits :attr:`open_document` when a related decree is activated."""

    open_document = Signal(int)

    def __init__(self, context: AppContext, actor: Actor | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._timezone = context.office.profile().timezone
        self.document: DocumentView | None = None
        self.preview: PrintPreviewDialog | None = None

        self.heading = QLabel(self.tr("Pilih keputusan di daftar untuk melihat rinciannya."))
        self.heading.setObjectName("documentHeading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in self._field_labels().items():
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.fields[key] = value
            form.addRow(label, value)
        self.relations = QListWidget()
        self.relations.setAccessibleName(self.tr("Hubungan status"))
        self.relations.itemActivated.connect(self._relation_activated)
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.addLayout(form)
        summary_layout.addWidget(QLabel(self.tr("Hubungan status (mencabut/dicabut/mengubah):")))
        summary_layout.addWidget(self.relations)

        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setAccessibleName(self.tr("Pratinjau PDF keputusan"))
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_note = QLabel()
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.pdf_note)
        preview_layout.addWidget(self.pdf_view, 1)

        self.history = _table(
            [self.tr("Waktu"), self.tr("Oleh"), self.tr("Kejadian"), self.tr("Rincian")],
            self.tr("Riwayat keputusan"),
        )
        self.publications = _table(
            [self.tr("Tujuan"), self.tr("Keadaan"), self.tr("Percobaan"), self.tr("Alamat"),
             self.tr("Terverifikasi")],
            self.tr("Publikasi keputusan"),
        )  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.addTab(summary, self.tr("Metadata"))
        self.tabs.addTab(preview, self.tr("Pratinjau"))
        self.tabs.addTab(self.history, self.tr("Riwayat"))
        self.tabs.addTab(self.publications, self.tr("Publikasi"))
        self.checks = DocumentChecks(context, actor)  # issue #22: signature + personal data
        self.tabs.addTab(self.checks, self.tr("Pemeriksaan"))

        self.abstract_button = QPushButton(self.tr("Cetak &abstrak…"))
        self.publish_button = QPushButton(self.tr("Terbitkan &ulang"))
        self.publish_button.setToolTip(self.tr("Masukkan ke antrean unggah situs JDIH"))
        self.abstract_button.clicked.connect(self.print_abstract)
        self.publish_button.clicked.connect(self.republish)
        self.status = QLabel()
        self.status.setObjectName("detailStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.abstract_button)
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._enable(False)

    def _field_labels(self) -> dict[str, str]:
        return {
            "jenis": self.tr("Jenis"),
            "nomor": self.tr("Nomor"),
            "tahun": self.tr("Tahun"),
            "tempat_penetapan": self.tr("Tempat penetapan"),
            "tanggal_penetapan": self.tr("Tanggal penetapan"),
            "penandatangan": self.tr("Penandatangan"),
            "pemrakarsa": self.tr("Pemrakarsa"),
            "teu_badan": self.tr("T.E.U. Badan"),
            "bidang_hukum": self.tr("Bidang hukum"),
            "subjek": self.tr("Subjek"),
            "status": self.tr("Status"),
            "physical_location": self.tr("Lokasi arsip tercetak"),
            "files": self.tr("Berkas"),
        }

    def _enable(self, on: bool) -> None:
        self.abstract_button.setEnabled(on)
        self.publish_button.setEnabled(on and may(self._actor, Action.PUBLISH))

    def show_document(self, document_id: int) -> None:
        try:
            view = self._context.archive.get(document_id)
        except JdihError as error:
            self.status.setText(str(error))
            return
        self.document = view
        meta = view.metadata
        self.heading.setText(f"{view.singkatan_jenis or meta.jenis} {meta.nomor}\n{meta.judul}")
        values: dict[str, Any] = {
            "jenis": meta.jenis,
            "nomor": meta.nomor,
            "tahun": meta.tahun,
            "tempat_penetapan": meta.tempat_penetapan,
            "tanggal_penetapan": day_text(meta.tanggal_penetapan),
            "penandatangan": meta.penandatangan,
            "pemrakarsa": meta.pemrakarsa,
            "teu_badan": meta.teu_badan,
            "bidang_hukum": meta.bidang_hukum,
            "subjek": " - ".join(meta.subjek),
            "status": self.tr("Berlaku") if meta.status == "berlaku" else self.tr("Tidak Berlaku"),
            "physical_location": meta.physical_location or self.tr("(belum dicatat)"),
            "files": ", ".join(f"{f.file_name} ({labels.file_role(f.role)})" for f in view.files),
        }
        for key, label in self.fields.items():
            label.setText(str(values.get(key, "")))
        self.relations.clear()
        for relation in meta.relations:
            when = f" ({day_text(relation.relation_date)})" if relation.relation_date else ""
            item = QListWidgetItem(
                f"{labels.relation_kind(relation.kind)} {relation.target_text}{when}"
            )
            item.setData(Qt.ItemDataRole.UserRole, relation.target_document_id)
            self.relations.addItem(item)
        self._load_pdf(view)
        self._load_history(view.id)
        self._load_publications(view.id)
        self.checks.show_document(view.id)
        self.status.clear()
        self._enable(True)

    def _load_pdf(self, view: DocumentView) -> None:
        self.pdf.close()
        if view.file("main") is None:
            self.pdf_note.setText(self.tr("Keputusan ini belum punya berkas PDF."))
            return
        try:
            path = self._context.archive.file_path(view.id, "main")
        except JdihError as error:  # missing or altered in the store: say so, show nothing
            self.pdf_note.setText(str(error))
            return
        self.pdf.load(str(path))
        self.pdf_note.setText(self.tr("{n} halaman").format(n=self.pdf.pageCount()))

    def _load_history(self, document_id: int) -> None:
        events = self._context.history.events(document_id)
        self.history.setRowCount(len(events))
        for row, event in enumerate(events):
            details = ", ".join(
                f"{labels.detail_key(k)}: {labels.detail_value(v)}"
                for k, v in event.details.items()
                if v not in (None, "")
            )
            cells = [
                moment_text(event.at, self._timezone, compact=True),
                event.actor,
                labels.audit_action(event.action),
                details,
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _load_publications(self, document_id: int) -> None:
        rows = self._context.outbox.publications(document_id)
        self.publications.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = [
                item.target,
                labels.publication_state(item.state),
                str(item.attempts),
                item.url or item.last_error,
                moment_text(item.verified_at, self._timezone, compact=True),
            ]
            for column, text in enumerate(cells):
                self.publications.setItem(row, column, QTableWidgetItem(text))

    def _relation_activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(target, int):
            self.open_document.emit(target)

    def print_abstract(self) -> None:
        """Render the ILDIS abstract sheet off the GUI thread, then preview it."""
        if self.document is None:
            return
        document_id, nomor = self.document.id, self.document.metadata.nomor
        printer = self._context.printer
        self.abstract_button.setEnabled(False)

        def finished(pdf: Any) -> None:
            self.abstract_button.setEnabled(True)
            self.preview = show_pdf(
                self, bytes(pdf), self.tr("Abstrak {nomor}").format(nomor=nomor),
                f"abstrak-{document_id}.pdf",
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            self.abstract_button.setEnabled(True)
            self.status.setText(
                str(error) if isinstance(error, JdihError) else self.tr("Abstrak gagal dibuat.")
            )

        run_job(self, lambda _p, _t: printer.abstract(document_id), finished, failed)

    def republish(self) -> None:
        if self.document is None:
            return
        actor = self._actor or Actor(None, "-", frozenset())
        try:
            self._context.outbox.enqueue(actor, self.document.id)
        except JdihError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Keputusan masuk antrean unggah."))
        self._load_publications(self.document.id)
        self._load_history(self.document.id)
