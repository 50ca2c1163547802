"""The app's only door to scanning: :class:`ScanClient`.

Each call starts a fresh worker process (so a driver's leftovers never leak into the next
session, and a crashed or killed driver costs nothing but that session), talks to it over the
protocol and watches it: a worker that goes silent (no heartbeat for ``Timeouts.response``)
or a scan that makes no progress for ``Timeouts.page`` is killed, as is a worker that does not
stop within ``Timeouts.cancel`` after a cancel. Pages already spooled survive all of this and
come back in the result (read from disk) or, after an app crash, from :meth:`recover`.

No Qt here: ``scan`` blocks and calls ``on_event`` on the calling thread, so a Qt job simply
runs it in a worker thread and turns events into signals; ``events`` is the same as a
generator. A ``threading.Event`` cancels.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scanner import protocol
from scanner.errors import ScanError
from scanner.events import (
    DeviceMessage,
    Finished,
    PageSpooled,
    PageStarted,
    Progress,
    ScanEvent,
    ScanResult,
    SessionStarted,
)
from scanner.launch import default_twain32_command, default_worker_command
from scanner.messages import Message
from scanner.model import BackendStatus, Capabilities, DeviceInfo, OptionStep
from scanner.process import EOF, WorkerProcess, worker_env
from scanner.settings import ScanSettings
from scanner.spool import SpooledPage, SpoolSession, mark_state, recover

POLL = 0.05  # seconds; how often the driving thread re-checks cancel and the clocks
TWAIN32_PREFIX = "twain32"


@dataclass(frozen=True)
class Timeouts:
    """Seconds. ``page`` bounds the time without any progress while scanning."""

    startup: float = 30.0
    response: float = 15.0
    page: float = 180.0
    cancel: float = 10.0
    shutdown: float = 5.0
    command: float = 60.0
    heartbeat: float = 1.0


@dataclass(frozen=True)
class DeviceListing:
    devices: list[DeviceInfo]
    backends: list[BackendStatus]


class ScanClient:
    """Starts workers and drives them.

    ``worker_command`` replaces the default, ``[python, -m, scanner.worker]`` from source or the
    bundled ``jdih-scanner-worker`` in a frozen app (:mod:`scanner.launch`). ``twain32_command``
    is an optional 32-bit worker for 32-bit-only TWAIN drivers (a frozen Windows bundle finds
    ``jdih-scanner-worker32.exe`` beside itself); its devices are listed as ``twain32:…`` and
    scanned through it. ``env`` adds environment variables for the workers (e.g.
    ``SANE_CONFIG_DIR``).
    """

    def __init__(
        self,
        worker_command: Sequence[str] | None = None,
        *,
        twain32_command: Sequence[str] | None = None,
        env: dict[str, str] | None = None,
        timeouts: Timeouts | None = None,
    ) -> None:
        self.worker_command = list(worker_command or default_worker_command())
        twain32 = twain32_command or default_twain32_command()
        self.twain32_command = list(twain32) if twain32 else None
        self.env = dict(env or {})
        self.timeouts = timeouts or Timeouts()

    # --- process plumbing ---------------------------------------------------------------------

    def _command_for(self, device: str) -> list[str]:
        beat = ["--heartbeat", str(self.timeouts.heartbeat)]
        if device.startswith(f"{TWAIN32_PREFIX}:") and self.twain32_command:
            return [
                *self.twain32_command,
                *beat,
                "--backends",
                "twain",
                "--twain-prefix",
                TWAIN32_PREFIX,
            ]
        return [*self.worker_command, *beat]

    def _start(self, command: list[str]) -> WorkerProcess:
        proc = WorkerProcess(command, worker_env(self.env))
        proc.start()
        hello = proc.next(self.timeouts.startup)
        if hello is None or hello.get("type") != protocol.EV_HELLO:
            detail = proc.stderr_tail() or f"no hello within {self.timeouts.startup} s"
            proc.kill()
            raise ScanError("worker_failed", detail)
        major = (hello.get("protocol") or [None])[0]
        if major != protocol.PROTOCOL_VERSION:
            proc.kill()
            raise ScanError("protocol", f"worker {major}, app {protocol.PROTOCOL_VERSION}")
        return proc

    def _ask(self, command: list[str], request: dict[str, Any], answer: str) -> dict[str, Any]:
        """One command, one answer, then the worker exits."""
        proc = self._start(command)
        try:
            if not proc.send(request):
                raise ScanError("disconnected", proc.stderr_tail())
            deadline = time.monotonic() + self.timeouts.command
            while time.monotonic() < deadline:
                event = proc.next(POLL * 4)
                if event is None or event["type"] == protocol.EV_HEARTBEAT:
                    continue
                if event["type"] == answer:
                    return event
                if event["type"] == protocol.EV_FAILED:
                    raise ScanError.from_dict(event["error"])
                if event["type"] == EOF:
                    raise ScanError("disconnected", proc.stderr_tail())
            raise ScanError("timeout", request["cmd"], seconds=round(self.timeouts.command))
        finally:
            if proc.alive():
                proc.shutdown(self.timeouts.shutdown)

    # --- public API ---------------------------------------------------------------------------

    def list_devices(self, folders: Sequence[Path] = ()) -> DeviceListing:
        """Every device of every backend, with each backend's health line."""
        request = {"cmd": protocol.CMD_LIST_DEVICES, "folders": [str(f) for f in folders]}
        answer = self._ask(self._command_for(""), request, protocol.EV_DEVICES)
        devices = [DeviceInfo.from_dict(d) for d in answer["devices"]]
        backends = [BackendStatus.from_dict(b) for b in answer["backends"]]
        if self.twain32_command:
            try:
                extra = self._ask(
                    self._command_for(f"{TWAIN32_PREFIX}:"), request, protocol.EV_DEVICES
                )
                devices += [DeviceInfo.from_dict(d) for d in extra["devices"]]
                backends += [
                    BackendStatus(TWAIN32_PREFIX, b["available"], b["health"])
                    for b in extra["backends"]
                ]
            except ScanError as exc:
                backends.append(BackendStatus(TWAIN32_PREFIX, False, exc.text("en")))
        return DeviceListing(devices, backends)

    def capabilities(self, device: str) -> Capabilities:
        request = {"cmd": protocol.CMD_CAPABILITIES, "device": device}
        answer = self._ask(self._command_for(device), request, protocol.EV_CAPABILITIES)
        return Capabilities.from_dict(answer["capabilities"])

    def scan(
        self,
        device: str,
        settings: ScanSettings,
        spool_dir: Path,
        *,
        on_event: Callable[[ScanEvent], None] | None = None,
        cancel: threading.Event | None = None,
        option_steps: Sequence[OptionStep] = (),
    ) -> ScanResult:
        """Scan into a new session folder under ``spool_dir``; never raises for scan faults.

        The result carries the pages on disk whatever happened; ``result.error`` says what
        went wrong. Call ``result.session.discard()`` once the pages are stored elsewhere.
        """
        stream = self.events(device, settings, spool_dir, cancel=cancel, option_steps=option_steps)
        with contextlib.closing(stream):  # a failing on_event must not leave a worker behind
            for event in stream:
                if on_event is not None:
                    on_event(event)
                if isinstance(event, Finished):
                    return event.result
        raise AssertionError("events() always ends with Finished")

    def events(
        self,
        device: str,
        settings: ScanSettings,
        spool_dir: Path,
        *,
        cancel: threading.Event | None = None,
        option_steps: Sequence[OptionStep] = (),
    ) -> Generator[ScanEvent, None, None]:
        """The scan as a stream of events, the last one :class:`Finished`.

        Closing the generator early (``close()``, or dropping it) kills the worker.
        """
        try:
            proc = self._start(self._command_for(device))
        except ScanError as exc:
            yield Finished(ScanResult("failed", error=exc))
            return
        run = _Run(proc, self.timeouts, cancel)
        request = {
            "cmd": protocol.CMD_SCAN,
            "device": device,
            "settings": settings.to_dict(),
            "spool_dir": str(Path(spool_dir).resolve()),
            "option_steps": [s.to_dict() for s in option_steps],
        }
        try:
            if not proc.send(request):
                run.end("interrupted", ScanError("disconnected", proc.stderr_tail()))
            while run.state is None:
                event = run.step()
                if event is not None:
                    yield event
        finally:
            if run.state is None:  # the caller stopped listening: stop the scan for good
                run.kill("interrupted", None)
                if run.session_path is not None:
                    mark_state(run.session_path, "interrupted")
        yield Finished(run.result())

    @staticmethod
    def recover(spool_dir: Path, wait: float = 0.0) -> list[SpoolSession]:
        """Sessions left in the spool (crash, kill, or not yet taken), oldest first.

        ``wait``: seconds to let a worker orphaned by a crashed app finish and unlock its
        session (see :data:`scanner.worker.ORPHAN_GRACE`); 0 skips locked sessions at once.
        """
        return recover(Path(spool_dir), wait)


class _Run:
    """The state of one scan being driven: clocks, cancel, what the worker reported."""

    def __init__(
        self, proc: WorkerProcess, timeouts: Timeouts, cancel: threading.Event | None
    ) -> None:
        self.proc = proc
        self.timeouts = timeouts
        self.cancel = cancel
        self.state: str | None = None
        self.error: ScanError | None = None
        self.session_path: Path | None = None
        self.pages: list[SpooledPage] = []
        self.messages: list[Message] = []
        self.killed = False
        now = time.monotonic()
        self.heard = now  # last message of any kind
        self.moved = now  # last sign of progress
        self.cancel_sent: float | None = None

    def end(self, state: str, error: ScanError | None) -> None:
        self.state, self.error = state, error

    def kill(self, state: str, error: ScanError | None) -> None:
        self.proc.kill()
        self.killed = True
        self.end(state, error)

    def step(self) -> ScanEvent | None:
        if self.cancel is not None and self.cancel.is_set() and self.cancel_sent is None:
            self.cancel_sent = time.monotonic()
            self.proc.send({"cmd": protocol.CMD_CANCEL})
        msg = self.proc.next(POLL)
        now = time.monotonic()
        if msg is None:
            self._check_clocks(now)
            return None
        self.heard = now
        kind = msg["type"]
        if kind == protocol.EV_HEARTBEAT:
            self._check_clocks(now)
            return None
        self.moved = now
        return self._handle(kind, msg)

    def _check_clocks(self, now: float) -> None:
        t = self.timeouts
        if self.cancel_sent is not None and now - self.cancel_sent > t.cancel:
            self.kill("cancelled", None)
        elif now - self.heard > t.response:
            self.proc.log_stacks(f"silent for {t.response:g} s")
            self.kill(
                "interrupted", ScanError("timeout", "worker silent", seconds=round(t.response))
            )
        elif now - self.moved > t.page:
            self.proc.log_stacks(f"made no scan progress for {t.page:g} s")
            self.kill(
                "interrupted", ScanError("timeout", "no scan progress", seconds=round(t.page))
            )

    def _handle(self, kind: str, msg: dict[str, Any]) -> ScanEvent | None:
        if kind == protocol.EV_SESSION:
            self.session_path = Path(msg["path"])
            return SessionStarted(str(msg["session_id"]), self.session_path, self.proc.pid)
        if kind == protocol.EV_PAGE_STARTED:
            return PageStarted(int(msg["page"]))
        if kind == protocol.EV_PROGRESS:
            return Progress(int(msg["page"]), int(msg["bytes"]), int(msg["total"]))
        if kind == protocol.EV_PAGE:
            page = SpooledPage.from_dict(msg["page"])
            self.pages.append(page)
            return PageSpooled(page)
        if kind == protocol.EV_MESSAGE:
            message = Message.from_dict(msg["message"])
            self.messages.append(message)
            return DeviceMessage(message)
        if kind == protocol.EV_WAITING:
            return None  # a legitimate pause: it only resets the no-progress clock
        if kind == protocol.EV_DONE:
            error = ScanError.from_dict(msg["error"]) if msg.get("error") else None
            self.end(str(msg["state"]), error)
            if not self.proc.shutdown(self.timeouts.shutdown):
                self.messages.append(Message("close_hung"))
            return None
        if kind == protocol.EV_FAILED:
            self.kill("failed", ScanError.from_dict(msg["error"]))
            return None
        if kind == EOF:
            self.kill("interrupted", ScanError("disconnected", self.proc.stderr_tail()))
        return None

    def result(self) -> ScanResult:
        assert self.state is not None
        session = None
        pages = self.pages
        if self.session_path is not None and self.session_path.is_dir():
            if self.killed:
                mark_state(self.session_path, self.state, self.error)
            session = SpoolSession.load(self.session_path)
            pages = session.pages  # what is on disk is what counts
            if not pages:
                session.discard()  # nothing to keep or recover
                session = None
        if self.error is not None and self.error.code in ("timeout", "disconnected") and pages:
            self.messages.append(Message("pages_kept", {"pages": len(pages)}))
        return ScanResult(self.state, pages, session, self.error, self.messages)
