"""The one interface every scanning technology implements (SANE, TWAIN, files/hot folder).

A backend lists devices and opens one; a device reports its capabilities and yields pages one
at a time, so the worker can put each page safely on disk before the next one is read and
never holds a batch in memory. ``cancel`` may be called from another thread while ``pages``
is running: that is how the worker stops a driver that is busy inside a blocking call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from scanner.messages import Message
from scanner.model import BackendStatus, Capabilities, DeviceInfo, OptionStep, RawPage
from scanner.settings import ScanSettings


def _ignore_progress(page: int, done: int, total: int) -> None:
    """Default progress sink."""


def _ignore(_: object) -> None:
    """Default sink for notices and page starts."""


@dataclass
class ScanControl:
    """What a device needs from the worker while scanning: cancel flag and event sinks.

    ``waiting(reason)`` tells the client that a pause is legitimate (a hot folder with no new
    file, an operator in the driver's dialog), so its no-progress watchdog leaves it alone.
    """

    cancelled: threading.Event = field(default_factory=threading.Event)
    progress: Callable[[int, int, int], None] = _ignore_progress
    notice: Callable[[Message], None] = _ignore
    page_started: Callable[[int], None] = _ignore
    waiting: Callable[[str], None] = _ignore
    option_steps: Sequence[OptionStep] = ()

    def steps_before(self, page: int) -> list[OptionStep]:
        return [step for step in self.option_steps if step.before_page == page]


class Device(Protocol):
    info: DeviceInfo

    def capabilities(self) -> Capabilities: ...

    def pages(self, settings: ScanSettings, control: ScanControl) -> Iterator[RawPage]:
        """Yield each page as soon as it is complete; raise ScanError on a device fault.

        Stops when the feeder is empty, after one flatbed page, or when ``control.cancelled``
        is set (a page interrupted by a cancel is dropped, never yielded half-read).
        """
        ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...


class Backend(Protocol):
    name: str

    def status(self) -> BackendStatus: ...

    def list_devices(self) -> list[DeviceInfo]: ...

    def open(self, device_id: str) -> Device:
        """Open a device by its id without the backend prefix (e.g. "test:0")."""
        ...
