"""The spool: every scanned page safe on disk before anyone is told about it.

One folder per scan session under the spool folder, holding the page files and a small
``manifest.json``. A page is written to a temporary name, fsynced, renamed into place and the
folder fsynced; only then is the manifest rewritten (same way) and the client notified. So
after a crash of the app, the worker or the machine, each ``page-NNNN.*`` file is complete,
and recovery also picks up a page whose manifest entry was never written. A session stays in
the spool until the app, having stored the pages elsewhere, calls :meth:`SpoolSession.discard`.

While a worker writes a session it holds ``.lock`` (released by the OS if the worker dies),
so :func:`recover` never offers a session that is still being scanned.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image

from scanner.errors import ScanError
from scanner.imaging import encode_page
from scanner.model import RawPage
from scanner.settings import ColorMode

MANIFEST = "manifest.json"
LOCK = ".lock"
FORMAT = "jdih-scan-spool"
VERSION = 1
PAGE_RE = re.compile(r"^page-(\d{4,})\.(tif|png|jpg)$")
FORMAT_BY_SUFFIX = {"tif": "tiff-g4", "png": "png", "jpg": "jpeg"}
# States a session ends in; "scanning" left behind means the worker died mid-scan.
FINAL_STATES = frozenset({"complete", "cancelled", "failed", "interrupted"})


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_session_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)


def fsync_dir(path: Path) -> None:
    """Make a rename durable; Windows has no directory handles and needs nothing here."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class SessionLock:
    """A non-blocking exclusive lock on a file, dropped by the OS when the holder dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: BinaryIO | None = None

    def acquire(self) -> bool:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the handle drops flock/msvcrt locks
            self._fh = None


def is_locked(session_dir: Path) -> bool:
    lock = SessionLock(session_dir / LOCK)
    if lock.acquire():
        lock.release()
        return False
    return True


@dataclass(frozen=True)
class SpooledPage:
    """A page file in the spool, as the document pipeline needs it."""

    index: int
    path: Path
    format: str
    mode: ColorMode
    width: int
    height: int
    dpi: tuple[float, float]
    bytes: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "file": self.path.name,
            "path": str(self.path),
            "format": self.format,
            "mode": self.mode.value,
            "width": self.width,
            "height": self.height,
            "dpi": list(self.dpi),
            "bytes": self.bytes,
            "sha256": self.sha256,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], folder: Path | None = None) -> SpooledPage:
        path = folder / str(data["file"]) if folder is not None else Path(str(data["path"]))
        dpi = data["dpi"]
        return cls(
            index=int(data["index"]),
            path=path,
            format=str(data["format"]),
            mode=ColorMode(data["mode"]),
            width=int(data["width"]),
            height=int(data["height"]),
            dpi=(float(dpi[0]), float(dpi[1])),
            bytes=int(data["bytes"]),
            sha256=str(data["sha256"]),
        )

    @classmethod
    def from_file(cls, path: Path, index: int) -> SpooledPage:
        """Describe a page found on disk without a manifest entry (written just before a crash)."""
        with Image.open(path) as img:
            mode = {"1": ColorMode.BW, "L": ColorMode.GRAY}.get(img.mode, ColorMode.COLOR)
            raw_dpi = img.info.get("dpi", (0, 0))
            width, height = img.size
        return cls(
            index=index,
            path=path,
            format=FORMAT_BY_SUFFIX[path.suffix.lstrip(".")],
            mode=mode,
            width=width,
            height=height,
            dpi=(round(float(raw_dpi[0]), 1), round(float(raw_dpi[1]), 1)),
            bytes=path.stat().st_size,
            sha256=_sha256(path),
        )


@dataclass
class SpoolSession:
    """A session folder as found on disk: what the app offers back after a crash."""

    session_id: str
    path: Path
    device: str
    settings: dict[str, Any]
    state: str
    created_at: str
    pages: list[SpooledPage] = field(default_factory=list)
    error: dict[str, Any] | None = None

    @property
    def interrupted(self) -> bool:
        """True when the scan did not end normally (worker or app died, or it was killed)."""
        return self.state in ("scanning", "interrupted")

    def discard(self) -> None:
        """Delete the session once its pages are stored elsewhere."""
        shutil.rmtree(self.path, ignore_errors=True)

    @classmethod
    def load(cls, path: Path) -> SpoolSession:
        manifest: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            manifest = json.loads((path / MANIFEST).read_text("utf-8"))
        pages: dict[int, SpooledPage] = {}
        for entry in manifest.get("pages", []):
            page = SpooledPage.from_dict(entry, path)
            if page.path.exists():
                pages[page.index] = page
        for file in sorted(path.iterdir()):
            match = PAGE_RE.match(file.name)
            if match and int(match.group(1)) not in pages:
                with contextlib.suppress(OSError, ValueError):
                    pages[int(match.group(1))] = SpooledPage.from_file(file, int(match.group(1)))
        return cls(
            session_id=str(manifest.get("session_id", path.name)),
            path=path,
            device=str(manifest.get("device", "")),
            settings=dict(manifest.get("settings", {})),
            state=str(manifest.get("state", "scanning")),
            created_at=str(manifest.get("created_at", "")),
            pages=[pages[i] for i in sorted(pages)],
            error=manifest.get("error"),
        )


class SpoolWriter:
    """The worker's side of one session: adds pages durably and keeps the manifest current."""

    def __init__(self, path: Path, manifest: dict[str, Any], lock: SessionLock) -> None:
        self.path = path
        self._manifest = manifest
        self._lock = lock
        self.pages: list[SpooledPage] = []

    @classmethod
    def create(
        cls, spool_dir: Path, device: str, settings: Mapping[str, Any], session_id: str = ""
    ) -> SpoolWriter:
        session_id = session_id or new_session_id()
        path = spool_dir / session_id
        try:
            path.mkdir(parents=True, exist_ok=False)
        except OSError as exc:
            raise ScanError("spool_error", f"{path}: {exc}") from exc
        lock = SessionLock(path / LOCK)
        if not lock.acquire():
            raise ScanError("spool_error", f"{path} is locked by another process")
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "session_id": session_id,
            "device": device,
            "settings": dict(settings),
            "created_at": _now(),
            "updated_at": _now(),
            "state": "scanning",
            "error": None,
            "worker_pid": os.getpid(),
            "pages": [],
        }
        writer = cls(path, manifest, lock)
        writer._write_manifest()
        return writer

    @property
    def session_id(self) -> str:
        return str(self._manifest["session_id"])

    def add_page(self, raw: RawPage, mode: ColorMode, threshold: int) -> SpooledPage:
        index = len(self.pages) + 1
        tmp = self.path / f".page-{index:04d}.tmp"
        try:
            with open(tmp, "wb") as fh:
                encoded = encode_page(raw, mode, threshold, fh)
                fh.flush()
                os.fsync(fh.fileno())
            final = self.path / f"page-{index:04d}{encoded.suffix}"
            os.replace(tmp, final)
            fsync_dir(self.path)
            page = SpooledPage(
                index=index,
                path=final,
                format=encoded.format,
                mode=encoded.mode,
                width=encoded.width,
                height=encoded.height,
                dpi=(float(raw.dpi[0]), float(raw.dpi[1])),
                bytes=final.stat().st_size,
                sha256=_sha256(final),
            )
            self.pages.append(page)
            self._write_manifest()
        except OSError as exc:
            raise ScanError("spool_error", str(exc)) from exc
        return page

    def finish(self, state: str, error: ScanError | None = None) -> None:
        self._manifest["state"] = state
        self._manifest["error"] = error.to_dict() if error else None
        with contextlib.suppress(OSError):
            self._write_manifest()

    def close(self) -> None:
        self._lock.release()

    def _write_manifest(self) -> None:
        self._manifest["updated_at"] = _now()
        self._manifest["pages"] = [p.to_dict() for p in self.pages]
        atomic_write(self.path / MANIFEST, json.dumps(self._manifest, indent=1).encode("utf-8"))


def mark_state(session_dir: Path, state: str, error: ScanError | None = None) -> None:
    """Record how a session ended when its worker could not (the client killed it)."""
    if is_locked(session_dir):
        return  # a live worker still owns it
    try:
        manifest = json.loads((session_dir / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return
    manifest.update(state=state, error=error.to_dict() if error else None, updated_at=_now())
    with contextlib.suppress(OSError):
        atomic_write(session_dir / MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"))


def _wait_unlocked(folder: Path, deadline: float) -> bool:
    """True once no live worker holds ``folder``'s lock, polling until ``deadline``."""
    while is_locked(folder):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def recover(spool_dir: Path, wait: float = 0.0) -> list[SpoolSession]:
    """Sessions left in the spool with at least one page, oldest first.

    Sessions still being written by a live worker are skipped; empty ones and leftover
    temporary files are cleaned away. ``wait`` gives a worker orphaned by a crashed app that
    many seconds (shared by all sessions) to finish its shutdown and drop its lock: without
    it, a start right after a crash could miss the pages the worker is still closing.

    A session without a live worker whose manifest still says ``scanning`` (its worker died
    before it could say how the scan ended) is recorded as ``interrupted`` here, so every
    start sees the same state.
    """
    if not spool_dir.is_dir():
        return []
    deadline = time.monotonic() + wait
    found: list[SpoolSession] = []
    for folder in sorted(p for p in spool_dir.iterdir() if p.is_dir()):
        if not (folder / MANIFEST).exists() and not any(
            PAGE_RE.match(f.name) for f in folder.iterdir()
        ):
            continue  # not ours
        if not _wait_unlocked(folder, deadline):
            continue
        for tmp in folder.glob(".page-*.tmp"):
            tmp.unlink(missing_ok=True)
        session = SpoolSession.load(folder)
        if not session.pages:
            session.discard()
            continue
        if session.state not in FINAL_STATES:
            mark_state(folder, "interrupted")
            session.state = "interrupted"
        found.append(session)
    found.sort(key=lambda s: (s.created_at, s.session_id))
    return found
