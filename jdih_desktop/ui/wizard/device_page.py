"""Wizard page 1: which profile and which scanner (with its health line), or a file to import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWizardPage,
)

from jdih_desktop.scanning.profiles import DeviceListing, ScanProfile
from jdih_desktop.ui.common import show_error
from jdih_desktop.ui.jobs import Job, run_job

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.scan_wizard import ScanWizard


class DevicePage(QWizardPage):
    def __init__(self, wizard: ScanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._labels: dict[str, str] = {}  # device id → its human name, from the listing
        self.setTitle(self.tr("Profil dan pemindai"))
        self.setSubTitle(
            self.tr("Pilih profil pindai sesuai jenis dokumen dan pemindai yang dipakai.")
        )
        scanning = wizard.context.settings.scanning()
        self.profiles: list[ScanProfile] = list(scanning.profiles)
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(self.tr("Profil pindai"))
        for profile in self.profiles:
            self.profile_box.addItem(profile.name)
        default = scanning.default_profile
        if default in [p.name for p in self.profiles]:
            self.profile_box.setCurrentText(default)
        self.device_box = QComboBox()
        self.device_box.setAccessibleName(self.tr("Pemindai"))
        self.device_box.currentIndexChanged.connect(self._show_health)
        self.refresh_button = QPushButton(self.tr("Cari ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = QPushButton(self.tr("Impor berkas…"))
        self.import_button.setToolTip(self.tr("Gambar (JPEG, PNG, TIFF) atau PDF hasil pindai"))
        self.import_button.clicked.connect(self._choose_file)
        self.health = QLabel()
        self.health.setWordWrap(True)
        self.health.setObjectName("deviceHealth")
        self.backends = QLabel()
        self.backends.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.device_box, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.import_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Profil:"), self.profile_box)
        form.addRow(self.tr("Pemindai:"), row)
        form.addRow("", self.health)
        form.addRow("", self.backends)
        self._listing: DeviceListing | None = None
        self.job: Job | None = None
        self.device_box.currentTextChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        draft = self._wizard.draft
        if draft.profile:
            self.profile_box.setCurrentText(draft.profile)
        if self.device_box.count() == 0:
            self.refresh()

    def isComplete(self) -> bool:
        return bool(self.device_box.currentText().strip())

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.health.setText(self.tr("Mencari pemindai…"))
        scanning = self._wizard.context.scanning
        self.job = run_job(
            self,
            lambda _progress, _token: scanning.devices(),
            self._listed,
            self._list_failed,
        )

    def _listed(self, listing: DeviceListing) -> None:
        self._listing = listing
        self.refresh_button.setEnabled(True)
        wanted = self._wizard.draft.device or self._profile().device
        wanted = wanted or self._wizard.context.settings.scanning().default_device
        self.device_box.clear()
        self._labels = {device.name: device.label or device.name for device in listing.devices}
        for device in listing.devices:
            # The backend's health line is a technician's diagnosis in English: the operator
            # reads what the device is, the line stays in the tooltip.
            self.device_box.addItem(
                device.name,
                (
                    self.tr("{label} siap dipakai.").format(label=device.label or device.name),
                    device.health,
                ),
            )
        if wanted and self.device_box.findText(wanted) < 0:
            self.device_box.addItem(wanted, "")
        if wanted:
            self.device_box.setCurrentText(wanted)
        self.backends.setText(
            "\n".join(
                f"{b.name}: {self.tr('siap') if b.available else self.tr('tidak tersedia')}"
                for b in listing.backends
            )
        )
        self.backends.setToolTip("\n".join(f"{b.name}: {b.health}" for b in listing.backends))
        self._show_health()
        if not listing.devices:
            self.health.setText(
                self.tr("Tidak ada pemindai ditemukan. Periksa kabel dan daya, lalu Cari ulang.")
            )

    def _list_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.health.setText(str(error))
        show_error(self, error)

    def _show_health(self) -> None:
        data = self.device_box.currentData()
        if isinstance(data, tuple):
            summary, diagnosis = data
            self.health.setText(summary)
            self.health.setToolTip(diagnosis)
        elif data:
            self.health.setText(str(data))

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Impor berkas hasil pindai"),
            "",
            self.tr("Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> None:
        device = f"folder:{path}"
        self.device_box.addItem(device, self.tr("Impor berkas {name}").format(name=path.name))
        self.device_box.setCurrentText(device)

    def _profile(self) -> ScanProfile:
        return self.profiles[max(0, self.profile_box.currentIndex())]

    def device_label(self) -> str:
        """The selected device as the operator knows it ("Noname frontend-tester"), not its
        id ("sane:test:0"); an imported file by its name."""
        device = self.device_box.currentText()
        if device.startswith("folder:"):
            return self.tr("berkas {name}").format(name=Path(device[len("folder:") :]).name)
        return self._labels.get(device, device)

    def selected(self) -> tuple[str, ScanProfile]:
        return self.device_box.currentText(), self._profile()

    def validatePage(self) -> bool:
        draft = self._wizard.draft
        draft.device, profile = self.selected()
        draft.profile = profile.name
        self._wizard.save_draft("scan")
        return True
