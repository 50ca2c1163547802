"""The start-of-day backup, run beside the window, with Beranda told the moment it ends.

The backup can take minutes on a large archive (or hang on a slow USB disk), so it runs on a
plain daemon thread, never the GUI thread, and never holds up closing the app: a backup cut
short is swept by the next one. What it found is recorded by the trust service; when it ends,
the hub is told (on the GUI thread, through a queued signal), so a failed backup shows on
Beranda at once instead of at its next reload.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal

from jdih_desktop.context import AppContext
from jdih_desktop.ui import hub


class _Ended(QObject):
    """Lives on the GUI thread: a signal emitted from the backup thread is queued to it."""

    ended = Signal()


def start_daily_backup(context: AppContext, parent: QObject) -> threading.Thread:
    """Today's backup, if the backup folder has none yet; Beranda reloads when it ends."""
    bridge = _Ended(parent)
    bridge.ended.connect(lambda: hub.announce(context, hub.SETTINGS))

    def run() -> None:
        try:
            context.trust.run_due_backup_logged()
        finally:
            # The window (and the bridge) may have gone first: then nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                bridge.ended.emit()

    thread = threading.Thread(target=run, name="daily-backup", daemon=True)
    thread.start()
    return thread


__all__ = ["start_daily_backup"]
