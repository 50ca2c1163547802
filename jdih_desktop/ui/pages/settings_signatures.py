"""Pengaturan → Tanda tangan elektronik: the office's trusted CA certificates (issue #22).

A signature is called trusted only when its chain ends at one of these (e.g. BSrE's roots);
nothing is fetched at run time. Adding and removing go through the signature service, which
refuses anyone but an Administrator and audits the change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.ui.pages.settings_base import SettingsTab


class SignaturesTab(SettingsTab):
    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, actor, parent)
        self.roots = QListWidget()
        self.roots.setAccessibleName(self.tr("Sertifikat CA tepercaya"))
        self.add_button = QPushButton(self.tr("&Tambah sertifikat CA…"))
        self.remove_button = QPushButton(self.tr("&Hapus"))
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        explain = QLabel(
            self.tr(
                "Tanda tangan elektronik disebut tepercaya hanya bila sertifikatnya berakar pada "
                "salah satu CA di bawah ini (mis. akar BSrE). Tidak ada yang diunduh otomatis."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note())
        layout.addWidget(explain)
        layout.addWidget(self.roots, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.lock([self.add_button, self.remove_button])
        self.reload()

    def reload(self) -> None:
        self.roots.clear()
        for root in self.context.signatures.list_roots():
            item = QListWidgetItem(
                f"{root.subject} — {root.fingerprint[:16]} ({root.not_after.date().isoformat()})"
            )
            item.setData(Qt.ItemDataRole.UserRole, root.fingerprint)
            self.roots.addItem(item)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih sertifikat CA"),
            "",
            self.tr("Sertifikat (*.pem *.crt *.cer *.der)"),
        )
        if name:
            self.add(Path(name))

    def add(self, path: Path) -> None:
        if self.attempt(
            lambda: self.context.signatures.add_root(self.actor, path),
            self.tr("Sertifikat CA ditambahkan."),
        ):
            self.reload()

    def remove_selected(self) -> None:
        item = self.roots.currentItem()
        if item is None:
            return
        fingerprint = str(item.data(Qt.ItemDataRole.UserRole))
        if self.attempt(
            lambda: self.context.signatures.remove_root(self.actor, fingerprint),
            self.tr("Sertifikat CA dihapus."),
        ):
            self.reload()
