"""Pengaturan → Situs JDIH: which publisher, its address and user names, its passwords.

Passwords go to the OS keyring through the settings service and are never shown again: the
field only says whether one is stored. "Tes koneksi" reaches the site and logs in off the GUI
thread, so a slow or unreachable site never freezes the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
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
from jdih_desktop.publishing.factory import KINDS, SecretSpec
from jdih_desktop.publishing.targets import EXPORT_FOLDER
from jdih_desktop.ui.jobs import Job, run_job
from jdih_desktop.ui.pages.settings_base import SettingsTab

INTEGER_KEYS = frozenset({"max_upload_bytes", "default_jenis_id"})


class SiteTab(SettingsTab):
    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, actor, parent)
        self.kind_names = {
            "export": self.tr("Paket ekspor (unggah manual)"),
            "ildis": self.tr("ILDIS (formulir admin)"),
            "api": self.tr("API HTTP"),
            "webdav": self.tr("Situs statis lewat WebDAV"),
        }
        self.key_labels = {
            "target_dir": self.tr("Folder tujuan ekspor"),
            "site_base_url": self.tr("Alamat situs JDIH"),
            "base_url": self.tr("Alamat situs"),
            "username": self.tr("Nama pengguna"),
            "verifier_username": self.tr("Nama pengguna verifikator"),
            "backend_url": self.tr("Alamat backend (opsional)"),
            "max_upload_bytes": self.tr("Batas unggah (bita)"),
            "default_jenis_id": self.tr("ID jenis ILDIS bawaan"),
            "dav_url": self.tr("Alamat WebDAV"),
            "auth": self.tr("Autentikasi (basic/digest)"),
        }
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Jenis penerbit"))
        for key in KINDS:
            self.kind.addItem(self.kind_names.get(key, key), key)
        self.options: dict[str, QLineEdit] = {}
        self.secrets: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        self.secret_form = QFormLayout()
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.test_button = QPushButton(self.tr("&Tes koneksi"))
        self.test_button.setToolTip(self.tr("Hubungi situs dan masuk tanpa mengubah apa pun"))
        self.test_result = QLabel()
        self.test_result.setObjectName("connectionResult")
        self.test_result.setWordWrap(True)
        self._job: Job | None = None
        self.kind.currentIndexChanged.connect(lambda _i: self._build_fields({}))
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.lock([self.kind, self.save_button])

        options_box = QGroupBox(self.tr("Koneksi"))
        options_layout = QVBoxLayout(options_box)
        options_layout.addWidget(self.kind)
        options_layout.addLayout(self.form)
        secrets_box = QGroupBox(self.tr("Kata sandi (disimpan di keyring sistem, bukan di berkas)"))
        secrets_box.setLayout(self.secret_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note())
        layout.addWidget(options_box)
        layout.addWidget(secrets_box)
        layout.addLayout(buttons)
        layout.addWidget(self.test_result)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        profile = self.context.settings.publishing_profile()
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.get("kind", "export"))))
        self.kind.blockSignals(False)
        self._build_fields(profile)

    def _build_fields(self, values: dict[str, Any]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.options = {}
        for key in sorted(KINDS[self.current_kind()]):
            edit = QLineEdit(str(values.get(key, "")))
            edit.setPlaceholderText(self._defaults().get(key, ""))
            edit.setObjectName(f"site_{key}")
            edit.setAccessibleName(self.key_labels.get(key, key))
            edit.setEnabled(self.can_edit)
            edit.editingFinished.connect(self._build_secrets)
            self.options[key] = edit
            self.form.addRow(self.key_labels.get(key, key), edit)
        self._build_secrets()

    def _build_secrets(self) -> None:
        while self.secret_form.rowCount():
            self.secret_form.removeRow(0)
        self.secrets = {}
        try:
            specs: list[SecretSpec] = self.context.settings.secrets_needed(self.profile())
        except JdihError:
            specs = []  # incomplete form: the secrets are asked for once it names a login
        for spec in specs:
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(str(spec.label))
            edit.setEnabled(self.can_edit)
            if self._stored(spec.account):
                edit.setPlaceholderText(self.tr("tersimpan; kosongkan untuk tetap memakai"))
            self.secrets[spec.account] = edit
            self.secret_form.addRow(str(spec.label), edit)
        if not specs:
            self.secret_form.addRow(QLabel(self.tr("Tidak ada kata sandi yang diperlukan.")))

    def _stored(self, account: str) -> bool:
        try:
            return self.context.settings.credentials.has_secret(account)
        except JdihError:
            return False  # no usable keyring: saving will say so

    def _defaults(self) -> dict[str, str]:
        """What an empty field means (the embedded export default of a fresh install)."""
        if self.current_kind() != "export":
            return {}
        return {
            "target_dir": str(self.context.paths.data_dir / EXPORT_FOLDER),
            "site_base_url": self.context.office.profile().website,
        }

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def profile(self) -> dict[str, Any]:
        profile: dict[str, Any] = {"kind": self.current_kind()}
        for key, edit in self.options.items():
            text = edit.text().strip() or edit.placeholderText().strip()
            if text:
                profile[key] = int(text) if key in INTEGER_KEYS and text.isdigit() else text
        return profile

    def save(self) -> None:
        secrets = {account: edit.text() for account, edit in self.secrets.items()}
        self.attempt(
            lambda: self.context.settings.save_publishing(self.actor, self.profile(), secrets),
            self.tr("Pengaturan situs JDIH tersimpan."),
        )
        self._build_secrets()

    def test_connection(self) -> None:
        """Check the form's settings (with the passwords already in the keyring)."""
        # The button is the state: it comes back with the result. The job itself stays busy a
        # moment longer (until its clean-up ran), and a click then must not be dropped.
        if not self.test_button.isEnabled():
            return
        profile = self.profile()
        settings = self.context.settings
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Menghubungi situs…"))

        def finished(_result: Any) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setStyleSheet("color: #2d6a31;")
            self.test_result.setText(self.tr("Koneksi berhasil."))

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setStyleSheet("color: #a4161a;")
            detail = str(error) if isinstance(error, JdihError) else type(error).__name__
            self.test_result.setText(self.tr("Koneksi gagal: {detail}").format(detail=detail))

        self._job = run_job(
            self, lambda _p, _t: settings.test_connection(profile), finished, failed
        )
