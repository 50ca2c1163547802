"""The outbox in the background: a stoppable thread, used by the GUI and ``jdih outbox run``.

At start it takes back rows a crashed run left ``uploading`` (so an upload cut by a power
cut resumes after the restart), then works through whatever is due, and sleeps until the
next retry is due, a new row is queued (:meth:`OutboxRunner.wake`) or it is stopped. No Qt
here: the GUI passes ``on_outcome`` and marshals it to its own thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from jdih_desktop.publishing.outbox import Outbox, Outcome

log = logging.getLogger(__name__)
IDLE_SECONDS = 60.0
MIN_WAIT = 0.05
ERROR_WAIT = 10.0


class OutboxRunner:
    def __init__(
        self,
        outbox: Outbox,
        *,
        idle_seconds: float = IDLE_SECONDS,
        on_outcome: Callable[[Outcome], None] | None = None,
        on_idle: Callable[[], None] | None = None,
    ) -> None:
        self.outbox = outbox
        self._idle = idle_seconds
        self._on_outcome = on_outcome
        self._on_idle = on_idle
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._unsubscribe = self.outbox.on_enqueue(self.wake)
        self._thread = threading.Thread(target=self.run, name="jdih-outbox", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Ask the loop to end after the current attempt (an upload is never cut off)."""
        self._stop.set()
        self._wake.set()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        self._wake.set()

    def run(self) -> None:
        """The loop itself (in the caller's thread for ``jdih outbox run``)."""
        if self._unsubscribe is None:
            self._unsubscribe = self.outbox.on_enqueue(self.wake)
        try:
            self.outbox.recover()
        except Exception:  # the database may be down at start: keep trying below
            log.exception("outbox: recovery at start failed")
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.outbox.recover()
                for outcome in self.outbox.run_until_idle(stop=self._stop.is_set):
                    if self._on_outcome is not None:
                        self._on_outcome(outcome)
                delay = self._delay()
            except Exception:  # never let one bad row or a lost database end the loop
                log.exception("outbox: a pass failed; trying again shortly")
                delay = min(self._idle, ERROR_WAIT)
            if self._on_idle is not None:
                self._on_idle()
            self._wake.wait(delay)

    def _delay(self) -> float:
        due = self.outbox.next_due_at()
        if due is None:
            return self._idle
        seconds = (due - self.outbox.now()).total_seconds()
        return min(max(seconds, MIN_WAIT), self._idle)
