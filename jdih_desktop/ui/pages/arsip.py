"""Arsip: full-text search over the decree archive, with filters, and one decree's detail.

Typing searches after a short pause (Enter searches at once); the results table loads pages
as it scrolls (:mod:`archive_model`), so the screen opens instantly on any archive size.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.documents.archive.search_index import SearchPage
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.office import DEFAULT_DOCUMENT_TYPES
from jdih_desktop.ui import hub
from jdih_desktop.ui.background_load import BackgroundLoad
from jdih_desktop.ui.common import page_title
from jdih_desktop.ui.pages.archive_detail import ArchiveDetail
from jdih_desktop.ui.pages.archive_model import ArchiveResultsModel, PageFetcher

ALL_YEARS = 1999  # the year box's lowest value stands for "every year"
SNIPPET_MARKS = ("«", "»")
TYPING_PAUSE_MS = 300


class ArsipPage(QWidget):
    def __init__(
        self,
        context: AppContext,
        actor: Actor | None,
        parent: QWidget | None = None,
        *,
        background: bool = False,
    ) -> None:
        """``background``: the first search runs off the GUI thread (the window's start)."""
        super().__init__(parent)
        self._context = context
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Cari nomor, judul, atau isi keputusan…"))
        self.query.setAccessibleName(self.tr("Kata pencarian"))
        self.query.setClearButtonEnabled(True)
        self.year = QSpinBox()
        self.year.setRange(ALL_YEARS, 2100)
        self.year.setSpecialValueText(self.tr("Semua tahun"))
        self.year.setValue(ALL_YEARS)
        self.year.setAccessibleName(self.tr("Tahun"))
        self.jenis = QComboBox()
        self.jenis.setAccessibleName(self.tr("Jenis"))
        self.jenis.addItem(self.tr("Semua jenis"), "")
        for name, abbreviation, _ildis in DEFAULT_DOCUMENT_TYPES:
            self.jenis.addItem(f"{abbreviation} — {name}", name)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Semua status"), "")
        self.status.addItem(self.tr("Berlaku"), "berlaku")
        self.status.addItem(self.tr("Tidak Berlaku"), "tidak_berlaku")
        self.search_button = QPushButton(self.tr("&Cari"))
        self.count = QLabel()
        self.count.setObjectName("resultCount")

        self.model = ArchiveResultsModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Hasil pencarian arsip"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(2, 360)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = ArchiveDetail(context, actor)
        self.detail.open_document.connect(self.open_document)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._pause.start())
        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.year.valueChanged.connect(lambda _v: self.search())
        self.jenis.currentIndexChanged.connect(lambda _i: self.search())
        self.status.currentIndexChanged.connect(lambda _i: self.search())
        QShortcut(QKeySequence.StandardKey.Find, self, self.query.setFocus)

        filters = QHBoxLayout()
        filters.addWidget(self.query, 3)
        filters.addWidget(self.year)
        filters.addWidget(self.jenis, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.search_button)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.table, 1)
        results_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(results)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Arsip")))
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._first_load = BackgroundLoad(
            self, lambda read: self._show_results(*read), self._load_failed
        )
        if background:
            self._search_in_background()
        else:
            self.search()
        hub.follow(context, self, frozenset({hub.ARCHIVE, hub.PUBLICATIONS}), self.reload)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: the list and the open decree are read again (a decree stored from
        the wizard meanwhile shows without pressing Cari)."""
        super().showEvent(event)
        stale = hub.take_stale(self)
        if not self.loading:
            self.reload()
        elif stale:  # changed after the first search began: read again, still in background
            self._search_in_background()

    def reload(self) -> None:
        """The same search again, keeping the decree that is open."""
        shown = self.detail.document.id if self.detail.document is not None else None
        self.search()
        if shown is not None:
            self.detail.show_document(shown)

    @property
    def loading(self) -> bool:
        """True while the first search is still under way in the background."""
        return self._first_load.pending

    def search(self) -> None:
        """Run the search with the current words and filters; the first page loads now."""
        self._pause.stop()
        self._first_load.supersede()
        fetch = self._fetcher()
        try:
            self._show_results(fetch, fetch(0, self.model.page_size))
        except JdihError as error:
            self._load_failed(error)

    def _fetcher(self) -> PageFetcher:
        words = self.query.text().strip()
        year = self.year.value() if self.year.value() != ALL_YEARS else None
        jenis = str(self.jenis.currentData()) or None
        status = str(self.status.currentData()) or None
        service = self._context.search

        def fetch(offset: int, limit: int) -> SearchPage:
            return service.search(
                words, year=year, jenis=jenis, status=status, limit=limit, offset=offset,
                marks=SNIPPET_MARKS,
            )  # fmt: skip

        return fetch

    def _search_in_background(self) -> None:
        """The first search, off the GUI thread: the window is usable before the archive
        answers. Any search started meanwhile supersedes it."""
        fetch = self._fetcher()
        page_size = self.model.page_size
        self.count.setText(self.tr("Memuat…"))
        self._first_load.start(lambda: (fetch, fetch(0, page_size)))

    def _show_results(self, fetch: PageFetcher, first: SearchPage) -> None:
        self.model.set_fetcher(fetch, first)
        self.count.setText(self.tr("{n} keputusan").format(n=self.model.total))
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _load_failed(self, error: BaseException) -> None:
        self.model.set_fetcher(None)
        self.count.setText(
            str(error)
            if isinstance(error, JdihError)
            else self.tr("Arsip gagal dimuat; tekan Cari untuk mencoba lagi.")
        )

    def open_document(self, document_id: int) -> None:
        self.detail.show_document(document_id)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.open_document(self.model.hit(rows[0].row()).id)
