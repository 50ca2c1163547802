"""Pengaturan → Profil pemindai: named scan settings per document type, kept in config.toml.

The list is edited in memory (add, change, remove) and written in one go with "Simpan", so a
half-edited list never reaches the file the scan wizard reads.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.scanning.profiles import (
    A4,
    F4,
    MAX_DPI,
    MIN_DPI,
    ColorMode,
    ScanProfile,
    ScanSettings,
    SettingsError,
    Source,
)
from jdih_desktop.ui.pages.settings_base import SettingsTab


class ScannerTab(SettingsTab):
    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, actor, parent)
        current = context.settings.scanning()
        self.profiles: list[ScanProfile] = list(current.profiles)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profil pemindaian"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._show)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Nama profil"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Sumber"))
        for value, label in (
            (Source.ADF, self.tr("Pengumpan dokumen (ADF)")),
            (Source.DUPLEX, self.tr("ADF bolak-balik")),
            (Source.FLATBED, self.tr("Kaca datar")),
        ):
            self.source.addItem(label, value.value)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Mode warna"))
        for colour, label in (
            (ColorMode.BW, self.tr("Hitam-putih")),
            (ColorMode.GRAY, self.tr("Abu-abu")),
            (ColorMode.COLOR, self.tr("Warna")),
        ):
            self.mode.addItem(label, colour.value)
        self.dpi = QSpinBox()
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSingleStep(50)
        self.dpi.setAccessibleName(self.tr("Resolusi (dpi)"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Ukuran kertas"))
        self.paper.addItem("F4 / Folio (215 × 330 mm)", "f4")
        self.paper.addItem("A4 (210 × 297 mm)", "a4")
        self.document_type = QLineEdit()
        self.document_type.setAccessibleName(self.tr("Jenis dokumen"))
        self.device = QLineEdit()
        self.device.setAccessibleName(self.tr("Pemindai tetap (opsional)"))
        self.default_profile = QComboBox()
        self.default_profile.setAccessibleName(self.tr("Profil bawaan"))
        self.default_device = QLineEdit(current.default_device)
        self.default_device.setAccessibleName(self.tr("Pemindai bawaan"))

        self.add_button = QPushButton(self.tr("Tam&bah"))
        self.apply_button = QPushButton(self.tr("&Terapkan perubahan"))
        self.remove_button = QPushButton(self.tr("&Hapus"))
        self.save_button = QPushButton(self.tr("&Simpan semua"))
        self.add_button.clicked.connect(self.add_profile)
        self.apply_button.clicked.connect(self.apply_edit)
        self.remove_button.clicked.connect(self.remove_profile)
        self.save_button.clicked.connect(self.save)
        self.lock(
            [self.name, self.source, self.mode, self.dpi, self.paper, self.document_type,
             self.device, self.default_profile, self.default_device, self.add_button,
             self.apply_button, self.remove_button, self.save_button]
        )  # fmt: skip

        form = QFormLayout()
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Sumber"), self.source)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Resolusi (dpi)"), self.dpi)
        form.addRow(self.tr("Ukuran kertas"), self.paper)
        form.addRow(self.tr("Jenis dokumen"), self.document_type)
        form.addRow(self.tr("Pemindai tetap"), self.device)
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.apply_button, self.remove_button):
            list_buttons.addWidget(button)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addLayout(list_buttons)
        editor.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        columns.addLayout(editor, 1)
        defaults = QFormLayout()
        defaults.addRow(self.tr("Profil bawaan"), self.default_profile)
        defaults.addRow(self.tr("Pemindai bawaan"), self.default_device)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note())
        layout.addLayout(columns, 1)
        layout.addLayout(defaults)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        self._refresh_list(current.default_profile)

    def _refresh_list(self, default: str | None = None, row: int = 0) -> None:
        chosen = default or self.default_profile.currentText()
        self.list.clear()
        self.default_profile.clear()
        for profile in self.profiles:
            self.list.addItem(profile.name)
            self.default_profile.addItem(profile.name)
        self.default_profile.setCurrentIndex(max(0, self.default_profile.findText(chosen)))
        if self.profiles:
            self.list.setCurrentRow(min(row, len(self.profiles) - 1))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.profiles):
            return
        profile = self.profiles[row]
        settings = profile.settings
        self.name.setText(profile.name)
        self.source.setCurrentIndex(self.source.findData(settings.source.value))
        self.mode.setCurrentIndex(self.mode.findData(settings.mode.value))
        self.dpi.setValue(settings.dpi)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.page_size.name)))
        self.document_type.setText(profile.document_type)
        self.device.setText(profile.device)

    def edited_profile(self, base: ScanSettings | None = None) -> ScanProfile:
        settings = (base or ScanSettings()).with_(
            source=Source(self.source.currentData()),
            mode=ColorMode(self.mode.currentData()),
            dpi=self.dpi.value(),
            page_size=F4 if self.paper.currentData() == "f4" else A4,
        )
        return ScanProfile(
            self.name.text().strip(), settings, self.document_type.text().strip(),
            self.device.text().strip(),
        )  # fmt: skip

    def add_profile(self) -> None:
        profile = self.edited_profile()
        name = profile.name or self.tr("Profil baru")
        taken = {p.name for p in self.profiles}
        while name in taken:
            name += " (2)"
        self.profiles.append(ScanProfile(name, profile.settings, profile.document_type,
                                         profile.device))  # fmt: skip
        self._refresh_list(row=len(self.profiles) - 1)

    def apply_edit(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.profiles):
            return
        try:
            self.profiles[row] = self.edited_profile(self.profiles[row].settings)
        except SettingsError as error:
            self.show_problem(str(error))
            return
        self._refresh_list(row=row)

    def remove_profile(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.profiles):
            del self.profiles[row]
            self._refresh_list(row=max(0, row - 1))

    def save(self) -> None:
        self.attempt(
            lambda: self.context.settings.save_scanning(
                self.actor,
                self.profiles,
                self.default_profile.currentText(),
                self.default_device.text(),
            ),
            self.tr("Profil pemindaian tersimpan."),
        )
