"""Wizard page 3: the page editor — reorder by dragging, rotate, delete, insert a rescan.

Pages are checked in the background when the editor opens (upright, deskew, crop, blank
detection); a suspect blank page is only flagged, never removed (NAPS2 issue 440). Every edit
is saved to the draft at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from jdih_desktop.documents.drafts import DraftPage, DraftStore
from jdih_desktop.documents.pdf.pageproc import PageFlag
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job
from jdih_desktop.ui.wizard.insert_scan import InsertScanDialog
from jdih_desktop.ui.wizard.page_viewer import PageList, PageViewer
from jdih_desktop.ui.wizard.scan_job import ScanOutcome
from jdih_desktop.ui.wizard.thumbnails import THUMB, badge, placeholder

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard

FILE_ROLE = Qt.ItemDataRole.UserRole
ATTENTION = {PageFlag.BLANK_SUSPECT.value, PageFlag.ORIENTATION_UNCERTAIN.value}


class PagesPage(QWizardPage):
    def __init__(self, wizard: ScanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Periksa halaman"))
        self.setSubTitle(
            self.tr(
                "Seret untuk mengubah urutan. Halaman bertanda ! perlu dilihat (mungkin "
                "kosong atau arahnya tidak pasti); tidak ada yang dihapus tanpa Anda."
            )
        )
        self.pages = PageList()  # Enter opens the page without also pressing "Lanjut"
        # A wrapping list, not icon mode: in icon mode a drop moves the icon's position and
        # the model put the page last; here a drop inserts the page where it falls.
        self.pages.setViewMode(QListView.ViewMode.ListMode)
        self.pages.setFlow(QListView.Flow.LeftToRight)
        self.pages.setWrapping(True)
        self.pages.setSpacing(6)
        self.pages.setIconSize(QSize(THUMB, THUMB))
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pages.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pages.itemActivated.connect(lambda item: self.view_page(self.pages.row(item)))
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pages.setAccessibleName(self.tr("Halaman dokumen"))
        self.pages.model().rowsMoved.connect(self._reordered)
        self.rotate_left = QPushButton(self.tr("Putar ⟲"))
        self.rotate_left.setShortcut(QKeySequence("Ctrl+L"))
        self.rotate_left.clicked.connect(lambda: self.rotate(-90))
        self.rotate_right = QPushButton(self.tr("Putar ⟳"))
        self.rotate_right.setShortcut(QKeySequence("Ctrl+R"))
        self.rotate_right.clicked.connect(lambda: self.rotate(90))
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.pages, self.delete_selected)
        self.undo_button = QPushButton(self.tr("&Urungkan hapus"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.move_left = QPushButton(self.tr("◀ Geser"))
        self.move_left.setToolTip(self.tr("Geser halaman terpilih ke kiri (Ctrl+←)"))
        self.move_left.clicked.connect(lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Left"), self.pages, lambda: self.move_selected(-1))
        self.move_right = QPushButton(self.tr("Geser ▶"))
        self.move_right.setToolTip(self.tr("Geser halaman terpilih ke kanan (Ctrl+→)"))
        self.move_right.clicked.connect(lambda: self.move_selected(1))
        QShortcut(QKeySequence("Ctrl+Right"), self.pages, lambda: self.move_selected(1))
        self.view_button = QPushButton(self.tr("&Lihat besar…"))
        self.view_button.setToolTip(self.tr("Buka halaman terpilih: perbesar, putar, berikutnya"))
        self.view_button.clicked.connect(lambda: self.view_page(max(0, self.pages.currentRow())))
        self.rescan_button = QPushButton(self.tr("Pindai &sisipan"))
        self.rescan_button.setToolTip(self.tr("Pindai halaman tambahan setelah yang dipilih"))
        self.rescan_button.clicked.connect(self.rescan_after_selection)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Pemeriksaan halaman"))
        self.status = QLabel()
        tools = QHBoxLayout()
        for button in (
            self.view_button,
            self.move_left,
            self.move_right,
            self.rotate_left,
            self.rotate_right,
            self.delete_button,
            self.undo_button,
            self.rescan_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self._deleted: list[str] = []
        self.job: Job | None = None
        self.viewer: PageViewer | None = None
        self.insert_scan: InsertScanDialog | None = None

    @property
    def _drafts(self) -> DraftStore:
        return self._wizard.drafts

    def initializePage(self) -> None:
        self._rebuild()
        self.check_pages()
        if self.job is None or not self.job.busy:
            self._load_thumbnails()

    def _load_thumbnails(self) -> None:
        loader = self._wizard.thumbnails_job(self)
        if loader is not None:
            loader.done.connect(self._rebuild)
            loader.start()

    def isComplete(self) -> bool:
        # No moving on while pages are checked or an insert-scan is still bringing pages.
        return bool(self._wizard.draft.live_pages) and not self.busy

    @property
    def busy(self) -> bool:
        checking = self.job is not None and self.job.busy
        inserting = self.insert_scan is not None and self.insert_scan.busy
        return checking or inserting

    def validatePage(self) -> bool:
        self._wizard.save_draft("metadata")
        return True

    # --- view ---------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        draft = self._wizard.draft
        self._wizard.sync_stream()  # the pipeline follows every edit (only a turn redoes OCR)
        self.pages.clear()
        for number, page in enumerate(draft.live_pages, 1):
            self.pages.addItem(self._item(page, number))
        flagged = sum(1 for p in draft.live_pages if ATTENTION & set(p.flags))
        self.status.setText(
            self.tr("{n} halaman, {f} perlu dilihat").format(n=len(draft.live_pages), f=flagged)
        )
        self.completeChanged.emit()

    def _item(self, page: DraftPage, number: int) -> QListWidgetItem:
        image = self._wizard.thumbs.get(page.file) or placeholder()
        flagged = bool(ATTENTION & set(page.flags))
        item = QListWidgetItem(badge(image, page.rotation, flagged, number), "")
        item.setData(FILE_ROLE, page.file)
        reasons = {
            PageFlag.BLANK_SUSPECT.value: self.tr("mungkin halaman kosong"),
            PageFlag.ORIENTATION_UNCERTAIN.value: self.tr("arah halaman tidak pasti"),
        }
        why = ", ".join(reasons[f] for f in page.flags if f in reasons)
        item.setToolTip(self.tr("Halaman {n}").format(n=number) + (f": {why}" if why else ""))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        return item

    def _index_of(self, file: str) -> int:
        return next(i for i, p in enumerate(self._wizard.draft.pages) if p.file == file)

    def _selected_files(self) -> list[str]:
        return [str(item.data(FILE_ROLE)) for item in self.pages.selectedItems()]

    # --- edits ----------------------------------------------------------------------------------

    def _reordered(self, *_args: object) -> None:
        draft = self._wizard.draft
        order = [str(self.pages.item(i).data(FILE_ROLE)) for i in range(self.pages.count())]
        by_file = {p.file: p for p in draft.pages}
        deleted = [p for p in draft.pages if p.deleted]
        draft.pages = [by_file[f] for f in order] + deleted
        self._drafts.save(draft)
        self._rebuild()

    def move_page(self, source: int, target: int) -> None:
        """Move the live page at ``source`` to ``target`` (0-based), as a drag would."""
        draft = self._wizard.draft
        live = draft.live_pages
        page = live.pop(source)
        live.insert(target, page)
        draft.pages = live + [p for p in draft.pages if p.deleted]
        self._drafts.save(draft)
        self._rebuild()

    def move_selected(self, step: int) -> None:
        """Move the selected page one place left (-1) or right (+1), keeping it selected."""
        row = self.pages.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.pages.count():
            return
        self.move_page(row, target)
        self.pages.setCurrentRow(target)

    def view_page(self, row: int) -> PageViewer | None:
        """The page at full size; turns made there are recorded in the draft."""
        draft = self._wizard.draft
        live = draft.live_pages
        if not 0 <= row < len(live):
            return None
        paths = self._wizard.page_paths()
        pages = [(paths[p.file], p.rotation) for p in live]

        def rotate(index: int, degrees: int) -> None:
            at = self._index_of(live[index].file)
            rotation = (draft.pages[at].rotation + degrees) % 360
            DraftStore.update_page(draft, at, rotation=rotation)
            self._drafts.save(draft)
            self._rebuild()

        viewer = PageViewer(pages, row, rotate, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer = viewer
        return viewer

    def rotate(self, degrees: int) -> None:
        draft = self._wizard.draft
        for file in self._selected_files():
            index = self._index_of(file)
            rotation = (draft.pages[index].rotation + degrees) % 360
            DraftStore.update_page(draft, index, rotation=rotation)
        self._drafts.save(draft)
        selected = set(self._selected_files())
        self._rebuild()
        self._reselect(selected)

    def delete_selected(self) -> None:
        draft = self._wizard.draft
        for file in self._selected_files():
            DraftStore.update_page(draft, self._index_of(file), deleted=True)
            self._deleted.append(file)
        self._drafts.save(draft)
        self._rebuild()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        file = self._deleted.pop()
        DraftStore.update_page(self._wizard.draft, self._index_of(file), deleted=False)
        self._drafts.save(self._wizard.draft)
        self._rebuild()

    def _reselect(self, files: set[str]) -> None:
        for i in range(self.pages.count()):
            item = self.pages.item(i)
            item.setSelected(str(item.data(FILE_ROLE)) in files)

    def rescan_after_selection(self) -> InsertScanDialog | None:
        """Scan extra pages in after the selected page (at the end when none is selected)."""
        if self.busy:
            return None
        files = self._selected_files()
        draft = self._wizard.draft
        at = self._index_of(files[-1]) + 1 if files else len(draft.pages)
        device, profile = self._wizard.device_page.selected()
        label = self._wizard.device_page.device_label()
        dialog = InsertScanDialog(
            self._wizard.context, draft, device, profile.settings, at, self, label=label
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.ended.connect(self._inserted)
        self.insert_scan = dialog
        self.rescan_button.setEnabled(False)
        self.status.setText(self.tr("Memindai halaman sisipan…"))
        dialog.start()
        self.completeChanged.emit()
        return dialog

    def _inserted(self, outcome: ScanOutcome | None) -> None:
        self.rescan_button.setEnabled(True)
        self.initializePage()  # the draft is the truth: new pages get checked and shown
        if outcome is None:
            return
        if outcome.error:
            note = self.tr("{error} {n} halaman sisipan tetap disimpan.").format(
                error=outcome.error, n=outcome.pages
            )
        elif outcome.state == "cancelled":
            note = self.tr("Pindai sisipan dibatalkan; {n} halaman disimpan.").format(
                n=outcome.pages
            )
        else:
            note = self.tr("{n} halaman sisipan ditambahkan.").format(n=outcome.pages)
        self.status.setText(note)

    # --- background check -----------------------------------------------------------------------

    def check_pages(self) -> None:
        draft = self._wizard.draft
        if self.job is not None and self.job.busy:
            return
        if all(p.processed for p in draft.live_pages):
            self.progress.setValue(100)
            return
        # The draft's pipeline checked the pages while they were scanned; this waits for the
        # last ones (or checks a resumed draft's pages now) and writes the results in.
        stream = self._wizard.stream  # started in the job thread (see ScanPage.start)
        job = Job(lambda progress, token: stream().wait_checked(draft, progress, token), self)
        job.progress.connect(lambda value, _text: self.progress.setValue(value))
        job.failed.connect(lambda error: show_error(self, error))
        job.done.connect(self._checked)
        self.job = job
        self.status.setText(self.tr("Memeriksa halaman (tegak, miring, kosong)…"))
        job.start()
        self.completeChanged.emit()

    def _checked(self) -> None:
        self._rebuild()
        self._load_thumbnails()  # processed pages are new files
