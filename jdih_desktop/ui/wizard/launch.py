"""Opening the wizard: a new scan, a saved draft, or the pages a crash left in the spool."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.ui import labels
from jdih_desktop.ui.common import guarded, short_moment
from jdih_desktop.ui.screen_fit import fit_to_screen
from jdih_desktop.ui.wizard.scan_wizard import ScanWizard

DRAFT_ROLE = Qt.ItemDataRole.UserRole
SPOOL_ROLE = Qt.ItemDataRole.UserRole + 1


def open_wizard(
    parent: QWidget | None,
    context: AppContext,
    actor: Actor,
    *,
    draft_id: str | None = None,
    request_id: int | None = None,
    source_file: Path | None = None,
) -> ScanWizard | None:
    draft = None
    if draft_id is not None:
        draft = guarded(parent, lambda: context.scan_flow.load_draft(draft_id))
        if draft is None:
            return None
    elif source_file is not None:
        # The file already attached (the salinan) is the wizard's device: imported in place.
        drafts = context.scan_flow.drafts
        draft = drafts.new(request_id=request_id)
        draft.device = f"folder:{source_file}"
        drafts.save(draft)
    wizard = ScanWizard(context, actor, draft, request_id=request_id, parent=parent)
    if source_file is not None:
        wizard.device_page.use_file(source_file)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def adopt_spool_session(context: AppContext, session_id: str) -> str:
    """Move a crashed scan's pages into a new draft; returns the draft id."""
    return context.scan_flow.adopt_spool_session(session_id).id


class DraftsDialog(QDialog):
    """Unfinished wizard work: saved drafts, and scans a crash interrupted."""

    def __init__(self, context: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.setWindowTitle(self.tr("Draf pindai"))
        fit_to_screen(self, 620, 420)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Draf dan pindaian tertunda"))
        self.items.itemActivated.connect(lambda _item: self.resume())
        self.empty = QLabel(self.tr("Tidak ada draf atau pindaian tertunda."))
        resume = QPushButton(self.tr("&Lanjutkan"))
        resume.clicked.connect(self.resume)
        delete = QPushButton(self.tr("&Buang draf"))
        delete.clicked.connect(self.discard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(resume, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.items.clear()
        for session in self._context.scanning.recoverable():
            item = QListWidgetItem(
                self.tr("Pindaian terputus: {n} halaman dari {device} ({when})").format(
                    n=len(session.pages), device=session.device, when=self._when(session.created_at)
                )
            )
            item.setData(SPOOL_ROLE, session.session_id)
            self.items.addItem(item)
        for draft in self._context.scan_flow.open_drafts():
            item = QListWidgetItem(
                self.tr("{title} — {n} halaman, berhenti di {step}; disimpan {when}").format(
                    title=draft.metadata.value("judul") or self.tr("(tanpa judul)"),
                    n=len(draft.live_pages),
                    step=labels.wizard_step(draft.step),
                    when=self._when(draft.updated_at or draft.created_at),
                )
            )
            item.setData(DRAFT_ROLE, draft.id)
            self.items.addItem(item)
        self.empty.setVisible(self.items.count() == 0)
        if self.items.count():
            self.items.setCurrentRow(0)

    def _when(self, stamp: str) -> str:
        """A stored UTC ISO stamp in the office's zone ("5 Des 09.45")."""
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return short_moment(moment, self._context.office.profile().timezone)

    def resume(self) -> ScanWizard | None:
        item = self.items.currentItem()
        if item is None:
            return None
        draft_id = item.data(DRAFT_ROLE)
        session_id = item.data(SPOOL_ROLE)
        if session_id:
            draft_id = guarded(self, lambda: adopt_spool_session(self._context, str(session_id)))
            if draft_id is None:
                return None
        wizard = open_wizard(self.parent_widget(), self._context, self._actor, draft_id=draft_id)
        self.accept()
        return wizard

    def discard(self) -> None:
        item = self.items.currentItem()
        if item is None or not item.data(DRAFT_ROLE):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Buang draf"),
            self.tr("Buang draf ini beserta halaman pindaiannya? Tidak dapat dibatalkan."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            flow = self._context.scan_flow
            flow.delete_draft(flow.load_draft(str(item.data(DRAFT_ROLE))))
            self.reload()

    def parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None
