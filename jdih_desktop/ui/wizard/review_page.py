"""Wizard page 6: a last look, then the decree goes into the archive (once, even if clicked
twice or resumed from a draft).

The last look includes the pages: a strip of thumbnails opens the page viewer read-only
(double-click, Enter or "Lihat halaman"). The PDF was assembled and read before this page, so
nothing here changes a page; a turn in the viewer turns only the view.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from jdih_desktop.documents.scan_flow import abstract_from_dict
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job
from jdih_desktop.ui.wizard.duplicates import may_store
from jdih_desktop.ui.wizard.page_viewer import PageList, PageViewer
from jdih_desktop.ui.wizard.thumbnails import badge, placeholder

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard


STRIP = 96  # px: the review's thumbnails, small enough to leave the summary room at 768 px


class ReviewPage(QWizardPage):
    def __init__(self, wizard: ScanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Tinjau dan simpan"))
        self.setSubTitle(self.tr("Periksa ringkasan, lalu simpan ke arsip."))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Ringkasan"))
        self.pages = PageList()
        self.pages.setAccessibleName(self.tr("Halaman dokumen (hanya lihat)"))
        self.pages.setToolTip(self.tr("Klik dua kali atau tekan Enter untuk melihat halaman"))
        self.pages.setViewMode(QListView.ViewMode.ListMode)
        self.pages.setFlow(QListView.Flow.LeftToRight)
        self.pages.setWrapping(False)
        self.pages.setSpacing(4)
        self.pages.setIconSize(QSize(STRIP, STRIP))
        self.pages.setFixedHeight(STRIP + 34)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.pages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pages.itemActivated.connect(lambda item: self.view_page(self.pages.row(item)))
        self.view_button = QPushButton(self.tr("&Lihat halaman…"))
        self.view_button.setToolTip(
            self.tr("Buka halaman terpilih untuk dilihat (perbesar, putar tampilan, berikutnya)")
        )
        self.view_button.clicked.connect(lambda: self.view_page(max(0, self.pages.currentRow())))
        self.store_button = QPushButton(self.tr("&Simpan ke arsip"))
        self.store_button.clicked.connect(self.start_store)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        buttons.addWidget(self.store_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.job: Job | None = None
        self.viewer: PageViewer | None = None

    def initializePage(self) -> None:
        draft = self._wizard.draft
        meta = {name: reading.value for name, reading in draft.metadata.fields.items()}
        abstract = abstract_from_dict(draft.abstract)
        rows = [
            (self.tr("Nomor"), meta.get("nomor")),
            (self.tr("Tahun"), meta.get("tahun")),
            (self.tr("Judul"), meta.get("judul")),
            (
                self.tr("Ditetapkan"),
                f"{meta.get('tempat_penetapan') or ''}, {meta.get('tanggal_penetapan') or ''}",
            ),
            (self.tr("Penandatangan"), meta.get("penandatangan")),
            (self.tr("Subjek"), abstract.subjek_text),
            (self.tr("Halaman"), len(draft.live_pages)),
            (self.tr("Lokasi arsip tercetak"), meta.get("physical_location")),
        ]
        if draft.request_id is not None:
            rows.append((self.tr("Permohonan"), draft.request_id))
        table = "".join(
            f"<tr><th align=left>{escape(str(k))}</th><td>{escape(str(v or '–'))}</td></tr>"
            for k, v in rows
        )
        bullets = "".join(f"<li>{escape(b)}</li>" for b in abstract.abstrak)
        self.summary.setHtml(f"<table cellpadding=3>{table}</table><ul>{bullets}</ul>")
        self._show_pages()
        loader = self._wizard.thumbnails_job(self)
        if loader is not None:
            loader.done.connect(self._show_pages)
            loader.start()
        self._show_state()

    def _show_pages(self) -> None:
        row = max(0, self.pages.currentRow())
        self.pages.clear()
        for number, page in enumerate(self._wizard.draft.live_pages, 1):
            image = self._wizard.thumbs.get(page.file) or placeholder()
            item = QListWidgetItem(badge(image, page.rotation, False, number), "")
            item.setToolTip(self.tr("Halaman {n}").format(n=number))
            self.pages.addItem(item)
        self.view_button.setEnabled(self.pages.count() > 0)
        if self.pages.count():
            self.pages.setCurrentRow(min(row, self.pages.count() - 1))

    def view_page(self, row: int) -> PageViewer | None:
        """The page at full size, read-only: the stored pages keep their rotation."""
        live = self._wizard.draft.live_pages
        if not 0 <= row < len(live):
            return None
        paths = self._wizard.page_paths()
        viewer = PageViewer([(paths[p.file], p.rotation) for p in live], row, None, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer = viewer
        return viewer

    def _show_state(self) -> None:
        stored = self._wizard.draft.document_id
        self.store_button.setEnabled(stored is None and not self.busy)
        if stored is not None:
            self.status.setText(
                self.tr("Tersimpan di arsip sebagai keputusan {id}.").format(id=stored)
            )
        self.completeChanged.emit()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def isComplete(self) -> bool:
        return self._wizard.draft.document_id is not None and not self.busy

    def start_store(self) -> None:
        if self.busy or self._wizard.draft.document_id is not None:
            return
        wizard = self._wizard
        try:
            overrides = wizard.metadata_page.overrides()
        except JdihError as error:
            show_error(self, error)
            return
        if not may_store(self, wizard.context, overrides):
            self.status.setText(self.tr("Tidak disimpan: keputusan yang sama sudah ada di arsip."))
            return
        abstract = abstract_from_dict(wizard.draft.abstract)
        flow, draft, actor = wizard.context.scan_flow, wizard.draft, wizard.actor

        def work(_progress: Any, _token: Any) -> Any:
            # One transaction: decree, final abstract, the request's "abstrak" step, draft id.
            return flow.store(actor, draft, overrides, abstract)

        self.status.setText(self.tr("Menyimpan…"))
        job = Job(work, self)
        job.finished.connect(lambda _doc: self._show_state())
        job.failed.connect(self._failed)
        job.done.connect(self._show_state)
        self.job = job
        job.start()
        self._show_state()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        show_error(self, error)
