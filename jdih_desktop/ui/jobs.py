"""Long work off the GUI thread: a job with progress, finished, failed and cancel.

A :class:`Job` wraps a plain function ``work(progress, token) -> result``; it runs on Qt's
global thread pool and reports back through queued signals, so slots always run on the GUI
thread. The function reports with ``progress(percent, text)`` and checks ``token`` (the same
:class:`~jdih_desktop.jobs.CancelToken` the document pipeline uses) between pieces of
work. The service layer stays free of Qt; only this wrapper knows about threads.

    job = Job(lambda progress, token: context.printer.receipt(request_id))
    job.finished.connect(show_pdf)
    job.failed.connect(lambda error: show_error(self, error))
    job.start()
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from jdih_desktop.documents.errors import OperationCancelledError
from jdih_desktop.jobs import CancelToken, ProgressFn

log = logging.getLogger(__name__)

WorkFn = Callable[[ProgressFn, CancelToken], Any]
SETTLE_WAIT = 5.0  # s: only the return from one emit() stands between ``done`` and the exit


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self._job
        try:
            job._execute()
        finally:
            # The last touch of the job from this thread: only now may the GUI delete it.
            job._exited.set()


class Job(QObject):
    """One unit of background work. Signals are emitted from the worker thread and delivered
    queued to receivers living on the GUI thread.

    ``cancelled`` fires instead of ``failed`` when the work stopped because of :meth:`cancel`.
    Keep a reference to the job (or give it a parent) until it is done.
    """

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of finished/failed/cancelled, for clean-up

    def __init__(self, work: WorkFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.token = CancelToken()
        self._started = False
        self._exited = threading.Event()
        self._pending = False
        # Connected first, so it runs (queued, on the GUI thread) before anyone else's slot
        # for ``done`` and after every ``finished``/``failed`` slot.
        self.done.connect(self._settle)

    @property
    def running(self) -> bool:
        """True from :meth:`start` until the worker thread has let go of the job entirely.

        Signals are emitted from the worker thread; deleting the job (or its parent) while an
        emit is still returning there is a use-after-free. Owners wait for this to turn False
        before deleting it.
        """
        return self._started and not self._exited.is_set()

    @property
    def busy(self) -> bool:
        """True until the GUI thread has handled the outcome (and the worker let go).

        Wait on this, not :attr:`running`, before reading what the result handlers set.
        """
        return self._pending or self.running

    def _settle(self) -> None:
        # ``done`` is queued from the worker's last emit; the worker may still be returning
        # from it. Wait that instant out, so every later slot of ``done`` sees ``busy`` False
        # (a page asking isComplete() there kept its Next button off for good).
        self._exited.wait(SETTLE_WAIT)
        self._pending = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self._started = True
        self._pending = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def wait(self, timeout: float) -> bool:
        """Block until the worker thread is done with the job; False on timeout."""
        return not self._started or self._exited.wait(timeout)

    def cancel(self) -> None:
        self.token.cancel()

    def _execute(self) -> None:
        try:
            result = self._work(self._report, self.token)
        except OperationCancelledError:
            self._emit(self.cancelled)
        except Exception as error:  # reported to the GUI thread, which decides how to show it
            if self.token.cancelled:
                self._emit(self.cancelled)
            else:
                log.warning("background job failed", exc_info=True)
                self._emit(self.failed, error)
        else:
            if self.token.cancelled:
                self._emit(self.cancelled)
            else:
                self._emit(self.finished, result)
        finally:
            self._emit(self.done)

    def _report(self, percent: int, text: str) -> None:
        self._emit(self.progress, percent, text)

    def _emit(self, signal: Any, *args: Any) -> None:
        """Emit from the worker thread; an owner closed meanwhile (a wizard shut while its
        check ran) has deleted the job with it: nobody is left to tell, so the outcome is
        logged and the work is told to stop instead of raising inside Qt's thread pool."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            self.token.cancel()
            log.debug("job outcome dropped: its owner was closed", exc_info=True)


def run_job(
    parent: QObject,
    work: WorkFn,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    """Start ``work`` in the background with the usual connections.

    The job is parented to ``parent`` and lives as long as it: deleting a job whose worker
    thread has only just signalled corrupted the heap (seen as "malloc_consolidate" aborts in
    the Laporan tests), and a job is a few hundred bytes.
    """
    job = Job(work, parent)
    job.finished.connect(on_finished)
    job.failed.connect(on_failed)
    job.start()
    return job
