"""Permohonan: the list of requests, the intake form, and the Kasubag's disposition inbox.

Two tabs: "Daftar permohonan" (every request, filterable, opening the detail with its timeline
and actions) and "Kotak disposisi" (requests waiting at SOP step 2, where the Kasubag lands
after login). Frequent actions have shortcuts: Ctrl+N new request, Enter open, F5 refresh,
Ctrl+D disposition.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.permissions import Action, allowed
from jdih_desktop.domain.sop_run import RunState
from jdih_desktop.domain.sop_steps import DecreeStep
from jdih_desktop.ui import hub
from jdih_desktop.ui.common import (
    duration_text,
    level_colour,
    page_title,
    short_moment,
    sifat_labels,
)
from jdih_desktop.ui.labels import step_activity
from jdih_desktop.workflow.requests import RequestView

SIFAT_ORDER = {"sangat_segera": 0, "segera": 1, "rahasia": 2, "biasa": 3}


class _RequestTable(QTableWidget):
    """Requests as rows; the request id sits in the first cell's UserRole."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__(0, len(headers))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setSortingEnabled(False)

    def fill(self, rows: list[tuple[int, list[str], QTableWidgetItem | None]]) -> None:
        """Show ``rows``, keeping the selected request selected when it is still listed."""
        previous = self.selected_id()
        self.setRowCount(len(rows))
        for row, (request_id, cells, coloured) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, request_id)
                self.setItem(row, column, item)
            if coloured is not None:
                self.setItem(row, len(cells) - 1, coloured)
        self.resizeColumnsToContents()
        # The subject and the step are long texts: capped (full text in the cell's tooltip),
        # so the timer column stays in view without scrolling.
        for column, cap in ((1, 150), (2, 300), (5, 220)):
            self.setColumnWidth(column, min(self.columnWidth(column), cap))
        ids = [request_id for request_id, _cells, _coloured in rows]
        if rows:
            self.selectRow(ids.index(previous) if previous in ids else 0)

    def selected_id(self) -> int | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


#: Filters by the request's current step (the decree SOP's step keys), as on Beranda.
STEP_VIEWS = (DecreeStep.ABSTRAK.value, DecreeStep.UNGGAH.value)


class PermohonanPage(QWidget):
    def __init__(self, context: AppContext, actor: Actor | None) -> None:
        super().__init__()
        self._context = context
        self.actor = actor
        self._tz = context.office.profile().timezone
        roles = actor.roles if actor else frozenset()

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Saring permohonan"))
        self.filter.addItem(self.tr("Sedang berjalan"), "active")
        self.filter.addItem(self.tr("Terlambat"), "late")
        self.filter.addItem(self.tr("Belum diabstrak"), DecreeStep.ABSTRAK.value)
        self.filter.addItem(self.tr("Menunggu unggah"), DecreeStep.UNGGAH.value)
        self.filter.addItem(self.tr("Semua, termasuk selesai dan batal"), "all")
        self.filter.currentIndexChanged.connect(self.reload)
        self.new_button = QPushButton(self.tr("Permohonan &baru…"))
        self.new_button.setAccessibleName(self.tr("Daftarkan permohonan baru"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.setEnabled(allowed(roles, Action.REQUEST_REGISTER))
        self.new_button.clicked.connect(self.new_request)
        self.open_button = QPushButton(self.tr("&Buka"))
        self.open_button.setAccessibleName(self.tr("Buka permohonan terpilih"))
        self.open_button.clicked.connect(self.open_selected)
        refresh = QPushButton(self.tr("Segarkan"))
        refresh.setAccessibleName(self.tr("Segarkan daftar"))
        refresh.setToolTip("F5")
        refresh.clicked.connect(self.reload)

        headers = [
            self.tr("Agenda"),
            self.tr("Pengusul"),
            self.tr("Hal"),
            self.tr("Sifat"),
            self.tr("Diterima"),
            self.tr("Langkah"),
            self.tr("Berjalan / target"),
        ]
        self.table = _RequestTable(headers, "requestList")
        self.table.setAccessibleName(self.tr("Daftar permohonan"))
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter, double-click
        self.inbox = _RequestTable(headers, "dispositionInbox")
        self.inbox.setAccessibleName(self.tr("Kotak disposisi"))
        self.inbox.activated.connect(lambda _index: self.dispose_selected())
        self.dispose_button = QPushButton(self.tr("Buat &disposisi…"))
        self.dispose_button.setAccessibleName(self.tr("Buat disposisi untuk permohonan terpilih"))
        self.dispose_button.setToolTip("Ctrl+D")
        self.dispose_button.setEnabled(allowed(roles, Action.DISPOSITION_RECORD))
        self.dispose_button.clicked.connect(self.dispose_selected)
        self.inbox_note = QLabel()

        list_tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Tampilkan:")))
        bar.addWidget(self.filter)
        bar.addWidget(refresh)
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        inbox_tab = QWidget()
        inbox_bar = QHBoxLayout()
        inbox_bar.addWidget(self.dispose_button)
        inbox_bar.addStretch(1)
        inbox_bar.addWidget(self.inbox_note)
        inbox_layout = QVBoxLayout(inbox_tab)
        inbox_layout.addLayout(inbox_bar)
        inbox_layout.addWidget(self.inbox, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bagian permohonan"))
        self.tabs.addTab(list_tab, self.tr("Daftar permohonan"))
        self.tabs.addTab(inbox_tab, self.tr("Kotak disposisi"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Permohonan")))
        layout.addWidget(self.tabs, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_request),
            (QKeySequence(Qt.Key.Key_F5), self.reload),
            (QKeySequence("Ctrl+D"), self.dispose_selected),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Other PCs register and dispose too: the lists follow once a minute while shown.
        self._refresh = QTimer(self)
        self._refresh.setInterval(60_000)
        self._refresh.timeout.connect(lambda: self.reload() if self.isVisible() else None)
        self._refresh.start()
        self.reload()
        hub.follow(context, self, frozenset({hub.REQUESTS, hub.SETTINGS}), self.reload)

    # -- data --------------------------------------------------------------------------------

    def _row(self, view: RequestView) -> tuple[int, list[str], QTableWidgetItem | None]:
        step = view.current_step
        if step is not None:
            where = f"{step.no}. {step_activity(step.activity)}"
            timer = step.timer
            target = duration_text(timer.target) if timer and timer.target else step.target_text
            spent = f"{duration_text(timer.elapsed)} / {target}" if timer else "–"
        else:
            where, timer, spent = str(RunState(view.run_state).label), None, "–"
        cells = [
            view.agenda,
            view.pengusul_name,
            view.hal,
            sifat_labels().get(view.sifat, view.sifat),
            short_moment(view.received_at, self._tz),
            where,
            spent,
        ]
        coloured = None
        if timer is not None:
            coloured = QTableWidgetItem(spent)
            coloured.setBackground(level_colour(timer.level))
            coloured.setToolTip(str(timer.level.label))
        return view.id, cells, coloured

    def reload(self) -> None:
        choice = self.filter.currentData()
        views = self._context.requests.list(
            late_only=choice == "late", include_closed=choice == "all"
        )
        if choice in STEP_VIEWS:  # the requests whose current step is that one
            views = [v for v in views if v.current_step and v.current_step.key == choice]
        self.table.fill([self._row(v) for v in views])
        waiting = [
            v
            for v in self._context.requests.list()
            if v.current_step is not None and v.current_step.key == DecreeStep.DISPOSISI
        ]
        # The most urgent letter first (sifat), then the oldest.
        waiting.sort(key=lambda v: (SIFAT_ORDER.get(v.sifat, len(SIFAT_ORDER)), v.received_at))
        self.inbox.fill([self._row(v) for v in waiting])
        self.inbox_note.setText(self.tr("{n} permohonan belum didisposisi").format(n=len(waiting)))
        self.tabs.setTabText(1, self.tr("Kotak disposisi ({n})").format(n=len(waiting)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    # -- actions -----------------------------------------------------------------------------

    def show_view(self, view: str) -> None:
        """One of the lists Beranda's counters lead to: "inbox" or a filter of the list."""
        if view == "inbox":
            self.show_inbox()
            return
        index = self.filter.findData(view)
        if index < 0:
            return
        self.tabs.setCurrentIndex(0)
        self.filter.setCurrentIndex(index)  # reloads
        self.table.setFocus()

    def show_inbox(self) -> None:
        """Where the Kasubag starts: the requests waiting for a disposition."""
        self.tabs.setCurrentIndex(1)
        self.inbox.setFocus()

    def new_request(self) -> None:
        if self.actor is None or not self.new_button.isEnabled():
            return
        from jdih_desktop.ui.request_form import RequestFormDialog

        dialog = RequestFormDialog(self._context, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def open_selected(self) -> None:
        table = self.inbox if self.tabs.currentIndex() == 1 else self.table
        request_id = table.selected_id()
        if request_id is not None:
            self.open_request(request_id)

    def open_request(self, request_id: int) -> None:
        from jdih_desktop.ui.request_detail import RequestDetailDialog

        RequestDetailDialog(self._context, self.actor, request_id, self).exec()
        self.reload()

    def dispose_selected(self) -> None:
        request_id = self.inbox.selected_id()
        if request_id is None or self.actor is None or not self.dispose_button.isEnabled():
            return
        from jdih_desktop.ui.disposition_form import DispositionDialog

        DispositionDialog(self._context, self.actor, request_id, self).exec()
        self.reload()
