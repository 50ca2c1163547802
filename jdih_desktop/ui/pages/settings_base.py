"""What every Pengaturan tab shares: who may edit, and one inline line for the outcome.

Controls are disabled for anyone but an Administrator; that is a courtesy, the services refuse
on their own. Outcomes (saved, or the service's refusal) show in a line under the tab rather
than in a modal box, so the form stays as typed and a mistake can be corrected in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from jdih_desktop.accounts.permissions import may
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.permissions import Action
from jdih_desktop.ui import hub

T = TypeVar("T")

# Before login there is no user; the services refuse this actor like any non-administrator.
NOBODY = Actor(user_id=None, username="-", roles=frozenset())


class SettingsTab(QWidget):
    action = Action.SETTINGS_EDIT

    def __init__(
        self, context: AppContext, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor or NOBODY
        self.can_edit = may(actor, self.action)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Pesan pengaturan"))

    def lock(self, widgets: Iterable[QWidget]) -> None:
        """Enable ``widgets`` only for those who may edit."""
        for widget in widgets:
            widget.setEnabled(self.can_edit)

    def attempt(self, action: Callable[[], T], done_text: str) -> T | None:
        """Run a service call; show ``done_text`` or the service's own refusal."""
        try:
            result = action()
        except JdihError as error:
            self.show_problem(str(error))
            return None
        self.message.setStyleSheet("color: #2d6a31;")
        self.message.setText(done_text)
        hub.announce(self.context, hub.SETTINGS)
        return result

    def read_only_note(self) -> QLabel:
        """Said at the top of a tab for users who may only look."""
        note = QLabel(
            self.tr("Hanya Administrator yang dapat mengubah ini; Anda dapat melihatnya saja.")
        )
        note.setObjectName("readOnlyNote")
        note.setWordWrap(True)
        note.setVisible(not self.can_edit)
        return note

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #a4161a;")
        self.message.setText(text)
