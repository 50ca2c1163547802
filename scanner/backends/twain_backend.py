"""TWAIN (Windows) through pytwain, run inside the worker process.

TWAIN calls must all happen on the thread that opened the Data Source Manager, and pytwain's
``acquire_natively`` runs the Windows message loop itself, calling back once per page. The
device therefore runs each acquisition on its own thread and hands pages to the worker
through a one-slot queue: the driver is not asked for the next page until the previous one is
safe in the spool, and a driver that hangs (during a page or, famously, after the last one
while closing) blocks only that thread. Pages are reported before the source is closed, and
the client kills a worker that stops making progress.

pytwain is imported only on Windows; ``module_name`` substitutes a module with the same API
(the tests' double, or a diagnostic shim).
"""

from __future__ import annotations

import importlib
import queue
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from PIL import Image

from scanner.backend import ScanControl
from scanner.backends.twain_caps import capabilities, configure
from scanner.errors import ScanError
from scanner.model import WORKER_BITS, BackendStatus, Capabilities, DeviceInfo, RawPage
from scanner.settings import ScanSettings, Source

POLL = 0.2  # seconds; how often a waiting worker re-checks the cancel flag


def error_from(tw: ModuleType, exc: BaseException, page: int = 0) -> ScanError:
    """The ScanError for a pytwain exception.

    A transfer error leaves the source in state 6, so pytwain's cleanup (MSG_DISABLEDS) then
    fails with SequenceError and hides the real cause in ``__context__``: look through the
    chain for the most telling one.
    """
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and cause not in chain:
        chain.append(cause)
        cause = cause.__context__
    for candidate in chain:
        error = _classify(tw, candidate, page)
        if error.code != "driver_error":
            return error
    return _classify(tw, exc, page)


def _classify(tw: ModuleType, exc: BaseException, page: int) -> ScanError:
    if isinstance(exc, ScanError):
        return exc
    ex = tw.exceptions
    table: list[tuple[Any, str]] = [
        (ex.PaperJam, "jammed"),
        (ex.PaperDoubleFeedError, "double_feed"),
        (ex.CheckDeviceOnlineError, "offline"),
        (ex.DSTransferCancelled, "cancelled"),
        (ex.NoDataSourceError, "no_device"),
        (ex.SMLoadFileFailed, "no_device"),
        (ex.MaxConnectionsError, "busy"),
        (ex.DeniedError, "access_denied"),
        (MemoryError, "no_memory"),
    ]
    detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
    for kind, code in table:
        if isinstance(exc, kind):
            return ScanError(code, detail, page=page, device="TWAIN")
    return ScanError("driver_error", detail, page=page)


class TwainBackend:
    name = "twain"

    def __init__(self, module_name: str = "", prefix: str = "twain", dsm_name: str = "") -> None:
        self.module_name = module_name
        self.prefix = prefix
        self.dsm_name = dsm_name

    def module(self) -> ModuleType:
        if self.module_name:
            return importlib.import_module(self.module_name)
        if sys.platform != "win32":
            raise ImportError("TWAIN works only on Windows")
        return importlib.import_module("twain")

    def manager(self, tw: ModuleType, parent: Any = None) -> Any:
        return tw.SourceManager(parent, ProductName="JDIH Desktop", dsm_name=self.dsm_name or None)

    def _dsm_label(self) -> str:
        if self.dsm_name:
            return self.dsm_name
        return "twain_32.dll" if WORKER_BITS == 32 else "twaindsm.dll"

    def status(self) -> BackendStatus:
        try:
            tw = self.module()
            sm = self.manager(tw)
        except ImportError as exc:
            return BackendStatus(self.name, False, str(exc))
        except Exception as exc:
            return BackendStatus(self.name, False, f"TWAIN DSM {self._dsm_label()} failed: {exc}")
        try:
            protocol = 2 if sm.is_twain2() else 1
        finally:
            sm.close()
        return BackendStatus(
            self.name,
            True,
            f"TWAIN DSM {self._dsm_label()}, protocol {protocol}, {WORKER_BITS}-bit worker",
        )

    def list_devices(self) -> list[DeviceInfo]:
        tw = self.module()
        sm = self.manager(tw)
        try:
            names = list(sm.source_list)
            protocol = 2 if sm.is_twain2() else 1
        finally:
            sm.close()
        health = f"TWAIN DSM {self._dsm_label()}, protocol {protocol}, {WORKER_BITS}-bit worker"
        return [
            DeviceInfo(f"{self.prefix}:{name}", self.name, name, "TWAIN source", health)
            for name in names
        ]

    def open(self, device_id: str) -> TwainDevice:
        return TwainDevice(self, device_id)


def _parent_window(tw: ModuleType) -> Any:
    """A hidden window for the driver's messages (Windows drivers want a real parent)."""
    if sys.platform != "win32" or getattr(tw, "IS_TEST_DOUBLE", False):
        return None
    import tkinter

    root = tkinter.Tk()
    root.withdraw()
    return root


class TwainDevice:
    def __init__(self, backend: TwainBackend, product: str) -> None:
        self.backend = backend
        self.product = product
        self.info = DeviceInfo(f"{backend.prefix}:{product}", backend.name, product, "TWAIN source")
        self._stop = threading.Event()

    def capabilities(self) -> Capabilities:
        tw = self.backend.module()
        sm = self.backend.manager(tw)
        try:
            src = sm.open_source(self.product)
            if src is None:
                raise ScanError("no_device", "source selection cancelled", device=self.info.name)
            try:
                return capabilities(tw, src)
            finally:
                src.close()
        except (tw.exceptions.TwainError, MemoryError) as exc:
            raise error_from(tw, exc) from exc
        finally:
            sm.close()

    def cancel(self) -> None:
        self._stop.set()

    def close(self) -> None:
        """The acquisition thread closes the source itself (and may hang doing so)."""

    def pages(self, settings: ScanSettings, control: ScanControl) -> Iterator[RawPage]:
        tw = self.backend.module()
        inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
        taken = threading.Semaphore(0)
        scratch = Path(tempfile.mkdtemp(prefix="jdih-twain-"))
        thread = threading.Thread(
            target=self._acquire,
            args=(tw, settings, control, inbox, taken, scratch),
            name="twain-acquire",
            daemon=True,
        )
        thread.start()
        count = 0
        try:
            while True:
                try:
                    kind, payload = inbox.get(timeout=POLL)
                except queue.Empty:
                    if control.cancelled.is_set() or self._stop.is_set():
                        return  # the driver is busy; the thread is abandoned with the worker
                    if settings.show_driver_ui:
                        control.waiting("driver_ui")  # the operator is in the driver's dialog
                    continue
                if kind == "page":
                    path, dpi = payload
                    with Image.open(path) as img:
                        img.load()
                        image = img.copy()
                    path.unlink(missing_ok=True)
                    count += 1
                    yield RawPage(image, dpi, origin=self.info.name)
                    taken.release()
                elif kind == "started":
                    control.page_started(payload)
                elif kind == "notice":
                    control.notice(payload)
                elif kind == "error":
                    raise error_from(tw, payload, count + 1)
                elif kind == "end":
                    if count == 0 and not control.cancelled.is_set():
                        code = "no_docs" if settings.source is not Source.FLATBED else "cancelled"
                        raise ScanError(code, "the driver delivered no page")
                    return
        finally:
            self._stop.set()
            taken.release()  # wake a transfer waiting for its page to be taken
            shutil.rmtree(scratch, ignore_errors=True)

    def _acquire(
        self,
        tw: ModuleType,
        settings: ScanSettings,
        control: ScanControl,
        inbox: queue.Queue[tuple[str, Any]],
        taken: threading.Semaphore,
        scratch: Path,
    ) -> None:
        """The TWAIN thread: DSM, source, settings, message loop, close; all on this thread."""
        sm = src = None
        dpi = [float(settings.dpi)]
        number = [0]

        def stopping() -> bool:
            return control.cancelled.is_set() or self._stop.is_set()

        def before(info: dict[str, Any]) -> None:
            if stopping():
                raise tw.exceptions.CancelAll
            number[0] += 1
            dpi[0] = float(info.get("XResolution") or settings.dpi)
            inbox.put(("started", number[0]))

        def after(image: Any, more: int) -> None:
            path = scratch / f"page-{number[0]:04d}.bmp"
            image.save(str(path))
            image.close()
            inbox.put(("page", (path, (dpi[0], dpi[0]))))
            taken.acquire()  # back-pressure: next transfer only once this page is spooled
            if stopping():
                raise tw.exceptions.CancelAll

        try:
            sm = self.backend.manager(tw, _parent_window(tw))
            src = sm.open_source(self.product)
            if src is None:
                raise ScanError("cancelled", "source selection cancelled")
            configured = configure(tw, src, settings)
            for notice in configured.notices:
                inbox.put(("notice", notice))
            dpi[0] = configured.dpi
            src.acquire_natively(
                after=after,
                before=before,
                show_ui=settings.show_driver_ui,
                modal=settings.show_driver_ui,
            )
            inbox.put(("end", None))
        except BaseException as exc:
            inbox.put(("error", exc))
        finally:
            # Closing is where many drivers hang; the pages are already handed over.
            for closable in (src, sm):
                try:
                    if closable is not None:
                        closable.close()
                except Exception:
                    pass
