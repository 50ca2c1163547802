"""Files and hot folders: import scans an office copier drops into a folder.

A device is a folder, named ``folder:/path`` (or one file, ``folder:/path/scan.pdf``, which is
imported and left in place). Scanning it imports the image and PDF files in
it, oldest first, taking each file only once it has stopped growing (size and modification
time unchanged for ``settle_seconds``): a copier writing over the network can take a while.
Imported files move to ``.imported/`` in the folder so each is taken once.

A copier may pause mid-write for longer than the settle time (seen: a JPEG cut short with
"image file is truncated", a 4-page PDF read as 3 pages). So a settled file is also checked
for its end (JPEG EOI, PNG IEND, PDF ``%%EOF`` and a PDF that opens without repair, TIFF
frames that decode) and stays waiting until complete; one that stays incomplete and unchanged
for ``incomplete_seconds`` (default 300) is refused by name. Every imported file's SHA-256
goes into ``.imported/ledger.tsv`` before it is moved, so a file that could not be moved (a
share that locks it) or is dropped again is set aside, not delivered a second time.

Device options (``ScanSettings.device_options``): ``watch`` (keep waiting for new files until
cancelled), ``idle_seconds`` (with watch: stop after this long without a new file),
``settle_seconds`` (default 2), ``poll_seconds`` (default 0.2), ``keep_originals``,
``incomplete_seconds`` (default 300).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scanner.backend import ScanControl
from scanner.backends.file_import import is_complete, is_importable, read_pages
from scanner.errors import ScanError
from scanner.messages import Message
from scanner.model import BackendStatus, Capabilities, DeviceInfo, RawPage
from scanner.settings import MAX_DPI, MIN_DPI, ColorMode, ScanSettings, Source

IMPORTED = ".imported"
LEDGER = "ledger.tsv"


@dataclass
class _Seen:
    signature: tuple[int, int]
    since: float


class Settler:
    """Decides when a file has stopped growing; the clock is injectable for tests."""

    def __init__(self, settle_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.settle_seconds = settle_seconds
        self._clock = clock
        self._seen: dict[Path, _Seen] = {}

    def observe(self, path: Path, size: int, mtime_ns: int) -> bool:
        """Record the file's current state; True once it has been unchanged long enough."""
        now = self._clock()
        signature = (size, mtime_ns)
        seen = self._seen.get(path)
        if seen is None or seen.signature != signature:
            self._seen[path] = _Seen(signature, now)
            return size > 0 and self.settle_seconds <= 0
        return size > 0 and now - seen.since >= self.settle_seconds

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)


class Ledger:
    """SHA-256 of every file this folder delivered, one per line (``sha256<TAB>name``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def digests(self) -> set[str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return set()
        return {line.split("\t", 1)[0] for line in text.splitlines() if line}

    def add(self, digest: str, name: str) -> None:
        self.path.parent.mkdir(exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(f"{digest}\t{name}\n")
            out.flush()
            os.fsync(out.fileno())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _option(settings: ScanSettings, name: str, default: float) -> float:
    value = settings.device_options.get(name, default)
    return float(value) if not isinstance(value, str) else float(value or default)


class FolderBackend:
    name = "folder"

    def __init__(self, folders: tuple[Path, ...] = ()) -> None:
        self.folders = folders

    def status(self) -> BackendStatus:
        return BackendStatus(self.name, True, "image files (JPEG, PNG, TIFF) and PDFs in a folder")

    def list_devices(self) -> list[DeviceInfo]:
        devices = []
        for folder in self.folders:
            if folder.is_dir():
                waiting = sum(1 for f in folder.iterdir() if f.is_file() and is_importable(f))
                writable = "writable" if os.access(folder, os.W_OK) else "READ-ONLY"
                health = f"folder {folder}: {writable}, {waiting} file(s) waiting"
            else:
                health = f"folder {folder}: MISSING"
            devices.append(DeviceInfo(f"folder:{folder}", self.name, folder.name, "folder", health))
        return devices

    def open(self, device_id: str) -> FolderDevice:
        path = Path(device_id)
        if not path.exists():
            raise ScanError("no_device", f"{path} does not exist", device=f"folder:{path}")
        return FolderDevice(DeviceInfo(f"folder:{path}", self.name, path.name, "folder"))


class FolderDevice:
    def __init__(self, info: DeviceInfo, clock: Callable[[], float] = time.monotonic) -> None:
        self.info = info
        path = Path(info.name.partition(":")[2])
        # A single file is imported as is and left where it is.
        self.only = path if path.is_file() else None
        self.folder = path.parent if self.only else path
        self._clock = clock

    def capabilities(self) -> Capabilities:
        return Capabilities(
            sources=(Source.FLATBED, Source.ADF),
            modes=tuple(ColorMode),
            native_bw=False,
            dpi_min=MIN_DPI,
            dpi_max=MAX_DPI,
        )

    def cancel(self) -> None:
        """Nothing to interrupt: the polling loop checks the cancel flag."""

    def close(self) -> None:
        """No resources held between pages."""

    def _candidates(self, taken: set[Path]) -> list[Path]:
        if self.only is not None:
            return [] if self.only in taken else [self.only]
        files = []
        for entry in os.scandir(self.folder):
            path = Path(entry.path)
            if entry.is_file() and is_importable(path) and path not in taken:
                files.append((entry.stat().st_mtime_ns, path.name, path))
        return [path for _, _, path in sorted(files)]

    def pages(self, settings: ScanSettings, control: ScanControl) -> Iterator[RawPage]:
        watch = bool(settings.device_options.get("watch", False))
        idle = _option(settings, "idle_seconds", 0.0)
        poll = _option(settings, "poll_seconds", 0.2)
        settle = 0.0 if self.only is not None else _option(settings, "settle_seconds", 2.0)
        settler = Settler(settle, self._clock)
        give_up = _option(settings, "incomplete_seconds", 300.0)
        incomplete: dict[tuple[Path, int], float] = {}
        ledger = Ledger(self.folder / IMPORTED / LEDGER)
        digest = ""
        taken: set[Path] = set()
        reported: dict[Path, int] = {}
        imported = 0
        idle_since = self._clock()
        while not control.cancelled.is_set():
            candidates = self._candidates(taken)
            ready = None
            for path in candidates:
                stat = path.stat()
                if settler.observe(path, stat.st_size, stat.st_mtime_ns):
                    ready = path
                    break
                if reported.get(path) != stat.st_size:
                    reported[path] = stat.st_size
                    control.notice(
                        Message("waiting_file", {"file": path.name, "bytes": stat.st_size})
                    )
            if ready is not None and self.only is None and not is_complete(ready):
                # Settled but cut short: the copier paused. Wait for the rest, within reason.
                stat = ready.stat()
                if (ready, stat.st_size) not in incomplete:
                    control.notice(
                        Message("file_incomplete", {"file": ready.name, "bytes": stat.st_size})
                    )
                since = incomplete.setdefault((ready, stat.st_size), self._clock())
                if self._clock() - since >= give_up:
                    raise ScanError("unsupported_file", "incomplete file", file=ready.name)
                settler.forget(ready)
                ready = None
            if ready is not None and self.only is None:
                digest = _sha256(ready)
                if digest in ledger.digests():
                    taken.add(ready)
                    self._set_aside(ready, settings)
                    control.notice(Message("file_already_imported", {"file": ready.name}))
                    continue
            if ready is not None:
                count = 0
                for raw in read_pages(ready, float(settings.dpi)):
                    control.page_started(imported + count + 1)
                    count += 1
                    yield raw
                imported += count
                taken.add(ready)
                settler.forget(ready)
                if self.only is None:
                    ledger.add(digest, ready.name)
                self._set_aside(ready, settings)
                control.notice(Message("file_imported", {"file": ready.name, "pages": count}))
                idle_since = self._clock()
                continue
            if not candidates and not watch:
                if imported == 0:
                    raise ScanError("folder_empty", str(self.folder), folder=str(self.folder))
                return
            if watch and idle > 0 and self._clock() - idle_since >= idle:
                return
            control.waiting("files")
            control.cancelled.wait(poll)

    def _set_aside(self, path: Path, settings: ScanSettings) -> None:
        if self.only is not None or settings.device_options.get("keep_originals", False):
            return
        target_dir = self.folder / IMPORTED
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        n = 1
        while target.exists():
            n += 1
            target = target_dir / f"{path.stem}-{n}{path.suffix}"
        # If the copier's share still locks it, it stays: it is in `taken` for this session.
        with contextlib.suppress(OSError):
            os.replace(path, target)
