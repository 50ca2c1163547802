"""Registering a request (SOP step 1): pengusul, unit, nota dinas, sifat, and the files handed
in (salinan SK, nota dinas). Scanning them arrives with the scan wizard; until then a file
already scanned or received by e-mail is attached."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.ui import hub
from jdih_desktop.ui.common import sifat_labels
from jdih_desktop.ui.printing_actions import print_receipt
from jdih_desktop.workflow.requests import SIFAT, RequestView


class _FilePicker(QWidget):
    """A read-only path with a "Pilih berkas…" button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(name)
        self.path.setPlaceholderText(self.tr("(tidak ada berkas)"))
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.setAccessibleName(self.tr("Pilih berkas {name}").format(name=name))
        choose.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(choose)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas"),
            str(Path.home()),
            self.tr("Dokumen (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Semua berkas (*)"),
        )
        if path:
            self.path.setText(path)

    def chosen(self) -> Path | None:
        return Path(self.path.text()) if self.path.text() else None


class RequestFormDialog(QDialog):
    """The intake form; ``registered`` holds the new request after a successful save."""

    def __init__(self, context: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.registered: RequestView | None = None
        self.setWindowTitle(self.tr("Permohonan baru"))
        self.setMinimumWidth(560)

        self.pengusul = QLineEdit()
        self.pengusul.setAccessibleName(self.tr("Nama pengusul"))
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit kerja pengusul"))
        self.nota_nomor = QLineEdit()
        self.nota_nomor.setAccessibleName(self.tr("Nomor nota dinas"))
        self._tz = ZoneInfo(context.office.profile().timezone)
        local = context.now().astimezone(self._tz)
        self.nota_tanggal = QDateEdit(QDate(local.year, local.month, local.day))
        self.nota_tanggal.setCalendarPopup(True)
        self.nota_tanggal.setDisplayFormat("dd/MM/yyyy")
        self.nota_tanggal.setAccessibleName(self.tr("Tanggal nota dinas"))
        self.hal = QLineEdit()
        self.hal.setAccessibleName(self.tr("Hal"))
        self.hal.setPlaceholderText(self.tr("mis. Salinan SK Nomor 19 Tahun 2026 tentang …"))
        self.sifat = QComboBox()
        self.sifat.setAccessibleName(self.tr("Sifat"))
        labels = sifat_labels()
        for value in SIFAT:
            self.sifat.addItem(labels[value], value)
        self.sifat.setCurrentIndex(self.sifat.findData("biasa"))
        # Office wall-clock time, whatever the PC's own zone: the clerk reads the office clock.
        self.received = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.received.setAccessibleName(self.tr("Waktu permohonan diterima"))
        self.salinan = _FilePicker(self.tr("Salinan SK"))
        self.nota_file = _FilePicker(self.tr("Nota dinas"))
        self.print_receipt = QCheckBox(self.tr("Cetak tanda terima setelah disimpan"))
        self.print_receipt.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #a4161a;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Pengusul:"), self.pengusul)
        form.addRow(self.tr("&Unit kerja:"), self.unit)
        form.addRow(self.tr("Nomor &nota dinas:"), self.nota_nomor)
        form.addRow(self.tr("&Tanggal nota dinas:"), self.nota_tanggal)
        form.addRow(self.tr("&Hal:"), self.hal)
        form.addRow(self.tr("S&ifat:"), self.sifat)
        form.addRow(self.tr("&Diterima:"), self.received)
        form.addRow(self.tr("Berkas salinan SK:"), self.salinan)
        form.addRow(self.tr("Berkas nota dinas:"), self.nota_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.print_receipt)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.pengusul.setFocus()

    def submit(self) -> None:
        entered = self.received.dateTime()
        day, clock = entered.date(), entered.time()
        received = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._tz
        )
        picked = self.nota_tanggal.date()
        nota_day = (
            date(picked.year(), picked.month(), picked.day())
            if self.nota_nomor.text().strip()
            else None
        )
        try:
            view = self._context.requests.register(
                self._actor,
                pengusul_name=self.pengusul.text(),
                unit=self.unit.text(),
                hal=self.hal.text(),
                nota_dinas_nomor=self.nota_nomor.text(),
                nota_dinas_tanggal=nota_day,
                sifat=str(self.sifat.currentData()),
                received_at=min(received, self._context.now()),
            )
            for kind, picker in (("salinan_sk", self.salinan), ("nota_dinas", self.nota_file)):
                path = picker.chosen()
                if path is not None:
                    self._context.attachments.attach(self._actor, view.id, kind, path)
        except JdihError as error:
            self.error.setText(str(error))
            return
        self.registered = view
        hub.announce(self._context, hub.REQUESTS)
        parent = self.parentWidget()
        if self.print_receipt.isChecked() and parent is not None:
            print_receipt(parent, self._context, view.id)
        self.accept()
