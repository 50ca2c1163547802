"""One scan session inside the worker: device → spool → events, in that order.

A page event is sent only after the page is durable in the spool, and the final ``done``
event (and manifest state) is written *before* the device is closed, because closing is where
TWAIN drivers like to hang: by then every page is safe and the client knows how it ended.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from scanner import protocol
from scanner.backend import Device, ScanControl
from scanner.backends import Backends
from scanner.errors import ScanError
from scanner.messages import Message
from scanner.model import OptionStep
from scanner.settings import ScanSettings, SettingsError
from scanner.spool import SpoolWriter

Emit = Callable[..., None]
WAITING_INTERVAL = 0.5  # seconds between "waiting" events: keeps the client's watchdog calm


class CancelToken:
    """Set by the command reader thread; also interrupts the device that is scanning."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.parent_gone = False
        self._device: Device | None = None
        self._lock = threading.Lock()

    def attach(self, device: Device | None) -> None:
        with self._lock:
            self._device = device
        if device is not None and self.event.is_set():
            device.cancel()

    def cancel(self) -> None:
        self.event.set()
        with self._lock:
            device = self._device
        if device is not None:
            device.cancel()

    def reset(self) -> None:
        self.event.clear()


def _parse(request: Mapping[str, Any]) -> tuple[str, ScanSettings, Path, list[OptionStep]]:
    try:
        device = str(request["device"])
        settings = ScanSettings.from_dict(request.get("settings") or {})
        spool_dir = Path(str(request["spool_dir"]))
        steps = [OptionStep.from_dict(s) for s in request.get("option_steps") or ()]
    except (KeyError, TypeError, ValueError, SettingsError) as exc:
        raise ScanError("invalid", f"bad scan request: {exc}") from exc
    return device, settings, spool_dir, steps


def run_scan(
    request: Mapping[str, Any], backends: Backends, emit: Emit, token: CancelToken
) -> None:
    """Run one ``scan`` command to its ``done`` event; never raises."""
    try:
        device_name, settings, spool_dir, steps = _parse(request)
        writer = SpoolWriter.create(
            spool_dir, device_name, settings.to_dict(), str(request.get("session_id") or "")
        )
    except ScanError as exc:
        emit(protocol.EV_DONE, state="failed", pages=0, session_id="", error=exc.to_dict())
        return
    emit(protocol.EV_SESSION, session_id=writer.session_id, path=str(writer.path))
    session = _Session(writer, settings, emit, token)
    device: Device | None = None
    error: ScanError | None = None
    try:
        backend, device_id = backends.resolve(device_name)
        device = backend.open(device_id)
        token.attach(device)
        session.spool_pages(device, _control(emit, token, steps))
    except ScanError as exc:
        error = exc
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        error = ScanError("driver_error", f"{type(exc).__name__}: {exc}")
    session.finish(error)
    token.attach(None)
    if device is not None:
        device.close()  # last: this is where drivers hang, and everything is reported by now


def _control(emit: Emit, token: CancelToken, steps: list[OptionStep]) -> ScanControl:
    """The device's sinks, each turned into a protocol event."""
    last_wait = [0.0]

    def waiting(reason: str) -> None:
        now = time.monotonic()
        if now - last_wait[0] >= WAITING_INTERVAL:
            last_wait[0] = now
            emit(protocol.EV_WAITING, reason=reason)

    return ScanControl(
        cancelled=token.event,
        progress=lambda page, done, total: emit(
            protocol.EV_PROGRESS, page=page, bytes=done, total=total
        ),
        notice=lambda message: emit(protocol.EV_MESSAGE, message=message.to_dict()),
        page_started=lambda page: emit(protocol.EV_PAGE_STARTED, page=page),
        waiting=waiting,
        option_steps=steps,
    )


class _Session:
    def __init__(
        self, writer: SpoolWriter, settings: ScanSettings, emit: Emit, token: CancelToken
    ) -> None:
        self.writer = writer
        self.settings = settings
        self.emit = emit
        self.token = token

    def spool_pages(self, device: Device, control: ScanControl) -> None:
        """Each page to disk, then to the client; stop at the page limit."""
        pages = device.pages(self.settings, control)
        try:
            for raw in pages:
                # A yielded page is complete (backends drop cancelled ones): keep it.
                page = self.writer.add_page(raw, self.settings.mode, self.settings.threshold)
                self.emit(protocol.EV_PAGE, page=page.to_dict())
                limit = self.settings.pages
                if limit is not None and len(self.writer.pages) >= limit:
                    break
        finally:
            close = getattr(pages, "close", None)  # generators: run the backend's cleanup
            if close is not None:
                close()

    def finish(self, error: ScanError | None) -> None:
        """Record how the session ended in the manifest, then tell the client."""
        state = _final_state(error, self.token)
        if error is not None and error.code == "cancelled" and self.token.event.is_set():
            error = None  # the operator's own cancel is not a failure
        count = len(self.writer.pages)
        if error is not None and count:
            kept = Message("pages_kept", {"pages": count})
            self.emit(protocol.EV_MESSAGE, message=kept.to_dict())
        self.writer.finish(state, error)
        self.writer.close()
        self.emit(
            protocol.EV_DONE,
            state=state,
            pages=count,
            session_id=self.writer.session_id,
            error=error.to_dict() if error else None,
        )


def _final_state(error: ScanError | None, token: CancelToken) -> str:
    if token.parent_gone:
        return "interrupted"
    if error is None:
        return "cancelled" if token.event.is_set() else "complete"
    return "cancelled" if error.code == "cancelled" else "failed"
