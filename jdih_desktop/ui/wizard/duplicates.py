"""Before storing: is this decree already in the archive?

The archive knows a decree by jenis + number key (``archive.nomor_key``: case and OCR spacing
aside) + year, or by its file. Found, the wizard stops and shows the stored decree
with a choice: open it, store this one anyway as a new version, or cancel.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.print_preview import show_pdf


class Choice(Enum):
    OPEN = "open"
    STORE = "store"
    CANCEL = "cancel"


class DuplicateDialog(QDialog):
    def __init__(self, context: AppContext, found: list[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self.found = found
        self.choice = Choice.CANCEL
        self.setWindowTitle(self.tr("Keputusan ini sudah ada di arsip"))
        note = QLabel(
            self.tr(
                "Arsip sudah menyimpan keputusan dengan jenis, nomor dan tahun yang sama "
                "(atau berkas yang sama). Periksa sebelum menyimpan:"
            )
        )
        note.setWordWrap(True)
        self.items = QListWidget()
        for view in found:
            meta = view.metadata
            self.items.addItem(f"{meta.jenis} {meta.nomor} ({meta.tahun}) — {meta.judul}")
        self.items.setCurrentRow(0)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Buka yang tersimpan"))
        self.store_button = QPushButton(self.tr("&Simpan sebagai versi baru"))
        self.cancel_button = QPushButton(self.tr("&Batal menyimpan"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.store_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_selected)
        self.store_button.clicked.connect(lambda: self._choose(Choice.STORE))
        self.cancel_button.clicked.connect(lambda: self._choose(Choice.CANCEL))
        self.cancel_button.setDefault(True)  # Enter never stores a duplicate by accident
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        (self.accept if choice is Choice.STORE else self.reject)()

    def open_selected(self) -> None:
        """The stored decree's PDF in the viewer; the wizard stays stopped."""
        self.choice = Choice.OPEN
        view = self.found[max(0, self.items.currentRow())]
        try:
            path = self._context.archive.file_path(view.id, "main")
        except JdihError as error:
            show_error(self, error)
            return
        show_pdf(self, path.read_bytes(), f"{view.metadata.nomor}", path.name)


def may_store(parent: QWidget, context: AppContext, overrides: dict[str, Any]) -> bool:
    """False when a same-number decree is stored and the person did not choose a new version."""
    try:
        metadata = DecreeMetadata(**overrides)
    except (TypeError, ValueError):
        return True  # the store reports a malformed form itself
    found = context.archive.duplicates(metadata)
    if not found:
        return True
    dialog = DuplicateDialog(context, found, parent)
    dialog.exec()
    return dialog.choice is Choice.STORE
