"""SANE (Linux) through python-sane, run inside the worker process.

python-sane quirks handled here (see ENVIRONMENT.md):

* every SANE status is one exception type with only a message: map by message text;
* ``multi_scan()`` treats "out of documents" as a normal end even mid-page, so pages are read
  with our own ``start()``/``snap()`` loop: out-of-documents from ``start()`` ends the batch,
  from ``snap()`` it is a fault;
* ``SANE_STATUS_EOF`` surfaces as ``RuntimeError("Scanner returned no data")``;
* depth-1 scans come back as 8-bit gray 0/255 (the spool turns them into bilevel);
* options survive ``close()``/``open()`` within a process: reopening re-initialises SANE;
* a ``cancel()`` from another thread makes ``snap()`` return a truncated page *without* an
  error, so a page read while the cancel flag is set is dropped.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any

from scanner.backend import ScanControl
from scanner.backends.sane_options import SaneOptions, apply, capabilities
from scanner.errors import ScanError
from scanner.messages import Message
from scanner.model import WORKER_BITS, BackendStatus, Capabilities, DeviceInfo, RawPage
from scanner.settings import ScanSettings, Source

STATUS_CODES = {
    "Document feeder jammed": "jammed",
    "Document feeder out of documents": "no_docs",
    "Scanner cover is open": "cover_open",
    "Error during device I/O": "io_error",
    "Device busy": "busy",
    "Operation was canceled": "cancelled",
    "Operation was cancelled": "cancelled",
    "Out of memory": "no_memory",
    "Access to resource has been denied": "access_denied",
    "Invalid argument": "invalid",
}
PROGRESS_INTERVAL = 0.2  # seconds between progress events: enough for a progress bar


def error_from(exc: BaseException, page: int = 0) -> ScanError:
    """The ScanError for a python-sane exception."""
    text = str(exc)
    if isinstance(exc, RuntimeError) and "no data" in text:
        return ScanError("no_data", text, page=page)
    code = STATUS_CODES.get(text, "driver_error")
    return ScanError(code, text, page=page)


class SaneBackend:
    name = "sane"

    def __init__(self) -> None:
        self._version = ""
        self._opened_before = False

    def _sane(self) -> Any:
        import sane

        if not self._version:
            _, major, minor, build = sane.init()
            self._version = f"{major}.{minor}.{build}"
        return sane

    def status(self) -> BackendStatus:
        try:
            sane = self._sane()
        except ImportError:
            return BackendStatus(self.name, False, "python-sane is not installed")
        except Exception as exc:
            return BackendStatus(self.name, False, f"SANE could not start: {exc}")
        return BackendStatus(
            self.name,
            True,
            f"SANE {self._version} via python-sane {sane.__version__}, {WORKER_BITS}-bit worker",
        )

    def list_devices(self) -> list[DeviceInfo]:
        sane = self._sane()
        found = []
        for name, vendor, model, kind in sane.get_devices():
            found.append(
                DeviceInfo(
                    name=f"sane:{name}",
                    backend=self.name,
                    label=f"{vendor} {model}".strip(),
                    kind=kind,
                    health=(
                        f"SANE {self._version}, backend {name.split(':', 1)[0]}, "
                        f"python-sane {sane.__version__}, {WORKER_BITS}-bit worker"
                    ),
                )
            )
        return found

    def open(self, device_id: str) -> SaneDevice:
        sane = self._sane()
        if self._opened_before:
            # The only reset python-sane offers: options otherwise outlive close()/open().
            sane.exit()
            self._version = ""
            sane = self._sane()
        self._opened_before = True
        try:
            dev = sane.open(device_id)
        except Exception as exc:
            error = error_from(exc)
            if error.code in ("invalid", "driver_error", "io_error"):
                raise ScanError("no_device", str(exc), device=f"sane:{device_id}") from exc
            raise error from exc
        info = DeviceInfo(f"sane:{device_id}", self.name, device_id)
        return SaneDevice(info, dev)


class SaneDevice:
    def __init__(self, info: DeviceInfo, dev: Any) -> None:
        self.info = info
        self._dev = dev
        self._options = SaneOptions(dev)

    def capabilities(self) -> Capabilities:
        return capabilities(self._options)

    def cancel(self) -> None:
        # sane_cancel is documented as safe to call asynchronously, even from a signal handler.
        with contextlib.suppress(Exception):
            self._dev.cancel()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._dev.close()

    def pages(self, settings: ScanSettings, control: ScanControl) -> Iterator[RawPage]:
        applied = apply(self._options, settings)
        for notice in applied.notices:
            control.notice(notice)
        feeder = settings.source is not Source.FLATBED
        count = 0
        try:
            while not control.cancelled.is_set():
                index = count + 1
                if not feeder and count == 1:
                    return
                for step in control.steps_before(index):
                    self._options.set(step.name, step.value)
                control.page_started(index)
                if not self._start(index, count, feeder, control):
                    return
                image = self._read(index, control)
                if image is None:
                    return
                count += 1
                # Gray from a device without lineart is thresholded by the spool writer.
                yield RawPage(image, (applied.dpi, applied.dpi), origin=self.info.name)
        finally:
            self.cancel()

    def _start(self, index: int, count: int, feeder: bool, control: ScanControl) -> bool:
        """Start page ``index``; False when the batch has ended normally."""
        try:
            self._dev.start()
        except Exception as exc:
            if control.cancelled.is_set():
                return False
            error = error_from(exc, index)
            if error.code == "no_docs" and feeder and count > 0:
                control.notice(Message("feeder_empty", {"pages": count}))
                return False
            raise error from exc
        return True

    def _read(self, index: int, control: ScanControl) -> Any | None:
        """Read one page, or None if it was cancelled part-way."""
        try:
            _, _, (_, lines), _, bytes_per_line = self._dev.get_parameters()
        except Exception:
            lines, bytes_per_line = 0, 0
        total = max(lines, 0) * bytes_per_line
        last = [0.0]

        def progress(done: int, of: int) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or done >= of:
                last[0] = now
                control.progress(index, done * bytes_per_line, total or of * bytes_per_line)

        try:
            image = self._dev.snap(True, progress=progress)
        except Exception as exc:
            if control.cancelled.is_set():
                return None
            raise error_from(exc, index) from exc
        return None if control.cancelled.is_set() else image
