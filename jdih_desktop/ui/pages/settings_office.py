"""Pengaturan → Profil kantor (name, address, letterhead logo) and → Cadangan (backup folder)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.office import OfficeInfo
from jdih_desktop.sheets.forms import letterhead_lines
from jdih_desktop.ui.pages.backup_now import BackupNowPanel
from jdih_desktop.ui.pages.settings_base import SettingsTab

LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class OfficeTab(SettingsTab):
    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, actor, parent)
        labels = {
            "name": self.tr("Nama kantor"),
            "short_name": self.tr("Nama singkat"),
            "teu_badan": self.tr("T.E.U. Badan"),
            "regency_code": self.tr("Kode wilayah"),
            "province": self.tr("Provinsi"),
            "city": self.tr("Kota (tempat penetapan)"),
            "address": self.tr("Alamat"),
            "phone": self.tr("Telepon"),
            "email": self.tr("Surel"),
            "website": self.tr("Situs web"),
        }
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in labels.items():
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setObjectName(f"office_{name}")
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["name"].setPlaceholderText(
            self.tr("mis. Komisi Pemilihan Umum Kabupaten …")
        )
        # The office's zone by its Indonesian name, never a tz database id.
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Zona waktu"))
        for zone_id, zone_name in (
            ("Asia/Jakarta", self.tr("WIB — Waktu Indonesia Barat (UTC+7)")),
            ("Asia/Makassar", self.tr("WITA — Waktu Indonesia Tengah (UTC+8)")),
            ("Asia/Jayapura", self.tr("WIT — Waktu Indonesia Timur (UTC+9)")),
        ):
            self.zone.addItem(zone_name, zone_id)
        form.addRow(self.tr("Zona waktu"), self.zone)

        self.logo = QLabel()
        self.logo.setFixedSize(96, 96)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName(self.tr("Logo kop surat"))
        self.heading = QLabel()
        self.heading.setObjectName("letterheadPreview")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(self.tr("Pilih &logo…"))
        self.default_logo_button = QPushButton(self.tr("Logo bawaan"))
        self.save_button = QPushButton(self.tr("&Simpan profil"))
        self.logo_button.clicked.connect(self.ask_logo)
        self.default_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.save_button.clicked.connect(self.save)
        self.lock([*self.fields.values(), self.zone, self.logo_button, self.default_logo_button])
        self.lock([self.save_button])

        letterhead = QHBoxLayout()
        letterhead.addWidget(self.logo)
        letterhead.addWidget(self.heading, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.logo_button)
        buttons.addWidget(self.default_logo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note())
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kop surat:")))
        layout.addLayout(letterhead)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        info = self.context.office.profile()
        for name, edit in self.fields.items():
            edit.setText(str(getattr(info, name)))
        if self.zone.findData(info.timezone) < 0:
            self.zone.addItem(info.timezone, info.timezone)
        self.zone.setCurrentIndex(self.zone.findData(info.timezone))
        self.heading.setText(
            "\n".join(letterhead_lines(info.name))
            if info.is_set
            else self.tr("(nama kantor belum diisi: kop surat belum dapat dicetak)")
        )
        logo = self.context.office.logo_path()
        pixmap = QPixmap()
        if logo is not None:
            pixmap.load(str(logo))
        if pixmap.isNull():
            self.logo.setText(self.tr("(logo bawaan)"))
        else:
            self.logo.setPixmap(
                pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip

    def focus_name(self) -> None:
        """Put the cursor in the office name (Beranda's notice leads here)."""
        self.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        values = {
            f.name: self.zone.currentData() if f.name == "timezone" else self.fields[f.name].text()
            for f in fields(OfficeInfo)
        }
        saved = self.attempt(
            lambda: self.context.office.update_profile(self.actor, OfficeInfo(**values)),
            self.tr("Profil kantor tersimpan."),
        )
        if saved is not None:
            self.load()

    def ask_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path | None) -> None:
        if path is not None and path.suffix.lower() not in LOGO_TYPES:
            self.show_problem(self.tr("Logo harus berupa berkas PNG atau JPEG."))
            return
        data = path.read_bytes() if path is not None else None
        media = LOGO_TYPES.get(path.suffix.lower(), "") if path is not None else ""
        self.attempt(
            lambda: self.context.office.set_logo(self.actor, data, media),
            self.tr("Logo kop surat tersimpan."),
        )
        self.load()


class BackupTab(SettingsTab):
    """Scheduled daily backups: where they go and how many are kept."""

    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, actor, parent)
        backup = context.config.backup
        self.enabled = QCheckBox(self.tr("Buat cadangan harian saat aplikasi dibuka"))
        self.enabled.setChecked(backup.enabled)
        self.folder = QLineEdit(backup.folder)
        self.folder.setPlaceholderText(str(context.settings.backup_dir()))
        self.folder.setAccessibleName(self.tr("Folder cadangan"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(backup.keep)
        self.keep.setAccessibleName(self.tr("Jumlah cadangan yang disimpan"))
        self.browse_button = QPushButton(self.tr("&Pilih…"))
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.browse_button.clicked.connect(self.ask_folder)
        self.save_button.clicked.connect(self.save)
        self.lock([self.enabled, self.folder, self.keep, self.browse_button, self.save_button])
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Simpan"), self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note())
        layout.addWidget(
            QLabel(
                self.tr(
                    "Folder tujuan cadangan harian (sebaiknya disk lain atau folder jaringan). "
                    "Kosong: folder 'backups' di folder data."
                )
            )
        )
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        self.backup_now = BackupNowPanel(context, actor)  # the last backup; "Cadangkan sekarang"
        layout.addWidget(self.backup_now)
        layout.addStretch(1)

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"))
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        path = self.attempt(
            lambda: self.context.settings.set_backup(
                self.actor, self.folder.text(), self.keep.value(), self.enabled.isChecked()
            ),
            self.tr("Pengaturan cadangan tersimpan."),
        )
        if path is not None:
            self.folder.setPlaceholderText(str(path))
            self.backup_now.show_last()  # the new folder's newest backup
