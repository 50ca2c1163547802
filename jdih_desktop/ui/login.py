"""Signing in with a local account, and the first-run setup of an empty data folder.

``sign_in(context, parent)`` is what the composition root calls: the setup dialog when no
account exists yet (office basics and the first administrator), otherwise the login dialog;
it returns the signed-in :class:`Actor`, or None when the user gave up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.accounts.service import UserInfo
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.first_run import OfficeBasics, complete_first_run, needs_first_run
from jdih_desktop.ui.jobs import Job, run_job


def _line(name: str, echo_password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    if echo_password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """User name and password; a wrong pair gets one vague message (no user enumeration)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.user: UserInfo | None = None
        office = context.office.profile()
        self.setWindowTitle(self.tr("Masuk — JDIH Desktop"))
        heading = QLabel(office.name if office.is_set else "JDIH Desktop")
        heading.setObjectName("pageTitle")
        self.username = _line(self.tr("Nama pengguna"))
        self.password = _line(self.tr("Kata sandi"), echo_password=True)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setStyleSheet("color: #a4161a;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Masuk"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("Lupa kata sandi? Administrator dapat menggantinya di Pengaturan → Pengguna.")
        )
        hint.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        try:
            self.user = self._context.accounts.authenticate(
                self.username.text(), self.password.text()
            )
        except JdihError as error:
            self.error.setText(str(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstRunDialog(QDialog):
    """The short setup of a new office: its name and the first administrator's account."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.user: UserInfo | None = None
        office = context.office.profile()
        self.setWindowTitle(self.tr("Penyiapan awal — JDIH Desktop"))
        heading = QLabel(self.tr("Selamat datang di JDIH Desktop"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Folder data ini masih kosong. Isi profil kantor dan buat akun Administrator "
                "pertama; pengguna lain ditambahkan kemudian di Pengaturan."
            )
        )
        intro.setWordWrap(True)
        self.office_name = _line(self.tr("Nama kantor"))
        self.office_name.setText(office.name)
        self.short_name = _line(self.tr("Nama singkat"))
        self.short_name.setText(office.short_name)
        self.city = _line(self.tr("Kota"))
        self.city.setText(office.city)
        self.province = _line(self.tr("Provinsi"))
        self.province.setText(office.province)
        self.regency_code = _line(self.tr("Kode wilayah"))
        self.regency_code.setText(office.regency_code)
        self.username = _line(self.tr("Nama pengguna Administrator"))
        self.username.setText("admin")
        self.full_name = _line(self.tr("Nama lengkap Administrator"))
        self.password = _line(self.tr("Kata sandi"), echo_password=True)
        self.password_again = _line(self.tr("Ulangi kata sandi"), echo_password=True)
        self.demo = QCheckBox(self.tr("Tambahkan data contoh (pengguna tiap peran dan permohonan)"))
        self.demo.setAccessibleName(self.tr("Tambahkan data contoh"))
        self.scanner_line = QLabel(self.tr("Pemindai: belum diperiksa (boleh dilewati)."))
        self.scanner_line.setObjectName("scannerLine")
        self.scanner_line.setWordWrap(True)
        self.detect_button = QPushButton(self.tr("&Periksa pemindai"))
        self.detect_button.setAccessibleName(self.tr("Periksa pemindai yang terpasang"))
        self.detect_button.clicked.connect(self.detect_scanners)
        self._detect_job: Job | None = None
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setStyleSheet("color: #a4161a;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Nama &kantor:"), self.office_name)
        form.addRow(self.tr("Nama &singkat:"), self.short_name)
        form.addRow(self.tr("Kot&a:"), self.city)
        form.addRow(self.tr("&Provinsi:"), self.province)
        form.addRow(self.tr("Kode &wilayah:"), self.regency_code)
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("Kata san&di:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.password_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan dan masuk"))
        buttons.accepted.connect(self.try_setup)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        scanner_row = QHBoxLayout()
        scanner_row.addWidget(self.scanner_line, 1)
        scanner_row.addWidget(self.detect_button)
        layout.addLayout(scanner_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def detect_scanners(self) -> Job:
        """List the scanners through the scanner worker, off the GUI thread (it may take a
        few seconds while SANE or TWAIN probe the ports)."""
        self.detect_button.setEnabled(False)
        self.scanner_line.setText(self.tr("Pemindai: memeriksa…"))
        scanning = self._context.scanning
        self._detect_job = run_job(
            self,
            lambda _progress, _token: scanning.devices(),
            self._show_scanners,
            self._scanner_failed,
        )
        return self._detect_job

    def _show_scanners(self, listing: Any) -> None:
        self.detect_button.setEnabled(True)
        devices = list(getattr(listing, "devices", []))
        if devices:
            names = "; ".join(f"{d.label or d.name} ({d.health or d.backend})" for d in devices)
            self.scanner_line.setText(
                self.tr("Pemindai ditemukan ({n}): {names}").format(n=len(devices), names=names)
            )
        else:
            self.scanner_line.setText(
                self.tr("Tidak ada pemindai terdeteksi; dapat diatur nanti di Pengaturan.")
            )

    def _scanner_failed(self, error: BaseException) -> None:
        self.detect_button.setEnabled(True)
        self.scanner_line.setText(
            self.tr("Pemindai tidak dapat diperiksa: {error}").format(error=error)
        )

    def try_setup(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        office = OfficeBasics(
            name=self.office_name.text(),
            short_name=self.short_name.text(),
            city=self.city.text(),
            province=self.province.text(),
            regency_code=self.regency_code.text(),
        )
        try:
            self.user = complete_first_run(
                self._context,
                office,
                username=self.username.text(),
                full_name=self.full_name.text(),
                password=self.password.text(),
            )
        except JdihError as error:
            self.error.setText(str(error))
            return
        if self.demo.isChecked():
            # The office exists now whatever happens here: a demo problem (say, the
            # administrator took a demo user's name) is reported, never blocks the start.
            from jdih_desktop.demo import seed_demo_requests, seed_demo_users

            try:
                seed_demo_users(self._context)
                seed_demo_requests(self._context)
            except JdihError as error:
                QMessageBox.warning(self, self.tr("Data contoh"), str(error))
        self.accept()


def sign_in(context: AppContext, parent: QWidget | None = None) -> Actor | None:
    """First-run setup or login, as the data folder needs; None when cancelled."""
    dialog: FirstRunDialog | LoginDialog = (
        FirstRunDialog(context, parent)
        if needs_first_run(context)
        else LoginDialog(context, parent)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        return None
    return dialog.user.as_actor()
