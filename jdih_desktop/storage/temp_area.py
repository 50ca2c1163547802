"""The data folder's temp area, ``<data>/tmp``: scratch work that a crash cannot strand.

Why not the system temp folder: a ``kill -9`` mid-import left a half-written OCR file and an
empty import folder in ``/tmp`` that nothing ever cleaned, and the system temp folder may be a
small tmpfs on another disk. Here every process gets its own folder,
``<data>/tmp/<pid>-<token>/``, and holds ``<pid>-<token>.lock`` (an OS lock: ``flock`` /
``LockFileEx`` through ``filelock``) for as long as it lives. The kernel drops the lock when
the process dies however it dies, so at the next start :meth:`TempArea.sweep` can tell a dead
process's folder (its lock can be taken) from a live one's (the GUI beside the CLI, another PC
on a shared folder) without trusting pids, which get reused.

The folder also holds the process's *store journal* (:meth:`TempArea.note_stored`): the SHA-256
of every file it moved into the file store, written before the move. A process killed after
the move but before its database commit leaves a stored file nobody knows; the sweep hands the
journal to the caller, which deletes the files the database never recorded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from jdih_desktop.storage.filestore import disk_error

log = logging.getLogger(__name__)

TEMP_DIR = "tmp"
JOURNAL = "stored.journal"
#: A lock file without its folder is a process caught between the two; leave young ones alone.
STRAY_LOCK_SECONDS = 3600.0


class TempArea:
    """This process's scratch folder under one data folder, made on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._guard = threading.Lock()
        self._lock: FileLock | None = None
        self._own: Path | None = None
        self._own_pid = 0  # a forked child makes its own folder

    def own(self) -> Path:
        """This process's folder (made and locked on first use)."""
        with self._guard:
            if self._own is None or self._own_pid != os.getpid():
                self.root.mkdir(parents=True, exist_ok=True)
                name = f"{os.getpid()}-{secrets.token_hex(4)}"
                lock = FileLock(str(self.root / f"{name}.lock"), timeout=10)
                lock.acquire()  # first the lock, then the folder: a sweep never sees it unlocked
                folder = self.root / name
                folder.mkdir()
                self._lock, self._own, self._own_pid = lock, folder, os.getpid()
            return self._own

    @contextlib.contextmanager
    def scratch(self, prefix: str) -> Iterator[Path]:
        """A fresh folder for one piece of work, removed afterwards (or swept after a crash).

        A full disk or a folder that cannot be written raises the store's translated error."""
        try:
            folder = Path(tempfile.mkdtemp(prefix=prefix, dir=self.own()))
        except OSError as exc:
            raise disk_error(exc, self.root) from exc
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def note_stored(self, sha256: str) -> None:
        """Journal a file about to be moved into the store (durably, before the move)."""
        journal = self.own() / JOURNAL
        with self._guard, open(journal, "a", encoding="ascii") as out:
            out.write(f"{sha256}\n")
            out.flush()
            os.fsync(out.fileno())

    def close(self) -> None:
        """A clean end: remove this process's folder and let go of its lock."""
        with self._guard:
            if self._own is not None and self._own_pid == os.getpid():
                shutil.rmtree(self._own, ignore_errors=True)
                if self._lock is not None:
                    self._lock.release()
                    with contextlib.suppress(OSError):
                        os.unlink(self._lock.lock_file)
            self._lock = self._own = None

    def sweep(self, forget_stored: Callable[[list[str], float], None] | None = None) -> int:
        """Remove the folders of processes that have died; returns how many.

        ``forget_stored(shas, journal_mtime)`` gets each dead process's store journal first,
        so the caller can delete the stored files its database never recorded.
        """
        if not self.root.is_dir():
            return 0
        removed = 0
        for entry in sorted(self.root.iterdir()):
            if entry.is_dir() and entry != self._own:
                removed += self._sweep_one(entry, forget_stored)
            elif entry.suffix == ".lock" and not entry.with_suffix("").exists():
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime < time.time() - STRAY_LOCK_SECONDS:
                        entry.unlink()
        return removed

    def _sweep_one(
        self, folder: Path, forget_stored: Callable[[list[str], float], None] | None
    ) -> int:
        lock = FileLock(str(folder.with_name(f"{folder.name}.lock")), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            return 0  # its process is alive
        try:
            journal = folder / JOURNAL
            if forget_stored is not None and journal.is_file():
                shas = journal.read_text("ascii", "replace").split()
                try:
                    forget_stored(shas, journal.stat().st_mtime)
                except Exception:  # e.g. the database is busy: keep the journal, try next start
                    log.warning("temp folder %s kept for the next start", folder, exc_info=True)
                    return 0
            shutil.rmtree(folder, ignore_errors=True)
            log.info("removed the temp folder %s of a process that has ended", folder.name)
        finally:
            lock.release()
            with contextlib.suppress(OSError):
                os.unlink(lock.lock_file)
        return 1
