"""The Arsip results table: a model that pages through the search service lazily.

Only the rows a view has scrolled to are loaded: Qt asks :meth:`canFetchMore` /
:meth:`fetchMore` when the view nears the end of what it has, and each call loads one page
(``LIMIT``/``OFFSET`` in the search service). An archive of 100,000 decrees therefore costs one
page query to open, not 100,000 rows, and the scroll bar grows as the user scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jdih_desktop.documents.archive.search_index import SearchHit, SearchPage
from jdih_desktop.ui.dates import day_text

# (offset, limit) -> one page of hits with the total number of matches
PageFetcher = Callable[[int, int], SearchPage]
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


class ArchiveResultsModel(QAbstractTableModel):
    def __init__(self, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._fetch: PageFetcher | None = None
        self._hits: list[SearchHit] = []
        self._total = 0
        self.pages_fetched = 0  # how many page queries this result set cost (tests, tuning)
        self._headers = [
            self.tr("Nomor"),
            self.tr("Tahun"),
            self.tr("Judul"),
            self.tr("Jenis"),
            self.tr("Status"),
            self.tr("Ditetapkan"),
            self.tr("Cuplikan"),
        ]

    @property
    def total(self) -> int:
        """Matches in the whole result set (loaded or not)."""
        return self._total

    def set_fetcher(self, fetch: PageFetcher | None, first: SearchPage | None = None) -> None:
        """Start a new result set and load its first page (``first``: already read, e.g. in
        the background, with ``fetch(0, page_size)``)."""
        self.beginResetModel()
        self._fetch = fetch
        self._hits = []
        self._total = 0
        self.pages_fetched = 0
        if fetch is not None:
            if first is None:
                first = fetch(0, self.page_size)
            self.pages_fetched = 1
            self._hits = list(first.hits)
            self._total = first.total if first.hits else 0
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self._hits) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(len(self._hits), self.page_size)
        self.pages_fetched += 1
        known = {h.id for h in self._hits}
        fresh = [h for h in page.hits if h.id not in known]  # rows shifted by a new decree
        if not fresh:
            self._total = len(self._hits)  # the set shrank meanwhile: stop asking
            return
        start = len(self._hits)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        self._hits.extend(fresh)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(hit, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.judul if index.column() != 6 else hit.snippet
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None

    def _cell(self, hit: SearchHit, column: int) -> str:
        statuses = {"berlaku": self.tr("Berlaku"), "tidak_berlaku": self.tr("Tidak Berlaku")}
        values = (
            hit.nomor,
            str(hit.tahun),
            hit.judul,
            hit.jenis,
            statuses.get(hit.status, hit.status),
            day_text(hit.tanggal_penetapan),
            " ".join(hit.snippet.split()),
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
