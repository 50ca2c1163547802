"""Which widget fills each screen of the main window.

Each screen's module adds one entry here; a screen without one shows its placeholder. Keeping the
mapping in one place lets the screens grow independently without touching the window itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor

# (context, the signed-in user or None before login) -> the screen's widget
PageFactory = Callable[[AppContext, Actor | None], QWidget]

PAGE_FACTORIES: dict[str, PageFactory] = {}
