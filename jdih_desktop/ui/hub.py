"""One signal hub per open office: a change anywhere reaches every screen that shows it.

A dialog that records something (a request, a disposition, a stored decree, a proven upload,
a setting) calls :func:`announce`; each screen listens through :func:`follow` and reloads at
once when it is on screen, or the next time it is shown. Screens never reach into the main
window (``getattr(window(), …)``) to make another screen reload.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from jdih_desktop.context import AppContext

#: What changed, so a screen can ignore what it does not show.
REQUESTS = "requests"
ARCHIVE = "archive"
PUBLICATIONS = "publications"
CONTENT = "content"
SETTINGS = "settings"
ALL_TOPICS = frozenset({REQUESTS, ARCHIVE, PUBLICATIONS, CONTENT, SETTINGS})


class ChangeHub(QObject):
    changed = Signal(str)  # the topic
    #: A screen or dialog asks for the scan wizard (the widget asking, a request id or 0).
    wizard_requested = Signal(object, int)
    #: A screen asks the window to show another screen in a given view (screen key, view):
    #: Beranda's counters open Permohonan on the matching list.
    screen_requested = Signal(str, str)


_hubs: dict[int, ChangeHub] = {}


def hub(context: AppContext) -> ChangeHub:
    """The hub of ``context`` (made on first use, dropped with the context)."""
    key = id(context)
    found = _hubs.get(key)
    if found is None:
        found = _hubs[key] = ChangeHub()
        weakref.finalize(context, _hubs.pop, key, None)
    return found


def announce(context: AppContext, *topics: str) -> None:
    """Tell every screen that ``topics`` changed."""
    for topic in topics or tuple(sorted(ALL_TOPICS)):
        hub(context).changed.emit(topic)


def follow(
    context: AppContext, screen: QWidget, topics: frozenset[str], reload: Callable[[], None]
) -> None:
    """Reload ``screen`` when one of ``topics`` changes: now if it is visible, else when next
    shown (the screen calls :func:`reload_if_stale` from its ``showEvent``)."""

    def on_change(topic: str) -> None:
        if topic not in topics:
            return
        if screen.isVisible():
            reload()
        else:
            screen.setProperty("staleData", True)

    hub(context).changed.connect(on_change)
    # Disconnect with the screen: a deleted screen must not be called.
    screen.destroyed.connect(lambda *_: _disconnect(context, on_change))


def _disconnect(context: AppContext, slot: Callable[[str], None]) -> None:
    found = _hubs.get(id(context))
    if found is not None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the app
            found.changed.disconnect(slot)


def take_stale(screen: QWidget) -> bool:
    """True once if a change arrived while ``screen`` was hidden."""
    stale = bool(screen.property("staleData"))
    screen.setProperty("staleData", False)
    return stale
