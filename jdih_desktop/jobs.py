"""Progress reporting and cancellation for long document work, without Qt.

The GUI wraps these calls in its job objects (progress/finished/failed signals); the CLI calls
them directly. A :class:`CancelToken` is checked between pages, so cancelling never leaves a
half-written file: the writers only rename their temporary file into place at the very end.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from jdih_desktop.documents.errors import OperationCancelledError

#: ``progress(percent, text)``: percent 0–100, text a short Indonesian status line.
ProgressFn = Callable[[int, str], None]


def no_progress(percent: int, text: str) -> None:
    """The default progress sink: discard."""


class CancelToken:
    """A flag one thread sets and the worker polls; thread-safe and reusable across calls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; True as soon as cancellation is requested."""
        return self._event.wait(timeout)

    @property
    def event(self) -> threading.Event:
        """The underlying event, for APIs that take one (the scanner client's ``cancel``)."""
        return self._event

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise OperationCancelledError()


def percent(done: int, total: int) -> int:
    """Whole percent of ``done`` out of ``total`` (0 when there is nothing to do)."""
    return 0 if total <= 0 else min(100, done * 100 // total)
