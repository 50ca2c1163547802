"""One signed-in person's time in the window, and the next person's after "Keluar akun".

The office's laptop is shared: the operator signs out and the Kasubag signs in without the app
being closed and started again. A session is one main window for one account; when it ends by
"Keluar akun" the login comes back, and the app ends only when the window is closed (or the
login is cancelled).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QSettings

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.ui.main_window import MainWindow


def run_sessions(
    context: AppContext,
    settings: QSettings,
    actor: Actor,
    sign_in: Callable[[AppContext], Actor | None],
    on_window: Callable[[MainWindow], None] | None = None,
) -> int:
    """Windows for ``actor`` and whoever signs in after each "Keluar akun"; 0 at the end."""
    current: Actor | None = actor
    while current is not None:
        window = MainWindow(context, settings, current)
        loop = QEventLoop()
        window.closed.connect(loop.quit)
        window.show()
        if on_window is not None:
            on_window(window)
        if window.isVisible():  # on_window may have ended the session already
            loop.exec()
        signed_out = window.signed_out
        window.deleteLater()  # its dialogs and screens go with it, not kept for the next person
        if not signed_out:
            return 0
        current = sign_in(context)
    return 0
