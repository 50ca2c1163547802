"""What the client reports while a scan runs, and how the scan ended.

The app shows these (page n, bytes, device messages) and finally gets a :class:`ScanResult`
whose ``pages`` are read back from the spool folder, so they are exactly what is on disk even
when the worker died or was killed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scanner.errors import ScanError
from scanner.messages import Message
from scanner.spool import SpooledPage, SpoolSession


@dataclass(frozen=True)
class SessionStarted:
    """The session folder exists; ``worker_pid`` is the process a stuck driver lives in."""

    session_id: str
    path: Path
    worker_pid: int


@dataclass(frozen=True)
class PageStarted:
    page: int


@dataclass(frozen=True)
class Progress:
    """Bytes of page ``page`` read so far (``total`` 0 when the device does not know)."""

    page: int
    bytes: int
    total: int


@dataclass(frozen=True)
class PageSpooled:
    page: SpooledPage


@dataclass(frozen=True)
class DeviceMessage:
    message: Message


@dataclass
class ScanResult:
    """How a scan session ended.

    ``state`` is "complete", "cancelled" (by the operator; pages are kept), "failed" (a device
    fault; ``error`` says which, pages so far are kept) or "interrupted" (the worker died or
    was killed; ``error`` is ``disconnected`` or ``timeout``). ``session`` is the spool folder
    holding ``pages``, None when no page was kept.
    """

    state: str
    pages: list[SpooledPage] = field(default_factory=list)
    session: SpoolSession | None = None
    error: ScanError | None = None
    messages: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.state == "complete"

    def raise_for_error(self) -> None:
        if self.error is not None:
            raise self.error


@dataclass(frozen=True)
class Finished:
    result: ScanResult


ScanEvent = SessionStarted | PageStarted | Progress | PageSpooled | DeviceMessage | Finished
