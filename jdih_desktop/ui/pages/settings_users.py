"""Pengaturan → Pengguna dan peran: add people, change roles, deactivate, reset a password.

Accounts are never deleted (the audit log and SOP timelines name them); a person who leaves is
deactivated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.accounts.service import UserInfo
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.roles import Role
from jdih_desktop.ui.pages.settings_base import SettingsTab


class UsersTab(SettingsTab):
    action = Action.USER_MANAGE

    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, actor, parent)
        self.users: list[UserInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama pengguna"),
                self.tr("Nama lengkap"),
                self.tr("NIP"),
                self.tr("Peran"),
                self.tr("Status"),
            ]
        )
        self.table.setAccessibleName(self.tr("Daftar pengguna"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Nama pengguna baru"))
        self.full_name = QLineEdit()
        self.full_name.setAccessibleName(self.tr("Nama lengkap"))
        self.nip = QLineEdit()
        self.nip.setAccessibleName(self.tr("NIP"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Kata sandi awal"))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QGridLayout()
        for index, role in enumerate(Role):
            box = QCheckBox(role.display_name)
            box.setObjectName(f"role_{role.value}")
            self.role_boxes[role] = box
            roles.addWidget(box, index // 3, index % 3)

        self.add_button = QPushButton(self.tr("&Tambah pengguna"))
        self.roles_button = QPushButton(self.tr("Simpan &peran"))
        self.active_button = QPushButton(self.tr("&Nonaktifkan"))
        self.password_button = QPushButton(self.tr("Atur ulang &kata sandi…"))
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.save_roles)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.ask_reset_password)
        editors = [self.username, self.full_name, self.nip, self.password, self.add_button]
        self.lock([*editors, *self.role_boxes.values()])
        self.lock([self.roles_button, self.active_button, self.password_button])

        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Kata sandi awal"), self.password)
        form.addRow(self.tr("Peran"), roles)
        editor = QGroupBox(self.tr("Pengguna baru, atau peran pengguna terpilih"))
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.roles_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.password_button)
        editor_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note())
        layout.addWidget(self.table, 1)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        self.load()

    def load(self) -> None:
        self.users = self.context.accounts.list_users()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = [
                user.username,
                user.full_name,
                user.nip,
                ", ".join(r.display_name for r in user.roles),
                self.tr("aktif") if user.active else self.tr("nonaktif"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.username)
                self.table.setItem(row, column, item)
        self._selected()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)

    def _selected(self) -> None:
        user = self.selected_user()
        for button in (self.roles_button, self.active_button, self.password_button):
            button.setEnabled(self.can_edit and user is not None)
        if user is None:
            return
        for role, box in self.role_boxes.items():
            box.setChecked(role in user.roles)
        self.active_button.setText(self.tr("&Nonaktifkan") if user.active else self.tr("&Aktifkan"))

    def checked_roles(self) -> list[str]:
        return [role.value for role, box in self.role_boxes.items() if box.isChecked()]

    def add_user(self) -> None:
        username = self.username.text()
        added = self.attempt(
            lambda: self.context.accounts.add_user(
                self.actor,
                username,
                self.full_name.text(),
                self.checked_roles(),
                password=self.password.text() or None,
                nip=self.nip.text(),
            ),
            self.tr("Pengguna {name} ditambahkan.").format(name=username.strip().lower()),
        )
        if added is not None:
            for edit in (self.username, self.full_name, self.nip, self.password):
                edit.clear()
            self.load()
            self.select(added.username)

    def save_roles(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        roles = self.checked_roles()
        if self.attempt(
            lambda: self.context.accounts.set_roles(self.actor, user.username, roles),
            self.tr("Peran {name} tersimpan.").format(name=user.username),
        ):
            self.load()
            self.select(user.username)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        done = (
            self.tr("{name} dinonaktifkan.") if user.active else self.tr("{name} diaktifkan.")
        ).format(name=user.username)
        if self.attempt(
            lambda: self.context.accounts.set_active(self.actor, user.username, not user.active),
            done,
        ):
            self.load()
            self.select(user.username)

    def ask_reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Atur ulang kata sandi"),
            self.tr("Kata sandi baru untuk {name} (minimal 8 karakter):").format(
                name=user.username
            ),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.reset_password(user.username, password)

    def reset_password(self, username: str, password: str) -> None:
        self.attempt(
            lambda: self.context.accounts.reset_password(self.actor, username, password),
            self.tr("Kata sandi {name} diganti.").format(name=username),
        )
