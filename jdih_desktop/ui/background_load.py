"""A screen's first read of its data, off the GUI thread, so the window is usable at once.

The main window builds its start screen before it is shown; reading the archive, the board
or the outbox there would hold the first paint (and every key press) until the database and
the libraries behind it answered. A screen built for the window therefore shows "Memuat…"
and reads through a :class:`~jdih_desktop.ui.jobs.Job`; what it read is shown only if nothing
newer was read meanwhile: a change announced while the first read is under way is read again
on the GUI thread at once (:meth:`BackgroundLoad.supersede`), and the older answer is dropped,
so a screen never shows stale data.

Only the first read goes to the background: after it, the libraries are imported and the
queries warm, and a reload is quick enough to stay where it was (on show, after a change).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.jobs import Job


class BackgroundLoad(QObject):
    """Runs a read (Qt-free, thread-safe service calls) in the background and hands the
    result to ``apply`` on the GUI thread unless a newer read superseded it."""

    def __init__(
        self,
        parent: QObject,
        apply: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self._failed = failed
        self._job: Job | None = None  # the read whose answer will be shown
        self._jobs: list[Job] = []  # every read started, until its thread let go

    @property
    def pending(self) -> bool:
        """True while a background read may still be shown (wait on this in tests)."""
        return self._job is not None

    @property
    def settled(self) -> bool:
        """True once every read started has been handled (shown or dropped) on the GUI thread."""
        return not any(job.busy for job in self._jobs)

    def start(self, fetch: Callable[[], Any]) -> None:
        """Run ``fetch`` in the background; a read already under way is dropped for it."""
        self._jobs = [job for job in self._jobs if job.running]
        # Bound slots of this object, not lambdas: Qt drops them if the screen is gone.
        job = Job(lambda _progress, _token: fetch(), self)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed_read)
        self._job = job
        self._jobs.append(job)
        job.start()

    def supersede(self) -> None:
        """The caller reads on the GUI thread now: whatever the background brings is older."""
        self._job = None

    def wait(self, timeout: float) -> bool:
        """Block until no read's thread still holds its job (before the screen is deleted:
        a job deleted while its thread signals corrupts the heap, see ui/jobs.py)."""
        return all(job.wait(timeout) for job in self._jobs)

    def _finished(self, result: object) -> None:
        if self._take(self.sender()):
            self._apply(result)

    def _failed_read(self, error: BaseException) -> None:
        if self._take(self.sender()):
            self._failed(error)

    def _take(self, job: QObject | None) -> bool:
        if job is None or job is not self._job:
            return False  # superseded: a newer read is (or will be) on screen
        self._job = None
        return True
